using DeepSeekNews.Ingestion;

namespace DeepSeekNews.Api.Scheduling;

public static class SchedulingExtensions
{
    /// <summary>Fetching and extraction (the Ingestion library) and the runner that stores what they bring.</summary>
    public static IServiceCollection AddIngestionRunner(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIngestion(configuration);
        services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IngestionStatus>();
        services.AddScoped<WebArticleImporter>();
        services.AddScoped<IngestionRunner>();
        return services;
    }

    /// <summary>The background scheduler, unless Scheduler:Enabled is false.</summary>
    public static IServiceCollection AddIngestionScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue($"{SchedulerOptions.Section}:Enabled", true))
        {
            services.AddHostedService<IngestionScheduler>();
        }
        return services;
    }
}
