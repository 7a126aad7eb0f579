using DeepSeekNews.Api.Contracts;
using DeepSeekNews.Api.Endpoints;
using Microsoft.EntityFrameworkCore;

namespace DeepSeekNews.Api.Data;

public sealed record ArticleFilter(string? Entity, DateTime? From, DateTime? To, string? Language);

/// <summary>Read-side queries for articles: untracked, projected to the API's contracts.</summary>
public sealed class ArticleQueries(DeepSeekNewsDbContext db)
{
    public async Task<Page<ArticleSummary>> ListAsync(ArticleFilter filter, int pageSize, Cursor? after, CancellationToken cancellationToken)
    {
        var query = db.Articles.AsNoTracking();
        if (filter.Entity is { } entity)
        {
            query = query.Where(a => db.Mentions.Any(m => m.ArticleId == a.Id && m.EntityId == entity));
        }
        if (filter.From is { } from)
        {
            query = query.Where(a => a.EffectiveAt >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(a => a.EffectiveAt < to);
        }
        if (filter.Language is { } language)
        {
            query = query.Where(a => a.Language == language);
        }
        if (after is { } cursor)
        {
            var date = cursor.Date;
            var id = (int)cursor.Id;
            query = query.Where(a => a.EffectiveAt < date || (a.EffectiveAt == date && a.Id < id));
        }

        var rows = await query
            .OrderByDescending(a => a.EffectiveAt).ThenByDescending(a => a.Id)
            .Take(pageSize + 1)
            .Select(a => new ArticleRow(a.Id, a.Url, a.CanonicalUrl, a.Title, a.Author, a.SiteName, a.Language,
                a.PublishedAt, a.FetchedAt, a.EffectiveAt, a.CostClaims.Count, a.Quotes.Count))
            .ToListAsync(cancellationToken);

        var page = rows.Take(pageSize).ToList();
        var next = rows.Count > pageSize ? Cursor.After(page[^1].EffectiveAt, page[^1].Id).Encode() : null;
        return new Page<ArticleSummary>(await SummariesAsync(page, cancellationToken), next);
    }

    /// <summary>Summaries of the latest articles that mention <paramref name="entityId"/>.</summary>
    public async Task<IReadOnlyList<ArticleSummary>> LatestMentioningAsync(string entityId, int count, CancellationToken cancellationToken)
    {
        var rows = await db.Articles.AsNoTracking()
            .Where(a => db.Mentions.Any(m => m.ArticleId == a.Id && m.EntityId == entityId))
            .OrderByDescending(a => a.EffectiveAt).ThenByDescending(a => a.Id)
            .Take(count)
            .Select(a => new ArticleRow(a.Id, a.Url, a.CanonicalUrl, a.Title, a.Author, a.SiteName, a.Language,
                a.PublishedAt, a.FetchedAt, a.EffectiveAt, a.CostClaims.Count, a.Quotes.Count))
            .ToListAsync(cancellationToken);
        return await SummariesAsync(rows, cancellationToken);
    }

    public async Task<ArticleDetail?> GetDetailAsync(int id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking()
            .Include(a => a.Mentions).Include(a => a.CostClaims).Include(a => a.Quotes)
            .Include(a => a.Relations).Include(a => a.Candidates)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return null;
        }
        var entityIds = article.Mentions.Select(m => m.EntityId).Distinct().ToList();
        var entities = await db.Entities.AsNoTracking().Where(e => entityIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        return new ArticleDetail(
            article.Id, article.Url, article.CanonicalUrl, article.Title, article.Author, article.SiteName, article.Language,
            article.PublishedAt, article.FetchedAt, article.ContentHash, article.AnalysisVersion, article.AnalyzedAt,
            AnalysisMapping.ToAnalysis(article, entities));
    }

    private async Task<List<ArticleSummary>> SummariesAsync(IReadOnlyList<ArticleRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var counts = await db.Mentions.AsNoTracking()
            .Where(m => ids.Contains(m.ArticleId))
            .GroupBy(m => new { m.ArticleId, m.EntityId })
            .Select(g => new { g.Key.ArticleId, g.Key.EntityId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var entityIds = counts.Select(c => c.EntityId).Distinct().ToList();
        var entities = await db.Entities.AsNoTracking()
            .Where(e => entityIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var byArticle = counts.ToLookup(c => c.ArticleId);

        return rows.Select(r => new ArticleSummary(
            r.Id, r.Url, r.CanonicalUrl, r.Title, r.Author, r.SiteName, r.Language, r.PublishedAt, r.FetchedAt,
            byArticle[r.Id]
                .OrderByDescending(c => c.Count).ThenBy(c => c.EntityId, StringComparer.Ordinal)
                .Select(c => new ArticleEntityCount(c.EntityId, entities[c.EntityId].Name, entities[c.EntityId].Type, c.Count))
                .ToList(),
            r.CostClaimCount,
            r.QuoteCount)).ToList();
    }

    private sealed record ArticleRow(
        int Id, string? Url, string? CanonicalUrl, string? Title, string? Author, string? SiteName, string Language,
        DateTime? PublishedAt, DateTime FetchedAt, DateTime EffectiveAt, int CostClaimCount, int QuoteCount);
}
