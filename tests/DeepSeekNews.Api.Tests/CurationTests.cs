using System.Net;
using System.Text.Json.Nodes;

namespace DeepSeekNews.Api.Tests;

public sealed class CurationTests : IDisposable
{
    // Made-up companies, so that no present or future catalog entry covers them.
    private const string ZephyronArticle = "أطلقت شركة زيفرون الصينية نموذجها الجديد، وقالت زيفرون إنه ينافس نماذج OpenAI.";

    private readonly ApiFactory _factory = new();
    private readonly HttpClient _client;

    public CurationTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AddedEntityIsFoundAtOnceAndStoredArticlesAfterReanalysis()
    {
        var stored = await (await _client.PostJsonAsync("/api/articles", new { text = ZephyronArticle })).ReadNodeAsync();
        var id = (int)stored["id"]!;
        Assert.DoesNotContain("zephyron", stored["analysis"]!["entities"]!.ToJsonString());
        Assert.Contains(stored["analysis"]!["candidates"]!.AsArray(), c => c!["name"]!.GetValue<string>() == "زيفرون"); // offered to curators

        var candidates = (await (await _client.GetAsync("/api/candidates")).ReadNodeAsync()).AsArray();
        var candidate = candidates.Single(c => c!["name"]!.GetValue<string>() == "زيفرون")!;
        Assert.Equal(1, (int)candidate["articleCount"]!);
        Assert.Equal("Organization", candidate["typeGuess"]!.GetValue<string>());

        var created = await _client.PostJsonAsync("/api/entities", new { name = "Zephyron AI", type = "Organization", aliases = new[] { "Zephyron AI", "زيفرون" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var entity = await created.ReadNodeAsync();
        Assert.Equal("zephyron-ai", entity["id"]!.GetValue<string>());
        Assert.True(entity["isCurated"]!.GetValue<bool>());

        var analysis = await (await _client.PostJsonAsync("/api/analyze", new { text = ZephyronArticle })).ReadNodeAsync();
        var zephyron = analysis["entities"]!.AsArray().Single(e => e!["id"]!.GetValue<string>() == "zephyron-ai")!;
        Assert.Equal(2, zephyron["mentions"]!.AsArray().Count);

        var reanalyzed = await (await _client.PostAsync("/api/articles/reanalyze", null)).ReadNodeAsync();
        Assert.Equal(1, (int)reanalyzed["reanalyzed"]!);
        Assert.Equal(0, (int)reanalyzed["remaining"]!);
        var after = await (await _client.GetAsync($"/api/articles/{id}")).ReadNodeAsync();
        Assert.Contains("zephyron-ai", after["analysis"]!["entities"]!.ToJsonString());
        Assert.Equal(reanalyzed["analysisVersion"]!.GetValue<string>(), after["analysisVersion"]!.GetValue<string>());

        var again = await (await _client.PostJsonAsync("/api/articles/reanalyze", new { })).ReadNodeAsync();
        Assert.Equal(0, (int)again["reanalyzed"]!); // nothing stale any more
        var forced = await (await _client.PostJsonAsync("/api/articles/reanalyze", new { all = true })).ReadNodeAsync();
        Assert.Equal(1, (int)forced["reanalyzed"]!);
    }

    [Fact]
    public async Task AddedAliasReachesTheAnalyser()
    {
        // The company's ticker spelled out letter by letter: far from every catalogued spelling.
        const string text = "قال متحدث باسم إن في دي إيه إن الطلب قوي.";
        Assert.DoesNotContain("nvidia", (await (await _client.PostJsonAsync("/api/analyze", new { text })).ReadNodeAsync()).ToJsonString());

        var added = await _client.PostJsonAsync("/api/entities/nvidia/aliases", new { alias = "إن في دي إيه" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Contains((await added.ReadNodeAsync())["aliases"]!.AsArray(), a => a!["alias"]!.GetValue<string>() == "إن في دي إيه" && a["isCurated"]!.GetValue<bool>());

        Assert.Contains("nvidia", (await (await _client.PostJsonAsync("/api/analyze", new { text })).ReadNodeAsync()).ToJsonString());
    }

    [Fact]
    public async Task CurationRefusesWhatWouldBreakTheCatalog()
    {
        Assert.Contains("type", await (await _client.PostJsonAsync("/api/entities", new { name = "Orbix", type = "Model", aliases = new[] { "Orbix" } })).AssertProblemAsync(400));
        Assert.Contains("alias", await (await _client.PostJsonAsync("/api/entities", new { name = "Orbix", type = "Product", aliases = Array.Empty<string>() })).AssertProblemAsync(400));
        Assert.Contains("name", await (await _client.PostJsonAsync("/api/entities", new { type = "Product", aliases = new[] { "Orbix" } })).AssertProblemAsync(400));
        Assert.Contains("id", await (await _client.PostJsonAsync("/api/entities", new { name = "أوربكس", type = "Product", aliases = new[] { "أوربكس" } })).AssertProblemAsync(400));
        Assert.Contains("owner", await (await _client.PostJsonAsync("/api/entities", new { name = "Orbix", type = "Product", aliases = new[] { "Orbix" }, owner = "nobody" })).AssertProblemAsync(400));
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
        await _client.PostJsonAsync("/api/entities", new { name = "Qorvex", type = "Organization", aliases = new[] { "Qorvex", "كورفكس" } });

        using (var restarted = new ApiFactory(_factory.DatabasePath))
        {
            var analysis = await (await restarted.CreateClient().PostJsonAsync("/api/analyze", new { text = "أعلنت شركة كورفكس عن تمويل جديد." })).ReadNodeAsync();
            Assert.Contains("qorvex", analysis["entities"]!.ToJsonString());
        }

        var dir = CliRunner.NewWorkingDirectory();
        var result = await CliRunner.RunAsync(dir, "أعلنت شركة كورفكس عن تمويل جديد.", "analyze", "-", $"--ConnectionStrings:DeepSeekNews=Data Source={_factory.DatabasePath}");
        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Contains("qorvex", JsonNode.Parse(result.StandardOutput)!["entities"]!.ToJsonString());
    }

    [Fact]
    public async Task ReanalyzeCommandBringsStaleArticlesUpToDate()
    {
        await _client.PostJsonAsync("/api/articles", new { text = ZephyronArticle });
        await _client.PostJsonAsync("/api/entities", new { name = "Zephyron AI", type = "Organization", aliases = new[] { "زيفرون" } });

        var dir = CliRunner.NewWorkingDirectory();
        var result = await CliRunner.RunAsync(dir, null, "reanalyze", $"--ConnectionStrings:DeepSeekNews=Data Source={_factory.DatabasePath}");

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Contains("Re-analysed 1 article(s)", result.StandardOutput);
        Assert.Contains("[1] article 1", result.StandardError);
        var list = await (await _client.GetAsync("/api/articles?entity=zephyron-ai")).ReadNodeAsync();
        Assert.Single(list["items"]!.AsArray());
    }
}
