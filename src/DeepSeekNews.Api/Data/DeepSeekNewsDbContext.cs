using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DeepSeekNews.Api.Data;

/// <summary>
/// The service's database. This type runs on SQLite and owns the SQLite migrations; <see cref="PostgreSqlDbContext"/>
/// is the same model on PostgreSQL with its own migrations (EF Core keeps one migrations set per context type).
/// </summary>
public class DeepSeekNewsDbContext : DbContext
{
    public DeepSeekNewsDbContext(DbContextOptions<DeepSeekNewsDbContext> options)
        : base(options)
    {
    }

    protected DeepSeekNewsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<KnownEntity> Entities => Set<KnownEntity>();

    public DbSet<EntityAlias> EntityAliases => Set<EntityAlias>();

    public DbSet<EntityMention> Mentions => Set<EntityMention>();

    public DbSet<StoredCostClaim> CostClaims => Set<StoredCostClaim>();

    public DbSet<StoredQuote> Quotes => Set<StoredQuote>();

    public DbSet<StoredRelation> Relations => Set<StoredRelation>();

    public DbSet<StoredCandidate> Candidates => Set<StoredCandidate>();

    public DbSet<FeedSource> Sources => Set<FeedSource>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DeepSeekNewsDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC; SQLite forgets the kind, so it is restored on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcConverter>();
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

/// <summary>The model of <see cref="DeepSeekNewsDbContext"/> on PostgreSQL, with the PostgreSQL migrations.</summary>
public sealed class PostgreSqlDbContext(DbContextOptions<PostgreSqlDbContext> options) : DeepSeekNewsDbContext(options);
