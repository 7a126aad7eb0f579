using System.Text.Json.Nodes;
using DeepSeekNews.Ingestion.Tests;
using Microsoft.Data.Sqlite;

namespace DeepSeekNews.Api.Tests;

public sealed class IngestCommandTests : IAsyncLifetime
{
    private readonly string _dir = CliRunner.NewWorkingDirectory();
    private TestWebServer _site = null!;

    public async Task InitializeAsync() => _site = await NewsSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private Task<CliResult> Run(params string[] args) =>
        CliRunner.RunAsync(_dir, null, [.. args, "--Ingestion:AllowPrivateNetworks=true", "--Ingestion:MaxRetries=0"]);

    [Fact]
    public async Task IngestingAFeedTwiceOnceEachStoresEachArticleExactlyOnce()
    {
        var feed = _site.Url("/feed.xml").AbsoluteUri;

        var first = await Run("ingest", "--feed", feed, "--once");
        Assert.True(first.ExitCode == 0, first.StandardError);
        Assert.Contains("Ingested 2 new article(s), 0 already stored, 0 failed", first.StandardOutput);
        Assert.Contains("stored article 1: ديب سيك تطلق نموذج R1", first.StandardError); // a progress line per item, oldest first

        var second = await Run("ingest", "--feed", feed, "--once");
        Assert.True(second.ExitCode == 0, second.StandardError);
        Assert.Contains("Ingested 0 new article(s)", second.StandardOutput);

        var third = await Run("ingest", "--url", _site.Url(NewsSite.NvidiaStory).AbsoluteUri, "--once");
        Assert.Contains("already stored as article 2", third.StandardError);

        Assert.Equal(2L, await CountArticlesAsync());
    }

    [Fact]
    public async Task IngestReportsFailuresWithExitCodeOneAndKeepsWhatSucceeded()
    {
        var result = await Run("ingest", "--url", _site.Url(NewsSite.DeepSeekStory).AbsoluteUri, "--url", _site.Url("/data.json").AbsoluteUri, "--once");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Ingested 1 new article(s), 0 already stored, 1 failed", result.StandardOutput);
        Assert.Contains("failed http://127.0.0.1", result.StandardError);
        Assert.Equal(1L, await CountArticlesAsync());
    }

    [Fact]
    public async Task IngestRefusesLoopbackByDefault()
    {
        var result = await CliRunner.RunAsync(_dir, null, "ingest", "--url", _site.Url(NewsSite.DeepSeekStory).AbsoluteUri, "--once");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("refused", result.StandardError, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_site.Requests);
    }

    [Theory]
    [InlineData("ingest", "--url", "not-a-url")]
    [InlineData("ingest", "--feed")]
    [InlineData("ingest", "stray")]
    [InlineData("ingest", "--interval", "soon")]
    [InlineData("extract")]
    [InlineData("extract", "missing.html")]
    public async Task BadIngestionArgumentsExitWithTwo(params string[] args)
    {
        var result = await CliRunner.RunAsync(_dir, null, args);
        Assert.Equal(2, result.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(result.StandardError));
    }

    [Fact]
    public async Task ExtractWritesTextAndMetadataForEachPage()
    {
        var pages = Path.Combine(_dir, "pages");
        Directory.CreateDirectory(pages);
        await File.WriteAllTextAsync(Path.Combine(pages, "story.html"), NewsSite.ArticlePage("عنوان الخبر", "2025-01-28T10:00:00+03:00", "ليلى حسن",
            "أعلنت شركة مايكروسوفت عن استثمار جديد في الذكاء الاصطناعي.", "وقالت الشركة إن الاستثمار يشمل مراكز بيانات في المنطقة."));
        await File.WriteAllTextAsync(Path.Combine(pages, "story.expected.txt"), "ignored: not HTML");

        var result = await CliRunner.RunAsync(_dir, null, "extract", pages, "--out", "out");

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Equal(["story.json", "story.txt"], Directory.GetFiles(Path.Combine(_dir, "out")).Select(Path.GetFileName).Order());
        Assert.Equal(
            "أعلنت شركة مايكروسوفت عن استثمار جديد في الذكاء الاصطناعي.\nوقالت الشركة إن الاستثمار يشمل مراكز بيانات في المنطقة.",
            (await File.ReadAllTextAsync(Path.Combine(_dir, "out", "story.txt"))).Trim());
        var metadata = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_dir, "out", "story.json")))!;
        Assert.Equal("عنوان الخبر", metadata["title"]!.GetValue<string>());
        Assert.Equal("2025-01-28T10:00:00+03:00", metadata["published"]!.GetValue<string>());
        Assert.Equal("ليلى حسن", metadata["author"]!.GetValue<string>());
        Assert.Equal("ar", metadata["language"]!.GetValue<string>());
        Assert.Contains("pages/s", result.StandardError);
    }

    [Fact]
    public async Task AnalyzeExtractsHtmlFilesFirst()
    {
        var page = Path.Combine(_dir, "page.html");
        await File.WriteAllTextAsync(page, NewsSite.ArticlePage("خبر", "2025-01-28T10:00:00Z", "x", "أعلنت شركة إنفيديا عن رقاقة جديدة."));

        var result = await CliRunner.RunAsync(_dir, null, "analyze", page);

        Assert.True(result.ExitCode == 0, result.StandardError);
        var analysis = JsonNode.Parse(result.StandardOutput)!;
        Assert.Equal("أعلنت شركة إنفيديا عن رقاقة جديدة.", analysis["text"]!.GetValue<string>());
        Assert.Contains("nvidia", analysis["entities"]!.ToJsonString());
    }

    private async Task<long> CountArticlesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_dir, "data", "deepseeknews.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Articles";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
