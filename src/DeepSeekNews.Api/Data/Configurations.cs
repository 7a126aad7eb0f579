using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepSeekNews.Api.Data;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("Articles");
        builder.Property(a => a.Url).HasMaxLength(2048);
        builder.Property(a => a.CanonicalUrl).HasMaxLength(2048);
        builder.Property(a => a.Title).HasMaxLength(1000);
        builder.Property(a => a.Author).HasMaxLength(500);
        builder.Property(a => a.SiteName).HasMaxLength(300);
        builder.Property(a => a.Language).HasMaxLength(8);
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.Property(a => a.AnalysisVersion).HasMaxLength(64);

        builder.HasIndex(a => a.CanonicalUrl).IsUnique();
        builder.HasIndex(a => a.ContentHash);
        // Newest first with the id as tie-breaker: the keyset of GET /api/articles.
        builder.HasIndex(a => new { a.EffectiveAt, a.Id });
        builder.HasIndex(a => a.AnalysisVersion);

        builder.HasMany(a => a.Mentions).WithOne().HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.CostClaims).WithOne(c => c.Article).HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Quotes).WithOne(q => q.Article).HasForeignKey(q => q.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Relations).WithOne().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Candidates).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class KnownEntityConfiguration : IEntityTypeConfiguration<KnownEntity>
{
    public void Configure(EntityTypeBuilder<KnownEntity> builder)
    {
        builder.ToTable("Entities");
        builder.Property(e => e.Id).HasMaxLength(100);
        builder.Property(e => e.Name).HasMaxLength(300);
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Owner).HasMaxLength(100);
        builder.HasIndex(e => e.Type);
        builder.HasMany(e => e.Aliases).WithOne().HasForeignKey(a => a.EntityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EntityAliasConfiguration : IEntityTypeConfiguration<EntityAlias>
{
    public void Configure(EntityTypeBuilder<EntityAlias> builder)
    {
        builder.ToTable("EntityAliases");
        builder.Property(a => a.Alias).HasMaxLength(300);
        builder.HasIndex(a => new { a.EntityId, a.Alias }).IsUnique();
    }
}

internal sealed class EntityMentionConfiguration : IEntityTypeConfiguration<EntityMention>
{
    public void Configure(EntityTypeBuilder<EntityMention> builder)
    {
        builder.ToTable("Mentions");
        builder.Property(m => m.Surface).HasMaxLength(500);
        // Articles and counts by entity and date.
        builder.HasIndex(m => new { m.EntityId, m.ArticleDate, m.ArticleId });
        builder.HasOne<KnownEntity>().WithMany().HasForeignKey(m => m.EntityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StoredCostClaimConfiguration : IEntityTypeConfiguration<StoredCostClaim>
{
    public void Configure(EntityTypeBuilder<StoredCostClaim> builder)
    {
        builder.ToTable("CostClaims");
        builder.Property(c => c.Surface).HasMaxLength(1000);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Bound).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Direction).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Currency).HasMaxLength(3);
        builder.Property(c => c.SubjectId).HasMaxLength(100);
        builder.HasIndex(c => new { c.ArticleDate, c.Id });
        builder.HasIndex(c => new { c.SubjectId, c.ArticleDate });
        builder.HasIndex(c => c.AmountUsd);
    }
}

internal sealed class StoredQuoteConfiguration : IEntityTypeConfiguration<StoredQuote>
{
    public void Configure(EntityTypeBuilder<StoredQuote> builder)
    {
        builder.ToTable("Quotes");
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.SpeakerName).HasMaxLength(300);
        builder.Property(q => q.SpeakerEntityId).HasMaxLength(100);
        builder.Property(q => q.SpeakerRole).HasMaxLength(200);
        builder.Property(q => q.Cue).HasMaxLength(100);
        builder.HasIndex(q => new { q.ArticleDate, q.Id });
        builder.HasIndex(q => new { q.SpeakerEntityId, q.ArticleDate });
    }
}

internal sealed class StoredRelationConfiguration : IEntityTypeConfiguration<StoredRelation>
{
    public void Configure(EntityTypeBuilder<StoredRelation> builder)
    {
        builder.ToTable("Relations");
        builder.Property(r => r.SubjectId).HasMaxLength(100);
        builder.Property(r => r.ObjectId).HasMaxLength(100);
        builder.Property(r => r.Relation).HasMaxLength(40);
        builder.Property(r => r.Role).HasMaxLength(200);
        builder.HasIndex(r => new { r.SubjectId, r.Relation });
    }
}

internal sealed class StoredCandidateConfiguration : IEntityTypeConfiguration<StoredCandidate>
{
    public void Configure(EntityTypeBuilder<StoredCandidate> builder)
    {
        builder.ToTable("Candidates");
        builder.Property(c => c.Name).HasMaxLength(300);
        builder.Property(c => c.TypeGuess).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Cue).HasMaxLength(100);
        builder.HasIndex(c => c.Name);
    }
}

internal sealed class FeedSourceConfiguration : IEntityTypeConfiguration<FeedSource>
{
    public void Configure(EntityTypeBuilder<FeedSource> builder)
    {
        builder.ToTable("Sources");
        builder.Property(s => s.Url).HasMaxLength(2048);
        builder.Property(s => s.Name).HasMaxLength(300);
        builder.Property(s => s.LastStatus).HasMaxLength(20);
        builder.Property(s => s.LastMessage).HasMaxLength(2000);
        builder.Property(s => s.ETag).HasMaxLength(500);
        builder.HasIndex(s => s.Url).IsUnique();
        builder.HasIndex(s => s.NextRunAt);
    }
}
