using DeepSeekNews.Analysis;

namespace DeepSeekNews.Api.Contracts;

/// <summary>One page of a list, newest first. Pass <c>nextCursor</c> as <c>cursor</c> to get the next page; null at the end.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>An entity named in an article and how often.</summary>
public sealed record ArticleEntityCount(string Id, string Name, EntityType Type, int Mentions);

/// <summary>A stored article without its text.</summary>
public sealed record ArticleSummary(
    int Id,
    string? Url,
    string? CanonicalUrl,
    string? Title,
    string? Author,
    string? SiteName,
    string Language,
    DateTime? PublishedAt,
    DateTime FetchedAt,
    IReadOnlyList<ArticleEntityCount> Entities,
    int CostClaimCount,
    int QuoteCount);

/// <summary>A stored article with its text and its whole analysis.</summary>
public sealed record ArticleDetail(
    int Id,
    string? Url,
    string? CanonicalUrl,
    string? Title,
    string? Author,
    string? SiteName,
    string Language,
    DateTime? PublishedAt,
    DateTime FetchedAt,
    string ContentHash,
    string AnalysisVersion,
    DateTime AnalyzedAt,
    AnalysisResult Analysis);

/// <summary>A catalog entity with how many stored articles and mentions name it.</summary>
public sealed record EntitySummary(
    string Id,
    string Name,
    EntityType Type,
    string? Owner,
    bool IsCurated,
    int ArticleCount,
    int MentionCount);

public sealed record EntityAliasItem(string Alias, bool NeedsCue, bool IsCurated);

/// <summary>One entity: its aliases, counts, known roles and the latest articles that name it.</summary>
public sealed record EntityDetail(
    string Id,
    string Name,
    EntityType Type,
    string? Owner,
    bool IsCurated,
    IReadOnlyList<EntityAliasItem> Aliases,
    int ArticleCount,
    int MentionCount,
    IReadOnlyList<EntityRelation> Relations,
    IReadOnlyList<ArticleSummary> LatestArticles);

/// <summary>A cost claim with the article it was found in.</summary>
public sealed record CostClaimItem(
    long Id,
    int ArticleId,
    string? ArticleTitle,
    DateTime ArticleDate,
    CostClaim Claim);

/// <summary>A quote with the article it was found in.</summary>
public sealed record QuoteItem(
    long Id,
    int ArticleId,
    string? ArticleTitle,
    DateTime ArticleDate,
    Quote Quote);

/// <summary>What a re-analysis pass did.</summary>
/// <param name="Reanalyzed">Articles analysed again by this call.</param>
/// <param name="Remaining">Articles still on an older version (with all: still not re-run by this call).</param>
/// <param name="AnalysisVersion">The version the re-analysed articles now carry.</param>
public sealed record ReanalyzeResult(int Reanalyzed, int Remaining, string AnalysisVersion);

/// <summary>A name the catalog lacks, seen in stored articles, for curators to review.</summary>
public sealed record CandidateSummary(string Name, EntityType TypeGuess, int ArticleCount, int Occurrences, IReadOnlyList<string> Cues);

/// <summary>A feed source with what its last run did.</summary>
public sealed record SourceItem(
    int Id,
    string Url,
    string? Name,
    TimeSpan Interval,
    bool FromConfiguration,
    DateTime AddedAt,
    DateTime NextRunAt,
    DateTime? LastRunAt,
    DateTime? LastSuccessAt,
    string? LastStatus,
    string? LastMessage,
    int ErrorCount,
    int ArticlesStored);

/// <summary>What one source's run did in an ingestion pass.</summary>
public sealed record SourceRunItem(int SourceId, string Url, string Status, int Stored, int AlreadyStored, int Failed, string? Error);

/// <summary>What an ingestion pass did.</summary>
public sealed record IngestionRunResponse(
    DateTime StartedAt,
    DateTime CompletedAt,
    int Stored,
    int AlreadyStored,
    int FailedItems,
    int FailedSources,
    IReadOnlyList<SourceRunItem> Sources);
