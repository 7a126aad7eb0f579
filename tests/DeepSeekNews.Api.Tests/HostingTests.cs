using System.Net;
using System.Text.Json.Nodes;

namespace DeepSeekNews.Api.Tests;

public sealed class HostingTests
{
    [Fact]
    public async Task SwaggerDocumentDescribesEveryOperationWithASummaryAndDescription()
    {
        using var factory = new ApiFactory();
        var client = factory.CreateClient();

        var document = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var paths = document["paths"]!.AsObject();
        foreach (var path in new[] { "/api/analyze", "/api/articles", "/api/articles/{id}", "/api/entities", "/api/entities/{id}", "/api/cost-claims", "/api/quotes" })
        {
            Assert.True(paths.ContainsKey(path), $"missing {path}");
        }
        foreach (var (path, item) in paths)
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                Assert.False(string.IsNullOrWhiteSpace(operation!["summary"]?.GetValue<string>()), $"{method} {path} has no summary");
                Assert.False(string.IsNullOrWhiteSpace(operation["description"]?.GetValue<string>()), $"{method} {path} has no description");
            }
        }
        var request = document["components"]!["schemas"]!["AnalyzeRequest"]!;
        Assert.NotNull(request["properties"]!["text"]!["example"]);

        var ui = await client.GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
        Assert.Contains("swagger", await ui.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task HealthEndpointsAnswerWhenTheDatabaseIsReachable()
    {
        using var factory = new ApiFactory();
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StoredArticleIsStillThereAfterARestartOnTheSameFile()
    {
        var path = ApiFactory.NewDatabasePath();
        int id;
        using (var first = new ApiFactory(path))
        {
            var created = await first.CreateClient().PostJsonAsync("/api/articles", new { text = "قالت شركة إنفيديا إن الطلب على رقائقها قوي." });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            id = (int)(await created.ReadNodeAsync())["id"]!;
        }

        Assert.True(File.Exists(path), "the database is a real file");
        using var second = new ApiFactory(path);
        var again = await second.CreateClient().GetAsync($"/api/articles/{id}");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("nvidia", (await again.ReadNodeAsync())["analysis"]!.ToJsonString());
    }
}
