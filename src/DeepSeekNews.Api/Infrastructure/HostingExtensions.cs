using DeepSeekNews.Api.Endpoints;
using DeepSeekNews.Api.Scheduling;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Serilog;

namespace DeepSeekNews.Api.Infrastructure;

public static class HostingExtensions
{
    /// <summary>Everything the web API needs: storage, analysis, JSON, errors, OpenAPI, health, logging.</summary>
    public static WebApplicationBuilder AddDeepSeekNews(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddDeepSeekNewsLogging(builder.Configuration, toStandardError: false);
        services.AddStorage(builder.Configuration);
        services.AddAnalysis();
        services.AddIngestionRunner(builder.Configuration);
        services.AddIngestionScheduler(builder.Configuration);

        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ArticleInput>();

        services.ConfigureHttpJsonOptions(o => JsonDefaults.Apply(o.SerializerOptions));
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => JsonDefaults.Apply(o.JsonSerializerOptions));
        // Unreadable bodies and parameters throw, so the exception handler can say exactly what was wrong.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            // Answers made by the framework (no route, wrong method or content type) carry no detail of their own.
            var request = context.HttpContext.Request;
            context.ProblemDetails.Detail ??= context.ProblemDetails.Status switch
            {
                StatusCodes.Status404NotFound => $"Nothing is served at {request.Method} {request.Path}. The API lives under /api; Swagger UI at /swagger lists every operation.",
                StatusCodes.Status405MethodNotAllowed => $"{request.Method} is not allowed on {request.Path}; Swagger UI at /swagger lists the methods it takes.",
                StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON with the header Content-Type: application/json.",
                _ => null,
            };
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();

        services.AddDeepSeekNewsSwagger();
        services.AddHealthChecks()
            .AddDbContextCheck<Data.DeepSeekNewsDbContext>("database", tags: ["ready"])
            .AddCheck<IngestionHealthCheck>("ingestion", tags: ["ready"]);
        return builder;
    }

    public static WebApplication UseDeepSeekNews(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSerilogRequestLogging();

        app.UseSwagger();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/swagger/v1/swagger.json", "DeepSeekNews API v1");
            o.DocumentTitle = "DeepSeekNews API";
        });

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).WithTags("Health");
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).WithTags("Health");

        app.MapAnalyzeEndpoints();
        app.MapArticleEndpoints();
        app.MapEntityEndpoints();
        app.MapCostClaimEndpoints();
        app.MapQuoteEndpoints();
        app.MapSourceEndpoints();
        return app;
    }
}
