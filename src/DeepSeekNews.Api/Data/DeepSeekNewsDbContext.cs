using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DeepSeekNews.Api.Data;

public sealed class DeepSeekNewsDbContext(DbContextOptions<DeepSeekNewsDbContext> options) : DbContext(options)
{
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
