using DeepSeekNews.Api.Contracts;
using DeepSeekNews.Api.Data;
using DeepSeekNews.Api.Scheduling;
using DeepSeekNews.Ingestion.Fetching;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeepSeekNews.Api.Endpoints;

public static class ArticleEndpoints
{
    public static IEndpointRouteBuilder MapArticleEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/articles").WithTags("Articles");

        group.MapPost("/", CreateArticle)
            .WithName("CreateArticle")
            .WithSummary("Analyse and store an article")
            .WithDescription("Stores the article given as text, as HTML, or only as a url (then the page is fetched and " +
                "the article extracted), together with its analysis, and answers 201 with its Location. An article whose " +
                "canonical URL or normalised text is already stored is not stored again: the answer is then 200 with the " +
                "stored article. Fetch failures: 400 invalid URL, 403 refused address or robots.txt, 413 too large, " +
                "415 not HTML, 422 no article text, 502 unreachable or upstream error, 504 timeout.")
            .Accepts<CreateArticleRequest>("application/json");

        group.MapPost("/reanalyze", Reanalyze)
            .WithName("ReanalyzeArticles")
            .WithSummary("Analyse stored articles again with the current rules and catalog")
            .WithDescription("Re-runs the analysis of stored articles analysed by an older version (after a catalog " +
                "curation or an upgrade), or of all articles with all=true, up to limit per call, each in its own " +
                "transaction. Call again while remaining is above 0. The body is optional.")
            .Accepts<ReanalyzeRequest>("application/json");

        group.MapGet("/", ListArticles)
            .WithName("ListArticles")
            .WithSummary("List stored articles, newest first")
            .WithDescription("Keyset-paginated summaries without the text. Filter by an entity id (articles that mention it), " +
                "a date range on the publication date (from inclusive, to exclusive; a bare date as 'to' includes that day) " +
                "and language. Pass nextCursor as cursor for the next page.");

        group.MapGet("/{id:int}", GetArticle)
            .WithName("GetArticle")
            .WithSummary("Get one article with its text and whole analysis")
            .WithDescription("The stored article with its metadata, text and the analysis contract (entities with " +
                "mentions, cost claims, quotes, relations, candidates); offsets index the text. 404 for an unknown id.");

        group.MapDelete("/{id:int}", DeleteArticle)
            .WithName("DeleteArticle")
            .WithSummary("Delete an article and its analysis")
            .WithDescription("Removes the article and every mention, cost claim, quote and relation found in it. " +
                "204 when deleted, 404 for an unknown id.");

        return app;
    }

    public static async Task<Results<Created<ArticleDetail>, Ok<ArticleDetail>, ProblemHttpResult>> CreateArticle(
        CreateArticleRequest request,
        ArticleInput input,
        ArticleImporter importer,
        WebArticleImporter web,
        ArticleQueries queries,
        CancellationToken cancellationToken)
    {
        Uri? url = null;
        if (request.Url is not null && !(Uri.TryCreate(request.Url.Trim(), UriKind.Absolute, out url) && url.Scheme is "http" or "https"))
        {
            return Problems.BadRequest($"url must be an absolute http or https URL; got '{request.Url}'.");
        }

        ImportResult result;
        if (url is not null && string.IsNullOrWhiteSpace(request.Text) && string.IsNullOrWhiteSpace(request.Html))
        {
            // Only a URL: fetch the page, extract the article, analyse and store it.
            try
            {
                result = await web.ImportAsync(url, request.PublishedAt, cancellationToken);
            }
            catch (FetchException ex)
            {
                return Problems.Status(ex.StatusCode, FetchProblemTitle(ex.Failure), ex.Message);
            }
            catch (EmptyArticleException ex)
            {
                return Problems.Status(StatusCodes.Status422UnprocessableEntity, "No article in the page", ex.Message);
            }
        }
        else
        {
            var prepared = input.Prepare(request.Text, request.Html, request.Language, url);
            if (prepared.Problem is { } problem)
            {
                return problem;
            }
            var article = prepared.Article! with
            {
                Title = request.Title ?? prepared.Article!.Title,
                Url = url?.AbsoluteUri ?? prepared.Article.Url,
                PublishedAt = request.PublishedAt ?? prepared.Article.PublishedAt,
            };
            result = await importer.ImportAsync(article, cancellationToken);
        }

        var detail = await queries.GetDetailAsync(result.Article.Id, cancellationToken);
        return result.Created
            ? TypedResults.Created($"/api/articles/{result.Article.Id}", detail!)
            : TypedResults.Ok(detail!);
    }

    private static string FetchProblemTitle(FetchFailure failure) => failure switch
    {
        FetchFailure.InvalidUrl => "Invalid URL",
        FetchFailure.RefusedAddress => "Address refused",
        FetchFailure.DisallowedByRobots => "Disallowed by robots.txt",
        FetchFailure.Unreachable => "Page unreachable",
        FetchFailure.Timeout => "Fetch timed out",
        FetchFailure.UpstreamError => "The page's server answered with an error",
        FetchFailure.TooManyRedirects => "Too many redirects",
        FetchFailure.TooLarge => "Page too large",
        FetchFailure.UnsupportedMediaType => "Not an HTML page",
        _ => "Fetch failed",
    };

    public const int DefaultReanalyzeLimit = 500;
    public const int MaxReanalyzeLimit = 5000;

    /// <summary>Re-analyses stale articles.</summary>
    public static async Task<Results<Ok<ReanalyzeResult>, ProblemHttpResult>> Reanalyze(
        [Microsoft.AspNetCore.Mvc.FromBody(EmptyBodyBehavior = Microsoft.AspNetCore.Mvc.ModelBinding.EmptyBodyBehavior.Allow)] ReanalyzeRequest? request,
        ArticleImporter importer,
        CancellationToken cancellationToken)
    {
        var limit = request?.Limit ?? DefaultReanalyzeLimit;
        if (limit is < 1 or > MaxReanalyzeLimit)
        {
            return Problems.BadRequest($"limit must be from 1 to {MaxReanalyzeLimit}; got {limit}.");
        }
        return TypedResults.Ok(await importer.ReanalyzeAsync(request?.All ?? false, limit, progress: null, cancellationToken));
    }

    /// <summary>Lists stored articles.</summary>
    /// <param name="entity" example="deepseek">Only articles that mention this entity id (see GET /api/entities).</param>
    /// <param name="language" example="ar">Only articles in this language (ar or en).</param>
    /// <param name="from" example="2025-01-01">Only items dated on or after this ISO 8601 date or time (UTC unless an offset is given).</param>
    /// <param name="to" example="2025-02-01">Only items dated before this time; a bare date includes that whole day.</param>
    /// <param name="pageSize" example="20">Items per page, 1 to 200 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page; omit for the first page.</param>
    public static async Task<Results<Ok<Page<ArticleSummary>>, ValidationProblem>> ListArticles(
        ArticleQueries queries,
        string? entity,
        string? from,
        string? to,
        string? language,
        string? pageSize,
        string? cursor,
        CancellationToken cancellationToken)
    {
        var query = new QueryParameters();
        var filter = new ArticleFilter(
            string.IsNullOrWhiteSpace(entity) ? null : entity.Trim(),
            query.From(from),
            query.To(to),
            string.IsNullOrWhiteSpace(language) ? null : language.Trim().ToLowerInvariant());
        query.CheckRange(filter.From, filter.To);
        var size = query.PageSize(pageSize);
        var after = query.Cursor(cursor);
        if (!query.IsValid)
        {
            return query.Problem();
        }
        return TypedResults.Ok(await queries.ListAsync(filter, size, after, cancellationToken));
    }

    /// <summary>Gets one article.</summary>
    /// <param name="id" example="1">The article id from POST /api/articles or GET /api/articles.</param>
    public static async Task<Results<Ok<ArticleDetail>, ProblemHttpResult>> GetArticle(int id, ArticleQueries queries, CancellationToken cancellationToken)
    {
        var detail = await queries.GetDetailAsync(id, cancellationToken);
        return detail is null ? Problems.ArticleNotFound(id) : TypedResults.Ok(detail);
    }

    /// <summary>Deletes one article.</summary>
    /// <param name="id" example="1">The article id.</param>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteArticle(
        int id,
        DeepSeekNewsDbContext db,
        ILogger<ArticleImporter> logger,
        CancellationToken cancellationToken)
    {
        var deleted = await db.Articles.Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            return Problems.ArticleNotFound(id);
        }
        logger.LogInformation("Deleted article {ArticleId}", id);
        return TypedResults.NoContent();
    }
}
