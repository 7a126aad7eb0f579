using System.Text.Json.Nodes;
using DeepSeekNews.Api.Data;
using DeepSeekNews.Api.Scheduling;
using DeepSeekNews.Ingestion.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DeepSeekNews.Api.Tests;

public sealed class SchedulerTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private TestWebServer _site = null!;

    public async Task InitializeAsync() => _site = await NewsSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task TheSchedulerReadsConfiguredFeedsAtStartAndAgainWhenTheyAreDue()
    {
        using var factory = new ApiFactory(
            settings: IngestionApiTests.LocalSite(new()
            {
                ["Scheduler:Enabled"] = "true",
                ["Scheduler:Tick"] = "00:01:00",
                ["Ingestion:Feeds:0:Url"] = _site.Url("/feed.xml").AbsoluteUri,
                ["Ingestion:Feeds:0:Interval"] = "00:30:00",
            }),
            services: s => s.AddSingleton<TimeProvider>(_time));
        var client = factory.CreateClient();

        await Eventually(async () => (await (await client.GetAsync("/api/articles")).ReadNodeAsync())["items"]!.AsArray().Count == 2);
        Assert.Equal(1, _site.CountRequests("/feed.xml"));

        _time.Advance(TimeSpan.FromMinutes(10)); // a tick, but the feed is not due yet
        await Task.Delay(500);
        Assert.Equal(1, _site.CountRequests("/feed.xml"));

        _time.Advance(TimeSpan.FromMinutes(25)); // past the interval and its jitter
        await Eventually(async () => await SourceStatusAsync(client) == "not-modified");
        Assert.Equal(2, _site.CountRequests("/feed.xml"));
        Assert.Equal("\"v1\"", _site.Requests.Last(r => r.Path == "/feed.xml").IfNoneMatch);
        Assert.Equal(2, (await (await client.GetAsync("/api/articles")).ReadNodeAsync())["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task ReadinessTurnsDegradedWhenTheLastPassIsStale()
    {
        using var factory = new ApiFactory(settings: IngestionApiTests.LocalSite());
        factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeepSeekNewsDbContext>();
        db.Sources.Add(new FeedSource { Url = "https://example.com/rss", Interval = TimeSpan.FromMinutes(30) });
        await db.SaveChangesAsync();
        var status = new IngestionStatus(_time);
        var check = new IngestionHealthCheck(status, db, Options.Create(new SchedulerOptions { StaleAfter = TimeSpan.FromHours(1) }), _time);

        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);

        status.Completed(new IngestionPassResult(_time.GetUtcNow().UtcDateTime, _time.GetUtcNow().UtcDateTime, []));
        _time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);

        _time.Advance(TimeSpan.FromMinutes(2));
        var stale = await check.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Degraded, stale.Status);
        Assert.Contains("StaleAfter", stale.Description);
    }

    [Fact]
    public void FailedSourcesBackOffExponentiallyUpToTheMaximumWithJitter()
    {
        using var factory = new ApiFactory(settings: new Dictionary<string, string?> { ["Scheduler:MaxBackoff"] = "04:00:00", ["Scheduler:Jitter"] = "0.1" });
        factory.CreateClient();
        using var scope = factory.Services.CreateScope();
        var runner = scope.ServiceProvider.GetRequiredService<IngestionRunner>();
        var interval = TimeSpan.FromMinutes(30);

        for (var i = 0; i < 50; i++)
        {
            Assert.InRange(runner.NextDelay(interval, 0).TotalMinutes, 27, 33);
            Assert.InRange(runner.NextDelay(interval, 1).TotalMinutes, 54, 66);
            Assert.InRange(runner.NextDelay(interval, 2).TotalMinutes, 108, 132);
            Assert.InRange(runner.NextDelay(interval, 10).TotalHours, 3.6, 4.4);
        }
        var spread = Enumerable.Range(0, 50).Select(_ => runner.NextDelay(interval, 0)).Distinct().Count();
        Assert.True(spread > 1, "jitter moves the runs apart");
    }

    [Fact]
    public async Task ABadSchedulerConfigurationStopsStartUpWithAClearMessage()
    {
        using var factory = new ApiFactory(settings: new Dictionary<string, string?> { ["Scheduler:Tick"] = "00:00:00.1" });
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Scheduler:Tick", error.ToString());
        await Task.CompletedTask;
    }

    private static async Task<string?> SourceStatusAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/sources")).ReadNodeAsync()).AsArray().Single()!["lastStatus"]?.GetValue<string>();

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not come true within 30 seconds");
            await Task.Delay(100);
        }
    }
}
