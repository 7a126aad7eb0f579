using DeepSeekNews.Ingestion.Robots;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DeepSeekNews.Ingestion.Tests;

public sealed class RobotsCacheTests
{
    [Fact]
    public async Task RulesAreKeptForTheCacheDurationThenFetchedAgain()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2025-01-28T08:00:00Z"));
        var options = Options.Create(new IngestionOptions { RobotsCacheDuration = TimeSpan.FromHours(1) });
        var cache = new RobotsCache(new StaticMonitor(options.Value), time);
        var fetches = 0;
        Task<RobotsFetchResult> Fetch(Uri url, CancellationToken _)
        {
            fetches++;
            return Task.FromResult(new RobotsFetchResult(200, fetches == 1 ? "User-agent: *\nDisallow: /a" : "User-agent: *\nDisallow: /b"));
        }
        var page = new Uri("https://news.example/a/story");

        var first = await cache.GetRulesAsync(page, Fetch, default);
        time.Advance(TimeSpan.FromMinutes(59));
        var cached = await cache.GetRulesAsync(page, Fetch, default);
        time.Advance(TimeSpan.FromMinutes(2));
        var renewed = await cache.GetRulesAsync(page, Fetch, default);

        Assert.False(first.IsAllowed(page));
        Assert.Same(first, cached);
        Assert.True(renewed.IsAllowed(page));
        Assert.Equal(2, fetches);
    }

    [Fact]
    public async Task AServerErrorMeansEverythingIsDisallowed()
    {
        var cache = new RobotsCache(new StaticMonitor(new IngestionOptions()), TimeProvider.System);

        var rules = await cache.GetRulesAsync(new Uri("https://news.example/x"), (_, _) => Task.FromResult(new RobotsFetchResult(503, null)), default);

        Assert.False(rules.IsAllowed("/x"));
    }

    private sealed class StaticMonitor(IngestionOptions value) : IOptionsMonitor<IngestionOptions>
    {
        public IngestionOptions CurrentValue => value;

        public IngestionOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<IngestionOptions, string?> listener) => null;
    }
}
