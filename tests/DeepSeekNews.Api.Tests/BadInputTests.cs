using System.Net.Http.Headers;
using System.Text;

namespace DeepSeekNews.Api.Tests;

public sealed class BadInputTests : IClassFixture<BadInputTests.SmallLimitFactory>
{
    /// <summary>The API with a 4 KB text limit, so the size rule can be tested without megabytes of text.</summary>
    public sealed class SmallLimitFactory() : ApiFactory(settings: new Dictionary<string, string?> { ["Api:MaxTextBytes"] = "4096" });

    private readonly HttpClient _client;

    public BadInputTests(SmallLimitFactory factory) => _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/analyze")]
    public async Task MalformedJsonIsA400ThatPointsAtTheJson(string url)
    {
        var response = await _client.PostAsync(url, new StringContent("{\"text\": ", Encoding.UTF8, "application/json"));
        var detail = await response.AssertProblemAsync(400);
        Assert.Contains("not valid JSON", detail);
    }

    [Fact]
    public async Task MissingBodyIsA400()
    {
        var response = await _client.PostAsync("/api/analyze", new StringContent("", Encoding.UTF8, "application/json"));
        await response.AssertProblemAsync(400);
    }

    [Fact]
    public async Task WrongContentTypeIsA415()
    {
        var response = await _client.PostAsync("/api/articles", new StringContent("نص", Encoding.UTF8, "text/plain"));
        Assert.Contains("application/json", await response.AssertProblemAsync(415));
    }

    [Theory]
    [InlineData("/api/articles", "{}")]
    [InlineData("/api/analyze", "{}")]
    [InlineData("/api/articles", "{\"text\": \"   \"}")]
    [InlineData("/api/analyze", "{\"text\": \"\", \"html\": \"\"}")]
    public async Task NeitherTextNorHtmlIsA400(string url, string body)
    {
        var response = await _client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
        var detail = await response.AssertProblemAsync(400);
        Assert.Contains("text", detail);
    }

    [Fact]
    public async Task TextAndHtmlTogetherIsA400()
    {
        var response = await _client.PostJsonAsync("/api/analyze", new { text = "نص", html = "<p>نص</p>" });
        Assert.Contains("not both", await response.AssertProblemAsync(400));
    }

    [Fact]
    public async Task UnknownLanguageIsA400()
    {
        var response = await _client.PostJsonAsync("/api/analyze", new { text = "نص", language = "fr" });
        Assert.Contains("language", await response.AssertProblemAsync(400));
    }

    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/analyze")]
    public async Task TextOverTheLimitIsA413ThatNamesTheLimit(string url)
    {
        var response = await _client.PostJsonAsync(url, new { text = new string('ن', 3000) }); // 6000 UTF-8 bytes
        var detail = await response.AssertProblemAsync(413);
        Assert.Contains("4,096", detail);
        Assert.Contains("Api:MaxTextBytes", detail);
    }

    [Fact]
    public async Task UnparsablePublishedAtIsA400()
    {
        var response = await _client.PostAsync("/api/articles", new StringContent("{\"text\":\"نص\",\"publishedAt\":\"yesterday\"}", Encoding.UTF8, "application/json"));
        Assert.Contains("publishedAt", await response.AssertProblemAsync(400));
    }

    [Fact]
    public async Task RelativeUrlIsA400()
    {
        var response = await _client.PostJsonAsync("/api/articles", new { text = "نص عن إنفيديا", url = "/news/1" });
        Assert.Contains("url", await response.AssertProblemAsync(400));
    }

    [Fact]
    public async Task UnknownIdsAre404()
    {
        Assert.Contains("987654321", await (await _client.GetAsync("/api/articles/987654321")).AssertProblemAsync(404));
        Assert.Contains("no-such-entity", await (await _client.GetAsync("/api/entities/no-such-entity")).AssertProblemAsync(404));
        await (await _client.GetAsync("/api/no-such-route")).AssertProblemAsync(404);
    }

    [Theory]
    [InlineData("/api/articles?pageSize=0", "pageSize")]
    [InlineData("/api/articles?pageSize=201", "pageSize")]
    [InlineData("/api/articles?pageSize=ten", "pageSize")]
    [InlineData("/api/articles?from=28-01-2025", "from")]
    [InlineData("/api/articles?to=soon", "to")]
    [InlineData("/api/articles?from=2025-02-01&to=2025-01-01", "to")]
    [InlineData("/api/articles?cursor=not-a-cursor", "cursor")]
    [InlineData("/api/quotes?cursor=abc&pageSize=-1", "cursor")]
    [InlineData("/api/cost-claims?sort=price", "sort")]
    [InlineData("/api/cost-claims?minUsd=lots", "minUsd")]
    [InlineData("/api/cost-claims?currency=dollars", "currency")]
    [InlineData("/api/cost-claims?category=cheap", "category")]
    [InlineData("/api/entities?type=Company", "type")]
    [InlineData("/api/quotes?kind=rumour", "kind")]
    public async Task BadQueryParametersAre400sThatNameTheParameter(string url, string parameter)
    {
        var detail = await (await _client.GetAsync(url)).AssertProblemAsync(400);
        Assert.Contains(parameter, detail);
    }

    [Fact]
    public async Task ProblemsAreJsonEvenWhenTheClientAsksForSomethingElse()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/articles/424242");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        await (await _client.SendAsync(request)).AssertProblemAsync(404);
    }
}
