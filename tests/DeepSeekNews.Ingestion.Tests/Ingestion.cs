using System.Net;
using DeepSeekNews.Ingestion.Fetching;
using DeepSeekNews.Ingestion.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DeepSeekNews.Ingestion.Tests;

/// <summary>Builds the fetcher the way the Api will: AddIngestion over configuration.</summary>
internal static class Ingestion
{
    public static ServiceProvider Services(Dictionary<string, string?> settings, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        if (resolve is not null)
            services.AddSingleton(sp => new SsrfGuard(sp.GetRequiredService<IOptionsMonitor<IngestionOptions>>(), resolve));
        services.AddIngestion(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>Loopback allowed, no retries and a short timeout, so failures show quickly.</summary>
    public static Dictionary<string, string?> LocalSettings(string timeout = "00:00:05") => new()
    {
        ["Ingestion:AllowPrivateNetworks"] = "true",
        ["Ingestion:Timeout"] = timeout,
        ["Ingestion:MaxRetries"] = "0",
    };

    public static ArticleFetcher Fetcher(this ServiceProvider services) => services.GetRequiredService<ArticleFetcher>();
}
