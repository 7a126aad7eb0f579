using System.Security.Cryptography;
using System.Text;
using DeepSeekNews.Analysis.Text;
using DeepSeekNews.Api.Catalog;
using DeepSeekNews.Api.Contracts;
using DeepSeekNews.Ingestion.Text;
using Microsoft.EntityFrameworkCore;

namespace DeepSeekNews.Api.Data;

/// <summary>An article about to be stored: its text and what is known about it.</summary>
public sealed record NewArticle(
    string Text,
    string? Title = null,
    string? Url = null,
    DateTimeOffset? PublishedAt = null,
    string? Language = null,
    string? Author = null,
    string? SiteName = null,
    string? CanonicalUrl = null);

public sealed record ImportResult(Article Article, bool Created);

/// <summary>
/// Analyses and stores articles, once each: an article whose canonical URL or normalised text is already stored is
/// returned as it is. The article and its whole analysis are written by one SaveChanges, which EF Core wraps in one
/// transaction, so a failure leaves nothing half-written.
/// </summary>
public sealed class ArticleImporter(
    DeepSeekNewsDbContext db,
    AnalyzerProvider analyzers,
    TimeProvider time,
    ILogger<ArticleImporter> logger)
{
    private const string StaleVersion = "stale";
    private const int ReanalyzeBatchSize = 50;

    public async Task<ImportResult> ImportAsync(NewArticle input, CancellationToken cancellationToken)
    {
        var canonicalUrl = input.CanonicalUrl ?? UrlCanonicalizer.TryCanonicalize(input.Url);
        var hash = ContentHash(input.Text);

        var existing = await FindExistingAsync(canonicalUrl, hash, cancellationToken);
        if (existing is not null)
        {
            logger.LogInformation("Article {ArticleId} already stored; {Url} not stored again", existing.Id, input.Url ?? "(text)");
            return new ImportResult(existing, Created: false);
        }

        var analyzer = analyzers.Current;
        var now = time.GetUtcNow().UtcDateTime;
        var published = input.PublishedAt?.UtcDateTime;
        // The article's year picks the exchange rates of its amounts.
        var analysis = analyzer.Analyze(input.Text, input.Language, (published ?? now).Year);
        var article = new Article
        {
            Url = input.Url,
            CanonicalUrl = canonicalUrl,
            Title = Clean(input.Title),
            Author = Clean(input.Author),
            SiteName = Clean(input.SiteName),
            Language = analysis.Language,
            PublishedAt = published,
            FetchedAt = now,
            EffectiveAt = published ?? now,
            Text = input.Text,
            ContentHash = hash,
            AnalysisVersion = analyzer.Version,
        };
        AnalysisMapping.ApplyTo(article, analysis, analyzer.Version, now);
        db.Articles.Add(article);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (canonicalUrl is not null)
        {
            // Another request stored the same URL between our check and our insert: theirs stands.
            db.ChangeTracker.Clear();
            var winner = await FindExistingAsync(canonicalUrl, hash, cancellationToken);
            if (winner is null)
            {
                throw;
            }
            return new ImportResult(winner, Created: false);
        }

        logger.LogInformation(
            "Stored article {ArticleId} ({Language}, {EntityCount} entities, {CostClaimCount} cost claims, {QuoteCount} quotes)",
            article.Id, article.Language, analysis.Entities.Count, analysis.CostClaims.Count, analysis.Quotes.Count);
        return new ImportResult(article, Created: true);
    }

    /// <summary>
    /// Re-runs the analysis of stored articles that an older rules or catalog version analysed (with
    /// <paramref name="all"/>, of every article), at most <paramref name="limit"/> of them, oldest id first. Each
    /// article's rows are replaced in its own transaction, so an interrupted pass loses nothing and the next pass
    /// continues where it stopped.
    /// </summary>
    public async Task<ReanalyzeResult> ReanalyzeAsync(bool all, int limit, Action<int, Article>? progress, CancellationToken cancellationToken)
    {
        var version = analyzers.Current.Version;
        if (all)
        {
            // Marking current articles stale makes "all" resumable like any other pass.
            await db.Articles.Where(a => a.AnalysisVersion == version)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.AnalysisVersion, StaleVersion), cancellationToken);
        }

        var done = 0;
        while (done < limit)
        {
            var batch = await db.Articles
                .Where(a => a.AnalysisVersion != version)
                .OrderBy(a => a.Id)
                .Take(Math.Min(ReanalyzeBatchSize, limit - done))
                .Include(a => a.Mentions).Include(a => a.CostClaims).Include(a => a.Quotes)
                .Include(a => a.Relations).Include(a => a.Candidates)
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            foreach (var article in batch)
            {
                var analyzer = analyzers.Current;
                var analysis = analyzer.Analyze(article.Text, article.Language, article.EffectiveAt.Year);
                AnalysisMapping.ApplyTo(article, analysis, analyzer.Version, time.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(cancellationToken);
                done++;
                progress?.Invoke(done, article);
            }
            db.ChangeTracker.Clear();
        }

        var remaining = await db.Articles.CountAsync(a => a.AnalysisVersion != version, cancellationToken);
        logger.LogInformation("Re-analysed {Reanalyzed} article(s) to version {AnalysisVersion}; {Remaining} remaining", done, version, remaining);
        return new ReanalyzeResult(done, remaining, version);
    }

    private async Task<Article?> FindExistingAsync(string? canonicalUrl, string hash, CancellationToken cancellationToken)
    {
        if (canonicalUrl is not null)
        {
            var byUrl = await db.Articles.FirstOrDefaultAsync(a => a.CanonicalUrl == canonicalUrl, cancellationToken);
            if (byUrl is not null)
            {
                return byUrl;
            }
        }
        return await db.Articles.Where(a => a.ContentHash == hash).OrderBy(a => a.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// SHA-256 of the text as the analysis sees it (normalised, whitespace collapsed): the same story with other
    /// diacritics, line breaks or quotation marks hashes alike.
    /// </summary>
    public static string ContentHash(string text)
    {
        var words = TextNormalizer.NormalizeString(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', words))));
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
