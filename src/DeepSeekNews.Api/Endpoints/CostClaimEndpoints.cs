using DeepSeekNews.Analysis;
using DeepSeekNews.Api.Contracts;
using DeepSeekNews.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeepSeekNews.Api.Endpoints;

public static class CostClaimEndpoints
{
    public static IEndpointRouteBuilder MapCostClaimEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/cost-claims", ListCostClaims)
            .WithTags("Cost claims")
            .WithName("ListCostClaims")
            .WithSummary("List cost claims across stored articles")
            .WithDescription("Money figures and cost ratios found in stored articles. Filter by the entity a claim is about " +
                "(entity), category (cost, spending, price, value, revenue, funding, other), kind (amount, ratio, " +
                "qualitative), currency (ISO code), minUsd/maxUsd (on amountUsd) and the article's date (from/to). " +
                "sort=date (default, newest first) or sort=amount (largest amountUsd first; claims without one are left out).");
        return app;
    }

    public enum CostClaimSort { Date, Amount }

    /// <summary>Lists cost claims.</summary>
    /// <param name="entity" example="r1">Only claims about this entity id.</param>
    /// <param name="category" example="cost">cost, spending, price, value, revenue, funding or other.</param>
    /// <param name="kind" example="amount">amount, ratio or qualitative.</param>
    /// <param name="currency" example="USD">ISO 4217 code of the stated currency.</param>
    /// <param name="minUsd" example="1000000">Only claims whose amountUsd is at least this.</param>
    /// <param name="maxUsd" example="1000000000">Only claims whose amountUsd is at most this.</param>
    /// <param name="sort" example="date">date (newest first) or amount (largest amountUsd first).</param>
    /// <param name="from" example="2025-01-01">Only items dated on or after this ISO 8601 date or time (UTC unless an offset is given).</param>
    /// <param name="to" example="2025-02-01">Only items dated before this time; a bare date includes that whole day.</param>
    /// <param name="pageSize" example="20">Items per page, 1 to 200 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page; omit for the first page.</param>
    public static async Task<Results<Ok<Page<CostClaimItem>>, ValidationProblem>> ListCostClaims(
        DeepSeekNewsDbContext db,
        string? entity,
        string? category,
        string? kind,
        string? currency,
        string? minUsd,
        string? maxUsd,
        string? from,
        string? to,
        string? sort,
        string? pageSize,
        string? cursor,
        CancellationToken cancellationToken)
    {
        var query = new QueryParameters();
        var categoryValue = query.Choice<CostCategory>("category", category);
        var kindValue = query.Choice<CostClaimKind>("kind", kind);
        var min = query.Number("minUsd", minUsd);
        var max = query.Number("maxUsd", maxUsd);
        var fromDate = query.From(from);
        var toDate = query.To(to);
        query.CheckRange(fromDate, toDate);
        var sortValue = query.Choice<CostClaimSort>("sort", sort) ?? CostClaimSort.Date;
        var size = query.PageSize(pageSize);
        var after = query.Cursor(cursor, byDate: sortValue == CostClaimSort.Date);
        if (currency is not null && (currency.Trim().Length != 3 || !currency.Trim().All(char.IsAsciiLetter)))
        {
            query.Add("currency", $"currency must be a three-letter ISO 4217 code such as USD; got '{currency}'.");
        }
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var claims = db.CostClaims.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entity))
        {
            claims = claims.Where(c => c.SubjectId == entity.Trim());
        }
        if (categoryValue is { } cat)
        {
            claims = claims.Where(c => c.Category == cat);
        }
        if (kindValue is { } k)
        {
            claims = claims.Where(c => c.Kind == k);
        }
        if (!string.IsNullOrWhiteSpace(currency))
        {
            var code = currency.Trim().ToUpperInvariant();
            claims = claims.Where(c => c.Currency == code);
        }
        if (min is { } lo)
        {
            claims = claims.Where(c => c.AmountUsd >= lo);
        }
        if (max is { } hi)
        {
            claims = claims.Where(c => c.AmountUsd <= hi);
        }
        if (fromDate is { } f)
        {
            claims = claims.Where(c => c.ArticleDate >= f);
        }
        if (toDate is { } t)
        {
            claims = claims.Where(c => c.ArticleDate < t);
        }

        List<ClaimRow> rows;
        if (sortValue == CostClaimSort.Amount)
        {
            claims = claims.Where(c => c.AmountUsd != null);
            if (after is { } a)
            {
                var amount = a.Amount;
                claims = claims.Where(c => c.AmountUsd < amount || (c.AmountUsd == amount && c.Id < a.Id));
            }
            rows = await claims
                .OrderByDescending(c => c.AmountUsd).ThenByDescending(c => c.Id)
                .Take(size + 1).Select(c => new ClaimRow(c, c.Article!.Title)).ToListAsync(cancellationToken);
        }
        else
        {
            if (after is { } a)
            {
                var date = a.Date;
                claims = claims.Where(c => c.ArticleDate < date || (c.ArticleDate == date && c.Id < a.Id));
            }
            rows = await claims
                .OrderByDescending(c => c.ArticleDate).ThenByDescending(c => c.Id)
                .Take(size + 1).Select(c => new ClaimRow(c, c.Article!.Title)).ToListAsync(cancellationToken);
        }

        var page = rows.Take(size).ToList();
        string? next = null;
        if (rows.Count > size)
        {
            var last = page[^1].Claim;
            next = (sortValue == CostClaimSort.Amount ? Cursor.After(last.AmountUsd!.Value, last.Id) : Cursor.After(last.ArticleDate, last.Id)).Encode();
        }
        var items = page.Select(r => new CostClaimItem(r.Claim.Id, r.Claim.ArticleId, r.Title, r.Claim.ArticleDate, AnalysisMapping.ToContract(r.Claim))).ToList();
        return TypedResults.Ok(new Page<CostClaimItem>(items, next));
    }

    private sealed record ClaimRow(StoredCostClaim Claim, string? Title);
}
