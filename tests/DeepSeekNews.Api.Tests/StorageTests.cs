using DeepSeekNews.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepSeekNews.Api.Tests;

public sealed class StorageTests : IDisposable
{
    private readonly ApiFactory _factory = new();

    public StorageTests() => _factory.CreateClient(); // starts the host: migrations and catalog applied

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AFailureWhileSavingTheAnalysisLeavesNoHalfWrittenArticle()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeepSeekNewsDbContext>();
        // Break the catalog under the analyser's feet: a mention of Nvidia can no longer reference its entity row.
        await db.Database.ExecuteSqlRawAsync("DELETE FROM Entities WHERE Id = 'nvidia'");
        var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();

        await Assert.ThrowsAsync<DbUpdateException>(() =>
            importer.ImportAsync(new NewArticle("أعلنت شركة إنفيديا وشركة OpenAI عن شراكة جديدة.", Url: "https://example.com/partnership"), CancellationToken.None));

        db.ChangeTracker.Clear();
        Assert.Equal(0, await db.Articles.CountAsync());
        Assert.Equal(0, await db.Mentions.CountAsync());
    }

    [Fact]
    public async Task MigrationsCreateTheIndexesTheListsNeed()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeepSeekNewsDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name || ':' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL";
        var indexes = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                indexes.Add(reader.GetString(0));
            }
        }

        Assert.Contains(indexes, i => i.Contains("UNIQUE INDEX") && i.Contains("\"Articles\" (\"CanonicalUrl\")"));
        Assert.Contains(indexes, i => i.Contains("\"Articles\" (\"ContentHash\")"));
        Assert.Contains(indexes, i => i.Contains("\"Articles\" (\"EffectiveAt\", \"Id\")"));
        Assert.Contains(indexes, i => i.Contains("\"Mentions\" (\"EntityId\", \"ArticleDate\", \"ArticleId\")"));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a migration: run dotnet ef migrations add");
    }
}
