using System.Net;
using DeepSeekNews.Ingestion.Extraction;
using DeepSeekNews.Ingestion.Fetching;
using DeepSeekNews.Ingestion.Robots;
using DeepSeekNews.Ingestion.Security;
using DeepSeekNews.Ingestion.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace DeepSeekNews.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Registers fetching and extraction: <see cref="IngestionOptions"/> bound to the "Ingestion"
    /// section and validated at start-up, the typed <see cref="ArticleFetcher"/> client (SSRF-guarded
    /// connections, no automatic redirects, gzip/brotli, standard resilience per host), and the
    /// <see cref="ArticleExtractor"/>.
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        CharsetDecoder.EnsureCodePages();
        services.AddOptions<IngestionOptions>()
            .Bind(configuration.GetSection(IngestionOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SsrfGuard>();
        services.TryAddSingleton<RobotsCache>();
        services.TryAddSingleton<HostThrottle>();
        services.TryAddSingleton<ArticleExtractor>();

        services.AddHttpClient<ArticleFetcher>(ArticleFetcher.HttpClientName)
            .ConfigureHttpClient((sp, client) =>
            {
                // One timeout for the whole fetch lives in ArticleFetcher and the resilience pipeline.
                client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.Clear();
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", sp.GetRequiredService<IOptions<IngestionOptions>>().Value.UserAgent);
                client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar,en;q=0.8,*;q=0.5");
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var settings = sp.GetRequiredService<IOptions<IngestionOptions>>().Value;
                return new SocketsHttpHandler
                {
                    // Redirects are followed by ArticleFetcher so that every hop passes the guard.
                    AllowAutoRedirect = false,
                    AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
                    ConnectCallback = sp.GetRequiredService<SsrfGuard>().ConnectAsync,
                    MaxConnectionsPerServer = settings.MaxConcurrentRequestsPerHost,
                    UseCookies = false,
                    UseProxy = false,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    ConnectTimeout = settings.Timeout,
                };
            })
            .AddStandardResilienceHandler()
            // One circuit per host: a failing site must not stop fetches from every other site.
            .SelectPipelineByAuthority()
            .Configure((resilience, sp) => ConfigureResilience(resilience, sp.GetRequiredService<IOptions<IngestionOptions>>().Value));

        return services;
    }

    /// <summary>
    /// Fits the standard pipeline into the configured timeout: the total equals it, one attempt may take
    /// half of it (so a retry after a hung attempt still fits), and refusals by the SSRF guard are
    /// neither retried nor counted against the host's circuit.
    /// </summary>
    internal static void ConfigureResilience(HttpStandardResilienceOptions resilience, IngestionOptions settings)
    {
        resilience.TotalRequestTimeout.Timeout = settings.Timeout;
        resilience.AttemptTimeout.Timeout = settings.Timeout / 2;
        var sampling = settings.Timeout * 2;
        if (resilience.CircuitBreaker.SamplingDuration < sampling)
            resilience.CircuitBreaker.SamplingDuration = sampling;
        resilience.Retry.MaxRetryAttempts = Math.Max(settings.MaxRetries, 1);
        var retries = settings.MaxRetries;
        resilience.Retry.ShouldHandle = args => ValueTask.FromResult(
            retries > 0 && ArticleFetcher.FindFetchException(args.Outcome.Exception) is null && HttpClientResiliencePredicates.IsTransient(args.Outcome));
        resilience.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(
            ArticleFetcher.FindFetchException(args.Outcome.Exception) is null && HttpClientResiliencePredicates.IsTransient(args.Outcome));
    }
}
