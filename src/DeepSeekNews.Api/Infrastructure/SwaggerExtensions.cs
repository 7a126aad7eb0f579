using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DeepSeekNews.Api.Infrastructure;

public static class SwaggerExtensions
{
    public static IServiceCollection AddDeepSeekNewsSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "DeepSeekNews API",
                Version = "v1",
                Description = "Arabic-first news analysis: articles in, entities, cost claims, quotes and relations out. " +
                    "Offsets are half-open UTF-16 ranges into the analysed text; times are UTC ISO 8601.",
            });
            var xml = Path.Combine(AppContext.BaseDirectory, $"{Assembly.GetExecutingAssembly().GetName().Name}.xml");
            if (File.Exists(xml))
            {
                options.IncludeXmlComments(xml, includeControllerXmlComments: true);
            }
            options.OperationFilter<EndpointMetadataOperationFilter>();
            options.SupportNonNullableReferenceTypes();
        });
        return services;
    }

    /// <summary>Copies WithSummary/WithDescription of minimal API endpoints into the OpenAPI operation.</summary>
    private sealed class EndpointMetadataOperationFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            operation.Summary ??= metadata.OfType<Microsoft.AspNetCore.Http.Metadata.IEndpointSummaryMetadata>().LastOrDefault()?.Summary;
            operation.Description ??= metadata.OfType<Microsoft.AspNetCore.Http.Metadata.IEndpointDescriptionMetadata>().LastOrDefault()?.Description;
        }
    }
}
