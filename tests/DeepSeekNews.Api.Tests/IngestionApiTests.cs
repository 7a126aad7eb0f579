using System.Net;
using System.Text.Json.Nodes;
using DeepSeekNews.Ingestion.Tests;

namespace DeepSeekNews.Api.Tests;

public sealed class IngestionApiTests : IAsyncLifetime
{
    /// <summary>Settings that let the service reach the test site on 127.0.0.1 and fail fast.</summary>
    public static Dictionary<string, string?> LocalSite(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Ingestion:AllowPrivateNetworks"] = "true",
            ["Ingestion:MaxResponseBytes"] = "100000",
            ["Ingestion:MaxRetries"] = "0",
            ["Ingestion:Timeout"] = "00:00:05",
        };
        foreach (var (k, v) in more ?? [])
        {
            settings[k] = v;
        }
        return settings;
    }

    private TestWebServer _site = null!;
    private ApiFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _site = await NewsSite.StartAsync();
        _factory = new ApiFactory(settings: LocalSite());
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _factory.Dispose();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task PostingAUrlFetchesExtractsAnalysesAndStoresThePageOnce()
    {
        var url = _site.Url(NewsSite.NvidiaStory + "?utm_campaign=share");
        var created = await _client.PostJsonAsync("/api/articles", new { url = url.AbsoluteUri });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var article = await created.ReadNodeAsync();
        Assert.Equal("أسهم إنفيديا تهبط بعد إطلاق ديب سيك", article["title"]!.GetValue<string>());
        Assert.Equal("سارة أحمد", article["author"]!.GetValue<string>());
        Assert.Equal("2025-01-27T15:00:00Z", article["publishedAt"]!.GetValue<string>());
        Assert.Equal("ar", article["language"]!.GetValue<string>());
        Assert.Equal(_site.Url(NewsSite.NvidiaStory).AbsoluteUri, article["canonicalUrl"]!.GetValue<string>());
        var text = article["analysis"]!["text"]!.GetValue<string>();
        Assert.Contains("تراجعت أسهم شركة إنفيديا", text);
        Assert.DoesNotContain("شارك على فيسبوك", text);
        Assert.DoesNotContain("اقرأ أيضاً", text);
        Assert.Equal(3, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("nvidia", article["analysis"]!["entities"]!.ToJsonString());

        var fetches = _site.CountRequests(NewsSite.NvidiaStory + "?utm_campaign=share");
        var again = await _client.PostJsonAsync("/api/articles", new { url = _site.Url(NewsSite.NvidiaStory).AbsoluteUri });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((int)article["id"]!, (int)(await again.ReadNodeAsync())["id"]!);
        Assert.Equal(0, _site.CountRequests(NewsSite.NvidiaStory)); // known URL: not fetched again
        Assert.Equal(1, fetches);
    }

    [Fact]
    public async Task FetchFailuresAreProblemsWithTheirStatus()
    {
        Assert.Contains("could not be reached", await (await _client.PostJsonAsync("/api/articles", new { url = $"http://127.0.0.1:{NewsSite.ClosedPort()}/story" })).AssertProblemAsync(502));
        await (await _client.PostJsonAsync("/api/articles", new { url = _site.Url("/missing").AbsoluteUri })).AssertProblemAsync(502);
        await (await _client.PostJsonAsync("/api/articles", new { url = _site.Url("/huge").AbsoluteUri })).AssertProblemAsync(413);
        await (await _client.PostJsonAsync("/api/articles", new { url = _site.Url("/data.json").AbsoluteUri })).AssertProblemAsync(415);
        await (await _client.PostJsonAsync("/api/articles", new { url = _site.Url("/empty").AbsoluteUri })).AssertProblemAsync(422);
        Assert.Contains("robots", await (await _client.PostJsonAsync("/api/articles", new { url = _site.Url("/private/story").AbsoluteUri })).AssertProblemAsync(403));
        await (await _client.PostJsonAsync("/api/articles", new { url = "ftp://127.0.0.1/story" })).AssertProblemAsync(400);
        Assert.Empty((await (await _client.GetAsync("/api/articles")).ReadNodeAsync())["items"]!.AsArray());
    }

    [Fact]
    public async Task LoopbackUrlsAreRefusedByDefault()
    {
        using var defaults = new ApiFactory();
        var response = await defaults.CreateClient().PostJsonAsync("/api/articles", new { url = _site.Url(NewsSite.NvidiaStory).AbsoluteUri });

        Assert.Contains("refused", (await response.AssertProblemAsync(403)).ToLowerInvariant());
        Assert.Empty(_site.Requests);
        var metadata = await defaults.CreateClient().PostJsonAsync("/api/articles", new { url = "http://169.254.169.254/latest/meta-data/" });
        await metadata.AssertProblemAsync(403);
    }

    [Fact]
    public async Task HtmlIsExtractedBeforeAnalysis()
    {
        var html = NewsSite.ArticlePage("OpenAI تكشف o3", "2025-01-31T08:00:00Z", "فريق التحرير",
            "كشفت شركة OpenAI عن نموذج o3 الجديد، وقال الرئيس التنفيذي سام ألتمان إنه الأفضل في الرياضيات.");

        var analysis = await (await _client.PostJsonAsync("/api/analyze", new { html })).ReadNodeAsync();
        var text = analysis["text"]!.GetValue<string>();
        Assert.StartsWith("كشفت شركة OpenAI", text);
        Assert.DoesNotContain("الرئيسية", text);
        var openai = analysis["entities"]!.AsArray().Single(e => e!["id"]!.GetValue<string>() == "openai")!;
        var mention = openai["mentions"]![0]!;
        Assert.Equal("OpenAI", text[(int)mention["start"]!..(int)mention["end"]!]);

        var stored = await (await _client.PostJsonAsync("/api/articles", new { html, url = "https://example.com/openai-o3" })).ReadNodeAsync();
        Assert.Equal("OpenAI تكشف o3", stored["title"]!.GetValue<string>());
        Assert.Equal("2025-01-31T08:00:00Z", stored["publishedAt"]!.GetValue<string>());
        Assert.Equal("https://example.com/openai-o3", stored["canonicalUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task AFeedReadTwiceStoresEachArticleOnceAndAsksOnlyForChanges()
    {
        var source = await (await _client.PostJsonAsync("/api/sources", new { url = _site.Url("/feed.xml").AbsoluteUri, name = "Tech", interval = "00:15:00" })).ReadNodeAsync();
        var id = (int)source["id"]!;

        var first = await (await _client.PostAsync("/api/ingestion/run", null)).ReadNodeAsync();
        Assert.Equal(2, (int)first["stored"]!);
        Assert.Equal(0, (int)first["failedSources"]!);

        var second = await (await _client.PostAsync($"/api/ingestion/run?sourceId={id}", null)).ReadNodeAsync();
        Assert.Equal(0, (int)second["stored"]!);
        Assert.Equal("not-modified", second["sources"]![0]!["status"]!.GetValue<string>());

        var articles = (await (await _client.GetAsync("/api/articles")).ReadNodeAsync())["items"]!.AsArray();
        Assert.Equal(2, articles.Count);
        Assert.Equal("أسهم إنفيديا تهبط بعد إطلاق ديب سيك", articles[0]!["title"]!.GetValue<string>()); // newest first
        Assert.Equal(1, _site.CountRequests(NewsSite.NvidiaStory + "?utm_source=rss"));

        var listed = (await (await _client.GetAsync("/api/sources")).ReadNodeAsync()).AsArray().Single()!;
        Assert.Equal("not-modified", listed["lastStatus"]!.GetValue<string>());
        Assert.Equal(2, (int)listed["articlesStored"]!);
        Assert.Equal("00:15:00", listed["interval"]!.GetValue<string>());
    }

    [Fact]
    public async Task ASourceThatFailsDoesNotStopTheOthers()
    {
        await _client.PostJsonAsync("/api/sources", new { url = _site.Url("/broken-feed.xml").AbsoluteUri });
        await _client.PostJsonAsync("/api/sources", new { url = _site.Url("/feed.xml").AbsoluteUri });

        var pass = await (await _client.PostAsync("/api/ingestion/run", null)).ReadNodeAsync();

        Assert.Equal(2, (int)pass["stored"]!);
        Assert.Equal(1, (int)pass["failedSources"]!);
        var sources = (await (await _client.GetAsync("/api/sources")).ReadNodeAsync()).AsArray();
        var broken = sources.Single(s => s!["url"]!.GetValue<string>().EndsWith("broken-feed.xml"))!;
        Assert.Equal("failed", broken["lastStatus"]!.GetValue<string>());
        Assert.Equal(1, (int)broken["errorCount"]!);
        Assert.Contains("503", broken["lastMessage"]!.GetValue<string>());
        // Back-off: the failed source waits at least its interval (30 minutes) doubled, less jitter.
        var nextRun = DateTime.Parse(broken["nextRunAt"]!.GetValue<string>()).ToUniversalTime();
        var lastRun = DateTime.Parse(broken["lastRunAt"]!.GetValue<string>()).ToUniversalTime();
        Assert.InRange((nextRun - lastRun).TotalMinutes, 54, 66);
    }

    [Fact]
    public async Task SourcesAreValidatedAndConfiguredOnesCannotBeDeleted()
    {
        await (await _client.PostJsonAsync("/api/sources", new { url = "not a url" })).AssertProblemAsync(400);
        await (await _client.PostJsonAsync("/api/sources", new { url = "https://example.com/rss", interval = "00:00:10" })).AssertProblemAsync(400);
        var created = await (await _client.PostJsonAsync("/api/sources", new { url = "https://example.com/rss" })).ReadNodeAsync();
        await (await _client.PostJsonAsync("/api/sources", new { url = "https://example.com/rss" })).AssertProblemAsync(409);
        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/sources/{(int)created["id"]!}")).StatusCode);
        await (await _client.DeleteAsync($"/api/sources/{(int)created["id"]!}")).AssertProblemAsync(404);
        await (await _client.PostAsync("/api/ingestion/run?sourceId=999", null)).AssertProblemAsync(404);

        using var configured = new ApiFactory(settings: new Dictionary<string, string?>
        {
            ["Ingestion:Feeds:0:Url"] = "https://example.com/configured.xml",
            ["Ingestion:Feeds:0:Interval"] = "01:00:00",
            ["Ingestion:Feeds:0:Name"] = "Configured",
        });
        var client = configured.CreateClient();
        var source = (await (await client.GetAsync("/api/sources")).ReadNodeAsync()).AsArray().Single()!;
        Assert.True(source["fromConfiguration"]!.GetValue<bool>());
        Assert.Equal("Configured", source["name"]!.GetValue<string>());
        Assert.Contains("Ingestion:Feeds", await (await client.DeleteAsync($"/api/sources/{(int)source["id"]!}")).AssertProblemAsync(409));
    }
}
