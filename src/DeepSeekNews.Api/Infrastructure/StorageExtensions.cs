using DeepSeekNews.Api.Catalog;
using DeepSeekNews.Api.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DeepSeekNews.Api.Infrastructure;

public static class StorageExtensions
{
    public const string ConnectionStringName = "DeepSeekNews";
    public const string DefaultConnectionString = "Data Source=data/deepseeknews.db";

    /// <summary>
    /// The database of <c>ConnectionStrings:DeepSeekNews</c>: SQLite (the default, a file) or PostgreSQL when
    /// <c>Database:Provider</c> is PostgreSql. Each provider has its own migrations.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        var provider = configuration["Database:Provider"]?.Trim();
        if (string.IsNullOrEmpty(provider) || provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            services.AddDbContext<DeepSeekNewsDbContext>(options =>
                options.UseSqlite(string.IsNullOrWhiteSpace(connectionString) ? DefaultConnectionString : connectionString));
        }
        else if (provider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is PostgreSql but ConnectionStrings:DeepSeekNews is empty; set it to e.g. \"Host=db;Database=deepseeknews;Username=news;Password=...\".");
            }
            services.AddDbContext<DeepSeekNewsDbContext, PostgreSqlDbContext>(options => options.UseNpgsql(connectionString));
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider must be Sqlite or PostgreSql; got '{provider}'.");
        }
        services.AddScoped<ArticleImporter>();
        services.AddScoped<ArticleQueries>();
        return services;
    }

    /// <summary>The analyser and its catalog (Analysis:CatalogPath overrides the built-in catalog).</summary>
    public static IServiceCollection AddAnalysis(this IServiceCollection services)
    {
        services.AddOptions<AnalysisOptions>().BindConfiguration(AnalysisOptions.Section)
            .Validate(o => string.IsNullOrWhiteSpace(o.CatalogPath) || File.Exists(o.CatalogPath),
                "Analysis:CatalogPath names a file that does not exist.")
            .Validate(o => string.IsNullOrWhiteSpace(o.ExchangeRatesPath) || File.Exists(o.ExchangeRatesPath),
                "Analysis:ExchangeRatesPath names a file that does not exist.")
            .ValidateOnStart();
        services.AddSingleton<AnalyzerProvider>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>
    /// Creates the database's folder if missing, applies pending migrations and copies the catalog into the database;
    /// run before serving or ingesting.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeepSeekNewsDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("DeepSeekNews.Storage");
        if (db.Database.IsSqlite())
        {
            EnsureDatabaseFolder(db.Database.GetConnectionString());
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {MigrationCount} migration(s) to {DataSource}: {Migrations}",
                pending.Count, db.Database.GetDbConnection().DataSource, pending);
            await db.Database.MigrateAsync(cancellationToken);
        }
        await scope.ServiceProvider.GetRequiredService<AnalyzerProvider>().SynchronizeAsync(db, cancellationToken);
        if (scope.ServiceProvider.GetService<Scheduling.IngestionRunner>() is { } runner)
        {
            await runner.SyncConfiguredSourcesAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Gives the analyser the curated catalog entries of an existing, up-to-date database, without creating or
    /// migrating anything: the CLI's analyze then sees what the service sees.
    /// </summary>
    public static async Task LoadCuratedCatalogIfPresentAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeepSeekNewsDbContext>();
        var exists = db.Database.IsSqlite()
            ? File.Exists(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource)
            : await db.Database.CanConnectAsync(cancellationToken);
        if (!exists || (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            return;
        }
        await scope.ServiceProvider.GetRequiredService<AnalyzerProvider>().ReloadAsync(db, cancellationToken);
    }

    private static void EnsureDatabaseFolder(string? connectionString)
    {
        if (connectionString is null)
        {
            return;
        }
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrWhiteSpace(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
