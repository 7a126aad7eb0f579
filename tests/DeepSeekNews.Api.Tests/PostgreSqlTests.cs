using System.Net;
using System.Text.Json.Nodes;
using DeepSeekNews.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DeepSeekNews.Api.Tests;

/// <summary>
/// The service on a real PostgreSQL server, with the PostgreSQL migrations. The server comes from
/// DEEPSEEKNEWS_TEST_POSTGRES (a connection string without a database, e.g.
/// "Host=127.0.0.1;Username=news;Password=news"); .ci/run starts one and sets it. Each test gets a database of its
/// own, dropped afterwards. Without the variable the tests are reported as skipped.
/// </summary>
public sealed class PostgreSqlTests : IDisposable
{
    private static readonly string? Server = Environment.GetEnvironmentVariable("DEEPSEEKNEWS_TEST_POSTGRES");

    private readonly string _database = "deepseeknews_test_" + Guid.NewGuid().ToString("N")[..12];
    private readonly List<ApiFactory> _factories = [];

    private string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = _database }.ConnectionString;

    private ApiFactory Start()
    {
        Skip.If(string.IsNullOrWhiteSpace(Server), "DEEPSEEKNEWS_TEST_POSTGRES is not set: no PostgreSQL server to test against.");
        var factory = new ApiFactory(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:DeepSeekNews"] = ConnectionString,
        });
        _factories.Add(factory);
        return factory;
    }

    public void Dispose()
    {
        foreach (var factory in _factories)
        {
            factory.Dispose();
        }
        if (!string.IsNullOrWhiteSpace(Server))
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres" }.ConnectionString);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }

    [SkippableFact]
    public async Task MigrationsCreateThePostgreSqlSchemaAndItMatchesTheModel()
    {
        var factory = Start();
        factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeepSeekNewsDbContext>();

        Assert.IsType<PostgreSqlDbContext>(db);
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a PostgreSQL migration");
        Assert.True(await db.Entities.AnyAsync(e => e.Id == "deepseek"));
    }

    [SkippableFact]
    public async Task ArticlesAreStoredOnceListedPagedCountedAndSurviveARestart()
    {
        var client = Start().CreateClient();
        for (var day = 1; day <= 3; day++)
        {
            var created = await client.PostJsonAsync("/api/articles", new
            {
                text = $"قالت شركة إنفيديا إن الطلب على رقائقها قوي، وطورت ديب سيك نموذج R1 بتكلفة أقل من 6 ملايين دولار.\nاليوم {day}",
                url = $"https://example.com/story-{day}",
                publishedAt = $"2025-01-0{day}T12:00:00Z",
            });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        var again = await client.PostJsonAsync("/api/articles", new { text = "نص آخر", url = "https://EXAMPLE.com/story-1/?utm_source=x" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        var first = await (await client.GetAsync("/api/articles?pageSize=2&entity=nvidia&from=2025-01-01")).ReadNodeAsync();
        Assert.Equal(["2025-01-03T12:00:00Z", "2025-01-02T12:00:00Z"], first["items"]!.AsArray().Select(i => i!["publishedAt"]!.GetValue<string>()));
        var second = await (await client.GetAsync("/api/articles?pageSize=2&entity=nvidia&cursor=" + first["nextCursor"]!.GetValue<string>())).ReadNodeAsync();
        Assert.Equal("2025-01-01T12:00:00Z", Assert.Single(second["items"]!.AsArray())!["publishedAt"]!.GetValue<string>());

        var nvidia = (await (await client.GetAsync("/api/entities?type=Organization")).ReadNodeAsync()).AsArray().Single(e => e!["id"]!.GetValue<string>() == "nvidia")!;
        Assert.Equal(3, (int)nvidia["articleCount"]!);

        var claims = (await (await client.GetAsync("/api/cost-claims?sort=amount&entity=r1&minUsd=1000000")).ReadNodeAsync())["items"]!.AsArray();
        Assert.Equal(3, claims.Count);
        Assert.All(claims, c => Assert.Equal(6_000_000d, c!["claim"]!["amountUsd"]!.GetValue<double>()));

        var id = (int)first["items"]![0]!["id"]!;
        using var restarted = new ApiFactory(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:DeepSeekNews"] = ConnectionString,
        });
        _factories.Add(restarted);
        var detail = await (await restarted.CreateClient().GetAsync($"/api/articles/{id}")).ReadNodeAsync();
        Assert.Equal("2025-01-03T12:00:00Z", detail["publishedAt"]!.GetValue<string>());
        Assert.Contains(detail["analysis"]!["entities"]!.AsArray(), e => e!["id"]!.GetValue<string>() == "deepseek");
    }

    [SkippableFact]
    public async Task CurationQuotesSourcesAndDeletionWorkOnPostgreSql()
    {
        var client = Start().CreateClient();
        var article = await (await client.PostJsonAsync("/api/articles", new { text = "قال جيم فان، مدير الأبحاث في شركة إنفيديا، إن شركة زيفرون حققت تقدماً كبيراً." })).ReadNodeAsync();

        Assert.Equal(HttpStatusCode.Created, (await client.PostJsonAsync("/api/entities", new { name = "Zephyron AI", type = "Organization", aliases = new[] { "زيفرون" } })).StatusCode);
        var reanalyzed = await (await client.PostAsync("/api/articles/reanalyze", null)).ReadNodeAsync();
        Assert.Equal(1, (int)reanalyzed["reanalyzed"]!);
        Assert.Single((await (await client.GetAsync("/api/articles?entity=zephyron-ai")).ReadNodeAsync())["items"]!.AsArray());

        var quotes = await client.GetAsync("/api/quotes?q=تقدما");
        Assert.Equal(HttpStatusCode.OK, quotes.StatusCode);

        var source = await (await client.PostJsonAsync("/api/sources", new { url = "https://example.com/feed.xml", interval = "01:00:00" })).ReadNodeAsync();
        Assert.Equal("01:00:00", source["interval"]!.GetValue<string>());
        Assert.Single((await (await client.GetAsync("/api/sources")).ReadNodeAsync()).AsArray());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/articles/{(int)article["id"]!}")).StatusCode);
        Assert.Empty((await (await client.GetAsync("/api/articles")).ReadNodeAsync())["items"]!.AsArray());
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }
}
