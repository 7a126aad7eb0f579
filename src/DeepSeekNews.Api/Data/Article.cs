namespace DeepSeekNews.Api.Data;

/// <summary>A stored article and the text its analysis indexes into.</summary>
public sealed class Article
{
    public int Id { get; set; }

    /// <summary>The URL the article was submitted or fetched with.</summary>
    public string? Url { get; set; }

    /// <summary>The URL without trackers, fragment or host case differences: one story, one row.</summary>
    public string? CanonicalUrl { get; set; }

    public string? Title { get; set; }

    public string? Author { get; set; }

    public string? SiteName { get; set; }

    public required string Language { get; set; }

    /// <summary>UTC; null when the source gives no date.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>UTC time the service received or fetched the article.</summary>
    public DateTime FetchedAt { get; set; }

    /// <summary>
    /// PublishedAt, or FetchedAt when there is none: the one date lists sort and filter by. Kept as a column so that
    /// keyset pagination can use an index (SQLite cannot index an expression EF would generate for the fallback).
    /// </summary>
    public DateTime EffectiveAt { get; set; }

    public required string Text { get; set; }

    /// <summary>SHA-256 of the normalised text, so the same story sent twice is stored once.</summary>
    public required string ContentHash { get; set; }

    /// <summary>The <c>ArticleAnalyzer.Version</c> that produced the stored analysis.</summary>
    public required string AnalysisVersion { get; set; }

    public DateTime AnalyzedAt { get; set; }

    public List<EntityMention> Mentions { get; set; } = [];

    public List<StoredCostClaim> CostClaims { get; set; } = [];

    public List<StoredQuote> Quotes { get; set; } = [];

    public List<StoredRelation> Relations { get; set; } = [];

    public List<StoredCandidate> Candidates { get; set; } = [];
}
