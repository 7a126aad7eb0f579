using System.Net;
using System.Text.Json.Nodes;

namespace DeepSeekNews.Api.Tests;

public sealed class CurationTests : IDisposable
{
    private const string MoonshotArticle = "أطلقت شركة مونشوت الصينية نموذج كيمي الجديد، وقالت مونشوت إنه ينافس نماذج OpenAI.";

    private readonly ApiFactory _factory = new();
    private readonly HttpClient _client;

    public CurationTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AddedEntityIsFoundAtOnceAndStoredArticlesAfterReanalysis()
    {
        var stored = await (await _client.PostJsonAsync("/api/articles", new { text = MoonshotArticle })).ReadNodeAsync();
        var id = (int)stored["id"]!;
        Assert.DoesNotContain("moonshot", stored["analysis"]!["entities"]!.ToJsonString());

        var created = await _client.PostJsonAsync("/api/entities", new { name = "Moonshot AI", type = "Organization", aliases = new[] { "Moonshot AI", "مونشوت" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var entity = await created.ReadNodeAsync();
        Assert.Equal("moonshot-ai", entity["id"]!.GetValue<string>());
        Assert.True(entity["isCurated"]!.GetValue<bool>());

        var analysis = await (await _client.PostJsonAsync("/api/analyze", new { text = MoonshotArticle })).ReadNodeAsync();
        var moonshot = analysis["entities"]!.AsArray().Single(e => e!["id"]!.GetValue<string>() == "moonshot-ai")!;
        Assert.Equal(2, moonshot["mentions"]!.AsArray().Count);

        var reanalyzed = await (await _client.PostAsync("/api/articles/reanalyze", null)).ReadNodeAsync();
        Assert.Equal(1, (int)reanalyzed["reanalyzed"]!);
        Assert.Equal(0, (int)reanalyzed["remaining"]!);
        var after = await (await _client.GetAsync($"/api/articles/{id}")).ReadNodeAsync();
        Assert.Contains("moonshot-ai", after["analysis"]!["entities"]!.ToJsonString());
        Assert.Equal(reanalyzed["analysisVersion"]!.GetValue<string>(), after["analysisVersion"]!.GetValue<string>());

        var again = await (await _client.PostJsonAsync("/api/articles/reanalyze", new { })).ReadNodeAsync();
        Assert.Equal(0, (int)again["reanalyzed"]!); // nothing stale any more
        var forced = await (await _client.PostJsonAsync("/api/articles/reanalyze", new { all = true })).ReadNodeAsync();
        Assert.Equal(1, (int)forced["reanalyzed"]!);
    }

    [Fact]
    public async Task AddedAliasReachesTheAnalyser()
    {
        const string text = "قال متحدث باسم إنفيدييا إن الطلب قوي.";
        Assert.DoesNotContain("nvidia", (await (await _client.PostJsonAsync("/api/analyze", new { text })).ReadNodeAsync()).ToJsonString());

        var added = await _client.PostJsonAsync("/api/entities/nvidia/aliases", new { alias = "إنفيدييا" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Contains((await added.ReadNodeAsync())["aliases"]!.AsArray(), a => a!["alias"]!.GetValue<string>() == "إنفيدييا" && a["isCurated"]!.GetValue<bool>());

        Assert.Contains("nvidia", (await (await _client.PostJsonAsync("/api/analyze", new { text })).ReadNodeAsync()).ToJsonString());
    }

    [Fact]
    public async Task CurationRefusesWhatWouldBreakTheCatalog()
    {
        Assert.Contains("type", await (await _client.PostJsonAsync("/api/entities", new { name = "Kimi", type = "Model", aliases = new[] { "Kimi" } })).AssertProblemAsync(400));
        Assert.Contains("alias", await (await _client.PostJsonAsync("/api/entities", new { name = "Kimi", type = "Product", aliases = Array.Empty<string>() })).AssertProblemAsync(400));
        Assert.Contains("name", await (await _client.PostJsonAsync("/api/entities", new { type = "Product", aliases = new[] { "Kimi" } })).AssertProblemAsync(400));
        Assert.Contains("id", await (await _client.PostJsonAsync("/api/entities", new { name = "كيمي", type = "Product", aliases = new[] { "كيمي" } })).AssertProblemAsync(400));
        Assert.Contains("owner", await (await _client.PostJsonAsync("/api/entities", new { name = "Kimi", type = "Product", aliases = new[] { "Kimi" }, owner = "nobody" })).AssertProblemAsync(400));
        Assert.Contains("deepseek", await (await _client.PostJsonAsync("/api/entities", new { id = "deepseek", name = "DeepSeek", type = "Organization", aliases = new[] { "DS" } })).AssertProblemAsync(409));
        // «إنفيديا» written with another alef form is the same alias after normalisation.
        Assert.Contains("nvidia", await (await _client.PostJsonAsync("/api/entities", new { name = "Green Team", type = "Organization", aliases = new[] { "انفيديا" } })).AssertProblemAsync(409));
        Assert.Contains("already", await (await _client.PostJsonAsync("/api/entities/openai/aliases", new { alias = "OPENAI" })).AssertProblemAsync(409));
        await (await _client.PostJsonAsync("/api/entities/no-such/aliases", new { alias = "x y" })).AssertProblemAsync(404);
        await (await _client.PostJsonAsync("/api/entities/openai/aliases", new { alias = "  ،، " })).AssertProblemAsync(400);
        Assert.Contains("limit", await (await _client.PostJsonAsync("/api/articles/reanalyze", new { limit = 0 })).AssertProblemAsync(400));
    }

    [Fact]
    public async Task CuratedEntitiesSurviveARestartAndReachTheCommandLine()
    {
        await _client.PostJsonAsync("/api/entities", new { name = "Zhipu AI", type = "Organization", aliases = new[] { "Zhipu AI", "جيبو" } });

        using (var restarted = new ApiFactory(_factory.DatabasePath))
        {
            var analysis = await (await restarted.CreateClient().PostJsonAsync("/api/analyze", new { text = "أعلنت شركة جيبو عن تمويل جديد." })).ReadNodeAsync();
            Assert.Contains("zhipu-ai", analysis["entities"]!.ToJsonString());
        }

        var dir = CliRunner.NewWorkingDirectory();
        var result = await CliRunner.RunAsync(dir, "أعلنت شركة جيبو عن تمويل جديد.", "analyze", "-", $"--ConnectionStrings:DeepSeekNews=Data Source={_factory.DatabasePath}");
        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Contains("zhipu-ai", JsonNode.Parse(result.StandardOutput)!["entities"]!.ToJsonString());
    }

    [Fact]
    public async Task ReanalyzeCommandBringsStaleArticlesUpToDate()
    {
        await _client.PostJsonAsync("/api/articles", new { text = MoonshotArticle });
        await _client.PostJsonAsync("/api/entities", new { name = "Moonshot AI", type = "Organization", aliases = new[] { "مونشوت" } });

        var dir = CliRunner.NewWorkingDirectory();
        var result = await CliRunner.RunAsync(dir, null, "reanalyze", $"--ConnectionStrings:DeepSeekNews=Data Source={_factory.DatabasePath}");

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Contains("Re-analysed 1 article(s)", result.StandardOutput);
        Assert.Contains("[1] article 1", result.StandardError);
        var list = await (await _client.GetAsync("/api/articles?entity=moonshot-ai")).ReadNodeAsync();
        Assert.Single(list["items"]!.AsArray());
    }
}
