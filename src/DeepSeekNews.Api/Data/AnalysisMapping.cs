using DeepSeekNews.Analysis;
using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Api.Data;

/// <summary>Turns an <see cref="AnalysisResult"/> into rows of an article and back, without loss.</summary>
public static class AnalysisMapping
{
    /// <summary>Replaces the article's analysis rows with those of <paramref name="analysis"/>.</summary>
    public static void ApplyTo(Article article, AnalysisResult analysis, string version, DateTime analyzedAt)
    {
        var date = article.EffectiveAt;
        article.Language = analysis.Language;
        article.AnalysisVersion = version;
        article.AnalyzedAt = analyzedAt;

        article.Mentions = analysis.Entities
            .SelectMany(e => e.Mentions.Select(m => new EntityMention
            {
                EntityId = e.Id,
                Start = m.Start,
                End = m.End,
                Surface = m.Surface,
                ArticleDate = date,
            }))
            .OrderBy(m => m.Start)
            .ToList();

        article.CostClaims = analysis.CostClaims.Select(c => new StoredCostClaim
        {
            Start = c.Start,
            End = c.End,
            Surface = c.Surface,
            Kind = c.Kind,
            Amount = (double?)c.Amount,
            AmountMax = (double?)c.AmountMax,
            Currency = c.Currency,
            Bound = c.Bound,
            Factor = (double?)c.Factor,
            Direction = c.Direction,
            Category = c.Category,
            SubjectId = c.Subject,
            AmountUsd = (double?)c.AmountUsd,
            AmountMaxUsd = (double?)c.AmountMaxUsd,
            RateYear = c.RateYear,
            ArticleDate = date,
        }).ToList();

        article.Quotes = analysis.Quotes.Select(q => new StoredQuote
        {
            Start = q.Start,
            End = q.End,
            Text = q.Text,
            SearchText = TextNormalizer.NormalizeString(q.Text),
            Kind = q.Kind,
            SpeakerName = q.Speaker?.Name,
            SpeakerEntityId = q.Speaker?.EntityId,
            SpeakerRole = q.Speaker?.Role,
            Cue = q.Cue,
            ArticleDate = date,
        }).ToList();

        article.Relations = analysis.Relations.Select(r => new StoredRelation
        {
            SubjectId = r.Subject,
            Relation = r.Relation,
            Role = r.Role,
            ObjectId = r.Object,
            Start = r.Start,
            End = r.End,
        }).ToList();

        article.Candidates = analysis.Candidates.Select(c => new StoredCandidate
        {
            Name = c.Name,
            TypeGuess = c.TypeGuess,
            Start = c.Start,
            End = c.End,
            Cue = c.Cue,
        }).ToList();
    }

    /// <summary>Rebuilds the analysis contract from a stored article loaded with all its rows.</summary>
    /// <param name="entities">Names and types of the catalog entities the mentions refer to.</param>
    public static AnalysisResult ToAnalysis(Article article, IReadOnlyDictionary<string, KnownEntity> entities)
    {
        var grouped = article.Mentions
            .OrderBy(m => m.Start)
            .GroupBy(m => m.EntityId)
            .Select(g =>
            {
                var known = entities.GetValueOrDefault(g.Key);
                return new EntityResult(
                    g.Key,
                    known?.Name ?? g.Key,
                    known?.Type ?? EntityType.Organization,
                    g.Select(m => new Mention(m.Start, m.End, m.Surface)).ToList());
            })
            .ToList();

        return new AnalysisResult(
            article.Language,
            article.Text,
            grouped,
            article.CostClaims.OrderBy(c => c.Start).Select(ToContract).ToList(),
            article.Quotes.OrderBy(q => q.Start).Select(ToContract).ToList(),
            article.Relations.OrderBy(r => r.Start ?? int.MaxValue).ThenBy(r => r.Id)
                .Select(r => new EntityRelation(r.SubjectId, r.Relation, r.Role, r.ObjectId, r.Start, r.End)).ToList(),
            article.Candidates.OrderBy(c => c.Start).Select(c => new Candidate(c.Name, c.TypeGuess, c.Start, c.End, c.Cue)).ToList());
    }

    public static CostClaim ToContract(StoredCostClaim c) => new(
        c.Start,
        c.End,
        c.Surface,
        c.Kind,
        (decimal?)c.Amount,
        (decimal?)c.AmountMax,
        c.Currency,
        c.Bound,
        (decimal?)c.Factor,
        c.Direction,
        c.Category,
        c.SubjectId,
        Usd(c.AmountUsd),
        Usd(c.AmountMaxUsd),
        c.RateYear);

    private static decimal? Usd(double? value) => value is { } usd ? Math.Round((decimal)usd, 2) : null;

    public static Quote ToContract(StoredQuote q) => new(
        q.Start,
        q.End,
        q.Text,
        q.Kind,
        q.SpeakerName is null && q.SpeakerEntityId is null ? null : new Speaker(q.SpeakerName ?? q.SpeakerEntityId!, q.SpeakerEntityId, q.SpeakerRole),
        q.Cue);
}
