using DeepSeekNews.Analysis;
using DeepSeekNews.Analysis.Text;
using DeepSeekNews.Api.Contracts;
using DeepSeekNews.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeepSeekNews.Api.Endpoints;

public static class QuoteEndpoints
{
    public static IEndpointRouteBuilder MapQuoteEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/quotes", ListQuotes)
            .WithTags("Quotes")
            .WithName("ListQuotes")
            .WithSummary("List quotes across stored articles, newest first")
            .WithDescription("Direct and indirect quotes with their speakers. Filter by the speaker's entity id (speaker), " +
                "kind (direct, indirect), words in the quote (q: matched on normalised text, so diacritics and alef forms " +
                "do not matter) and the article's date (from/to).");
        return app;
    }

    /// <summary>Lists quotes.</summary>
    /// <param name="speaker" example="jim-fan">Only quotes whose speaker is this entity id.</param>
    /// <param name="kind" example="direct">direct or indirect.</param>
    /// <param name="q" example="الذكاء الاصطناعي">Words the quote contains.</param>
    /// <param name="from" example="2025-01-01">Only items dated on or after this ISO 8601 date or time (UTC unless an offset is given).</param>
    /// <param name="to" example="2025-02-01">Only items dated before this time; a bare date includes that whole day.</param>
    /// <param name="pageSize" example="20">Items per page, 1 to 200 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page; omit for the first page.</param>
    public static async Task<Results<Ok<Page<QuoteItem>>, ValidationProblem>> ListQuotes(
        DeepSeekNewsDbContext db,
        string? speaker,
        string? kind,
        string? q,
        string? from,
        string? to,
        string? pageSize,
        string? cursor,
        CancellationToken cancellationToken)
    {
        var query = new QueryParameters();
        var kindValue = query.Choice<QuoteKind>("kind", kind);
        var fromDate = query.From(from);
        var toDate = query.To(to);
        query.CheckRange(fromDate, toDate);
        var size = query.PageSize(pageSize);
        var after = query.Cursor(cursor);
        if (q is not null && q.Length > 200)
        {
            query.Add("q", "q must be at most 200 characters.");
        }
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var quotes = db.Quotes.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(speaker))
        {
            quotes = quotes.Where(x => x.SpeakerEntityId == speaker.Trim());
        }
        if (kindValue is { } k)
        {
            quotes = quotes.Where(x => x.Kind == k);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var needle = TextNormalizer.NormalizeString(q.Trim());
            quotes = quotes.Where(x => x.SearchText.Contains(needle));
        }
        if (fromDate is { } f)
        {
            quotes = quotes.Where(x => x.ArticleDate >= f);
        }
        if (toDate is { } t)
        {
            quotes = quotes.Where(x => x.ArticleDate < t);
        }
        if (after is { } a)
        {
            var date = a.Date;
            quotes = quotes.Where(x => x.ArticleDate < date || (x.ArticleDate == date && x.Id < a.Id));
        }

        var rows = await quotes
            .OrderByDescending(x => x.ArticleDate).ThenByDescending(x => x.Id)
            .Take(size + 1).Select(x => new QuoteRow(x, x.Article!.Title)).ToListAsync(cancellationToken);
        var page = rows.Take(size).ToList();
        var next = rows.Count > size ? Cursor.After(page[^1].Quote.ArticleDate, page[^1].Quote.Id).Encode() : null;
        var items = page.Select(r => new QuoteItem(r.Quote.Id, r.Quote.ArticleId, r.Title, r.Quote.ArticleDate, AnalysisMapping.ToContract(r.Quote))).ToList();
        return TypedResults.Ok(new Page<QuoteItem>(items, next));
    }

    private sealed record QuoteRow(StoredQuote Quote, string? Title);
}
