using System.Net;
using System.Text.Json.Nodes;

namespace DeepSeekNews.Api.Tests;

public sealed class ArticleApiTests : IDisposable
{
    private readonly ApiFactory _factory = new();
    private readonly HttpClient _client;

    public ArticleApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private const string OpenAiArticle = """
        أعلنت شركة OpenAI عن نموذجها الجديد o3 يوم الجمعة.
        وقال الرئيس التنفيذي سام ألتمان إن النموذج أفضل في الرياضيات.
        """;

    private const string NvidiaArticle = """
        تراجعت أسهم إنفيديا بعد إطلاق ديب سيك نموذجها.
        وتبحث مايكروسوفت عن بدائل في سوق الرقائق.
        """;

    [Fact]
    public async Task AnalyzeFindsTheSeedsCompaniesWithOffsetsIntoTheSentText()
    {
        var seed = Fixtures.SeedArticle;
        var response = await _client.PostJsonAsync("/api/analyze", new { text = seed });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var analysis = await response.ReadNodeAsync();
        Assert.Equal(seed, analysis["text"]!.GetValue<string>());
        var entities = analysis["entities"]!.AsArray();
        foreach (var name in new[] { "DeepSeek", "Nvidia", "OpenAI" })
        {
            var entity = entities.Single(e => e!["name"]!.GetValue<string>() == name)!;
            foreach (var mention in entity["mentions"]!.AsArray())
            {
                var start = (int)mention!["start"]!;
                var end = (int)mention["end"]!;
                Assert.Equal(seed[start..end], mention["surface"]!.GetValue<string>());
            }
        }
        Assert.NotNull(analysis["costClaims"]!.AsArray());
        Assert.NotNull(analysis["quotes"]!.AsArray());
        Assert.NotNull(analysis["relations"]!.AsArray());

        Assert.Equal(0, await CountStoredArticlesAsync()); // analyse stores nothing
    }

    [Fact]
    public async Task CreatedArticleCanBeReadListedAndCountedPerEntity()
    {
        var created = await _client.PostJsonAsync("/api/articles", new
        {
            text = OpenAiArticle,
            title = "OpenAI تكشف o3",
            url = "https://news.example.com/tech/openai-o3?utm_source=x",
            publishedAt = "2025-01-28T09:30:00+03:00",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var article = await created.ReadNodeAsync();
        var id = (int)article["id"]!;
        Assert.Equal($"/api/articles/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal("https://news.example.com/tech/openai-o3", article["canonicalUrl"]!.GetValue<string>());
        Assert.Equal("2025-01-28T06:30:00Z", article["publishedAt"]!.GetValue<string>());
        Assert.Equal("ar", article["language"]!.GetValue<string>());

        var got = await (await _client.GetAsync($"/api/articles/{id}")).ReadNodeAsync();
        Assert.Equal(OpenAiArticle, got["analysis"]!["text"]!.GetValue<string>());
        var openai = got["analysis"]!["entities"]!.AsArray().Single(e => e!["id"]!.GetValue<string>() == "openai")!;
        var mention = openai["mentions"]![0]!;
        Assert.Equal("OpenAI", OpenAiArticle[(int)mention["start"]!..(int)mention["end"]!]);

        var list = await (await _client.GetAsync("/api/articles")).ReadNodeAsync();
        var summary = Assert.Single(list["items"]!.AsArray())!;
        Assert.Equal(id, (int)summary["id"]!);
        Assert.Null(summary["text"]);
        Assert.Contains(summary["entities"]!.AsArray(), e => e!["id"]!.GetValue<string>() == "openai" && (int)e["mentions"]! == 1);
        Assert.Null(list["nextCursor"]?.GetValue<string>());

        var entities = (await (await _client.GetAsync("/api/entities")).ReadNodeAsync()).AsArray();
        var openAiRow = entities.Single(e => e!["id"]!.GetValue<string>() == "openai")!;
        Assert.Equal(1, (int)openAiRow["articleCount"]!);
        Assert.Equal(1, (int)openAiRow["mentionCount"]!);
        var unmentioned = entities.Single(e => e!["id"]!.GetValue<string>() == "nvidia")!;
        Assert.Equal(0, (int)unmentioned["articleCount"]!);

        var entity = await (await _client.GetAsync("/api/entities/openai")).ReadNodeAsync();
        Assert.Equal("OpenAI", entity["name"]!.GetValue<string>());
        Assert.Equal(id, (int)entity["latestArticles"]![0]!["id"]!);
        Assert.Contains(entity["aliases"]!.AsArray(), a => a!["alias"]!.GetValue<string>() == "OpenAI");
    }

    [Fact]
    public async Task SameCanonicalUrlOrSameTextAgainReturnsTheStoredArticle()
    {
        var first = await _client.PostJsonAsync("/api/articles", new { text = NvidiaArticle, url = "https://EXAMPLE.com/a/" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var id = (int)(await first.ReadNodeAsync())["id"]!;

        // Same story through a tracking link and another host case, with different text: the URL decides.
        var sameUrl = await _client.PostJsonAsync("/api/articles", new { text = OpenAiArticle, url = "https://example.com/a?utm_medium=rss#top" });
        Assert.Equal(HttpStatusCode.OK, sameUrl.StatusCode);
        Assert.Equal(id, (int)(await sameUrl.ReadNodeAsync())["id"]!);

        // Same text with other spacing and diacritics and no URL: the content hash decides.
        var sameText = await _client.PostJsonAsync("/api/articles", new { text = "  " + NvidiaArticle.Replace("أسهم", "أَسْهُم").Replace("\n", "\n\n") });
        Assert.Equal(HttpStatusCode.OK, sameText.StatusCode);
        Assert.Equal(id, (int)(await sameText.ReadNodeAsync())["id"]!);

        Assert.Equal(1, await CountStoredArticlesAsync());
    }

    [Fact]
    public async Task DeleteRemovesTheArticleAndItsMentions()
    {
        var id = (int)(await (await _client.PostJsonAsync("/api/articles", new { text = NvidiaArticle })).ReadNodeAsync())["id"]!;

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/articles/{id}")).StatusCode);

        await (await _client.GetAsync($"/api/articles/{id}")).AssertProblemAsync(404);
        await (await _client.DeleteAsync($"/api/articles/{id}")).AssertProblemAsync(404);
        var nvidia = (await (await _client.GetAsync("/api/entities")).ReadNodeAsync()).AsArray().Single(e => e!["id"]!.GetValue<string>() == "nvidia")!;
        Assert.Equal(0, (int)nvidia["mentionCount"]!);
    }

    [Fact]
    public async Task ListPagesNewestFirstWithACursorAndFiltersByEntityDateAndLanguage()
    {
        for (var day = 1; day <= 5; day++)
        {
            var text = (day % 2 == 0 ? NvidiaArticle : OpenAiArticle) + $"\nاليوم {day}";
            var response = await _client.PostJsonAsync("/api/articles", new { text, publishedAt = $"2025-01-0{day}T12:00:00Z" });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
        await _client.PostJsonAsync("/api/articles", new { text = "Nvidia shares fell after DeepSeek released its model.", publishedAt = "2025-01-06T12:00:00Z" });

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await (await _client.GetAsync($"/api/articles?pageSize=2&language=ar{(cursor is null ? "" : "&cursor=" + cursor)}")).ReadNodeAsync();
            var items = page["items"]!.AsArray();
            Assert.InRange(items.Count, 1, 2);
            seen.AddRange(items.Select(i => i!["publishedAt"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);
        Assert.Equal(["2025-01-05T12:00:00Z", "2025-01-04T12:00:00Z", "2025-01-03T12:00:00Z", "2025-01-02T12:00:00Z", "2025-01-01T12:00:00Z"], seen);

        var nvidia = await (await _client.GetAsync("/api/articles?entity=nvidia")).ReadNodeAsync();
        Assert.Equal(3, nvidia["items"]!.AsArray().Count); // days 2 and 4, and the English one

        var window = await (await _client.GetAsync("/api/articles?from=2025-01-02&to=2025-01-03")).ReadNodeAsync();
        Assert.Equal(["2025-01-03T12:00:00Z", "2025-01-02T12:00:00Z"], window["items"]!.AsArray().Select(i => i!["publishedAt"]!.GetValue<string>()));

        var english = await (await _client.GetAsync("/api/articles?language=en")).ReadNodeAsync();
        Assert.Equal("en", Assert.Single(english["items"]!.AsArray())!["language"]!.GetValue<string>());
    }

    private const string MoneyArticle = """
        أعلنت شركة OpenAI عن خطة لاستثمار 500 مليار دولار في مراكز البيانات.
        وطورت شركة ديب سيك نموذج R1 بتكلفة أقل من 6 ملايين دولار.
        وجمعت شركة ناشئة سعودية تمويلاً بقيمة 100 مليون ريال.
        """;

    [Fact]
    public async Task CostClaimsAreListedWithTheirFiltersAndSortedByAmount()
    {
        await _client.PostJsonAsync("/api/articles", new { text = MoneyArticle, title = "Money", publishedAt = "2025-01-28T00:00:00Z" });

        async Task<List<JsonNode>> Claims(string query) =>
            (await (await _client.GetAsync("/api/cost-claims" + query)).ReadNodeAsync())["items"]!.AsArray().Select(i => i!).ToList();

        var byDate = await Claims("");
        Assert.Equal(3, byDate.Count);
        Assert.All(byDate, c => Assert.Equal("Money", c["articleTitle"]!.GetValue<string>()));

        var byAmount = await Claims("?sort=amount");
        Assert.Equal([500_000_000_000d, 26_666_666.67, 6_000_000d], byAmount.Select(c => Math.Round(c["claim"]!["amountUsd"]!.GetValue<double>(), 2)));

        var r1 = Assert.Single(await Claims("?entity=r1"));
        Assert.Equal("atMost", r1["claim"]!["bound"]!.GetValue<string>());
        Assert.Equal("cost", r1["claim"]!["category"]!.GetValue<string>());
        Assert.Equal(2025, (int)r1["claim"]!["rateYear"]!);

        Assert.Equal("SAR", Assert.Single(await Claims("?currency=sar"))["claim"]!["currency"]!.GetValue<string>());
        Assert.Equal("spending", Assert.Single(await Claims("?minUsd=1e9"))["claim"]!["category"]!.GetValue<string>());
        Assert.Equal(2, (await Claims("?maxUsd=100000000")).Count);
        Assert.Single(await Claims("?category=funding"));
        Assert.Empty(await Claims("?from=2025-02-01"));

        var page = await (await _client.GetAsync("/api/cost-claims?sort=amount&pageSize=2")).ReadNodeAsync();
        Assert.Equal(2, page["items"]!.AsArray().Count);
        var rest = await (await _client.GetAsync("/api/cost-claims?sort=amount&pageSize=2&cursor=" + page["nextCursor"]!.GetValue<string>())).ReadNodeAsync();
        Assert.Equal(6_000_000d, Assert.Single(rest["items"]!.AsArray())!["claim"]!["amountUsd"]!.GetValue<double>());
    }

    [Fact]
    public async Task CostClaimAndQuoteListsAnswerWithPages()
    {
        await _client.PostJsonAsync("/api/articles", new { text = OpenAiArticle });

        var claims = await _client.GetAsync("/api/cost-claims?sort=amount&minUsd=0&category=cost");
        Assert.Equal(HttpStatusCode.OK, claims.StatusCode);
        Assert.NotNull((await claims.ReadNodeAsync())["items"]!.AsArray());

        var quotes = await _client.GetAsync("/api/quotes?q=النموذج&kind=indirect");
        Assert.Equal(HttpStatusCode.OK, quotes.StatusCode);
        Assert.NotNull((await quotes.ReadNodeAsync())["items"]!.AsArray());
    }

    [Fact]
    public async Task EntityListFiltersByType()
    {
        var people = (await (await _client.GetAsync("/api/entities?type=person")).ReadNodeAsync()).AsArray();
        Assert.NotEmpty(people);
        Assert.All(people, p => Assert.Equal("Person", p!["type"]!.GetValue<string>()));
    }

    private async Task<int> CountStoredArticlesAsync()
    {
        var page = await (await _client.GetAsync("/api/articles?pageSize=200")).ReadNodeAsync();
        return page["items"]!.AsArray().Count;
    }
}
