using DeepSeekNews.Analysis;

namespace DeepSeekNews.Api.Data;

// The analysis of an article, one table per kind of finding. Each row repeats the article's EffectiveAt so that
// "by entity and date" lists are served from one index without a join.

public sealed class EntityMention
{
    public long Id { get; set; }

    public int ArticleId { get; set; }

    public required string EntityId { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public required string Surface { get; set; }

    public DateTime ArticleDate { get; set; }
}

public sealed class StoredCostClaim
{
    public long Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public required string Surface { get; set; }

    public CostClaimKind Kind { get; set; }

    // Amounts are doubles in the database: SQLite stores decimal as text and can neither sort nor compare it.
    public double? Amount { get; set; }

    public double? AmountMax { get; set; }

    public string? Currency { get; set; }

    public CostBound? Bound { get; set; }

    public double? Factor { get; set; }

    public RatioDirection? Direction { get; set; }

    public CostCategory Category { get; set; }

    public string? SubjectId { get; set; }

    public double? AmountUsd { get; set; }

    /// <summary>The top of a range in US dollars.</summary>
    public double? AmountMaxUsd { get; set; }

    /// <summary>The year of the exchange rates that converted the amounts.</summary>
    public int? RateYear { get; set; }

    public DateTime ArticleDate { get; set; }
}

public sealed class StoredQuote
{
    public long Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public required string Text { get; set; }

    /// <summary>The quote in normalised form (see TextNormalizer), so a search for ألتمان finds التمان.</summary>
    public required string SearchText { get; set; }

    public QuoteKind Kind { get; set; }

    public string? SpeakerName { get; set; }

    public string? SpeakerEntityId { get; set; }

    public string? SpeakerRole { get; set; }

    public string? Cue { get; set; }

    public DateTime ArticleDate { get; set; }
}

public sealed class StoredRelation
{
    public long Id { get; set; }

    public int ArticleId { get; set; }

    public required string SubjectId { get; set; }

    public required string Relation { get; set; }

    public string? Role { get; set; }

    public required string ObjectId { get; set; }

    public int? Start { get; set; }

    public int? End { get; set; }
}

public sealed class StoredCandidate
{
    public long Id { get; set; }

    public int ArticleId { get; set; }

    public required string Name { get; set; }

    public EntityType TypeGuess { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public required string Cue { get; set; }
}
