using System.Text.Json.Serialization;

namespace DeepSeekNews.Analysis;

/// <summary>
/// What the analysis of one article produces. This is the JSON contract of DESIGN.md: every offset is a
/// half-open range of UTF-16 code units into <see cref="Text"/>.
/// </summary>
public sealed record AnalysisResult(
    string Language,
    string Text,
    IReadOnlyList<EntityResult> Entities,
    IReadOnlyList<CostClaim> CostClaims,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<EntityRelation> Relations,
    IReadOnlyList<Candidate> Candidates);

public enum EntityType
{
    [JsonStringEnumMemberName("Organization")] Organization,
    [JsonStringEnumMemberName("Person")] Person,
    [JsonStringEnumMemberName("Product")] Product,
    [JsonStringEnumMemberName("Location")] Location,
}

public sealed record EntityResult(string Id, string Name, EntityType Type, IReadOnlyList<Mention> Mentions);

public sealed record Mention(int Start, int End, string Surface);

/// <summary>A name the catalog lacks, offered to curators; never counted as an entity.</summary>
public sealed record Candidate(string Name, EntityType TypeGuess, int Start, int End, string Cue);

public enum CostClaimKind { Amount, Ratio, Qualitative }

public enum CostBound { Exact, Approximate, AtMost, AtLeast, Range, Unspecified }

public enum RatioDirection { Lower, Higher }

public enum CostCategory { Cost, Spending, Price, Value, Revenue, Funding, Other }

/// <summary>
/// A money figure, cost ratio or qualitative cost statement (see docs/analysis-money.md). <see cref="AmountUsd"/> and
/// <see cref="AmountMaxUsd"/> convert <see cref="Amount"/> and <see cref="AmountMax"/> at the yearly average rate of
/// <see cref="RateYear"/>.
/// </summary>
public sealed record CostClaim(
    int Start,
    int End,
    string Surface,
    CostClaimKind Kind,
    decimal? Amount,
    decimal? AmountMax,
    string? Currency,
    CostBound? Bound,
    decimal? Factor,
    RatioDirection? Direction,
    CostCategory Category,
    string? Subject,
    decimal? AmountUsd,
    decimal? AmountMaxUsd = null,
    int? RateYear = null);

public enum QuoteKind { Direct, Indirect }

public sealed record Speaker(string Name, string? EntityId, string? Role = null);

public sealed record Quote(int Start, int End, string Text, QuoteKind Kind, Speaker? Speaker, string? Cue);

/// <summary>A fact linking two catalog entities: <c>role</c> (person holds a role at an organisation) or <c>madeBy</c>.</summary>
public sealed record EntityRelation(string Subject, string Relation, string? Role, string Object, int? Start = null, int? End = null);
