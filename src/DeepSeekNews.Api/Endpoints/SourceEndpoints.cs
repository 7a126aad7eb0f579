using DeepSeekNews.Api.Contracts;
using DeepSeekNews.Api.Data;
using DeepSeekNews.Api.Scheduling;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeepSeekNews.Api.Endpoints;

public static class SourceEndpoints
{
    public static IEndpointRouteBuilder MapSourceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sources").WithTags("Sources");

        group.MapGet("/", ListSources)
            .WithName("ListSources")
            .WithSummary("List the feeds the scheduler reads, with their last run")
            .WithDescription("Every RSS/Atom source, from configuration (Ingestion:Feeds) or added through the API, with " +
                "its interval, next run, last status and message, consecutive error count and articles stored.");

        group.MapPost("/", CreateSource)
            .WithName("CreateSource")
            .WithSummary("Add a feed for the scheduler to read")
            .WithDescription("Adds an RSS 2.0, RSS 1.0 or Atom feed, read first at the next scheduler tick and then every " +
                "interval. 409 when the URL is already a source.")
            .Accepts<CreateSourceRequest>("application/json");

        group.MapDelete("/{id:int}", DeleteSource)
            .WithName("DeleteSource")
            .WithSummary("Stop reading a feed")
            .WithDescription("Removes a source added through the API; articles already stored stay. Sources from " +
                "configuration are removed by editing Ingestion:Feeds (409).");

        app.MapPost("/api/ingestion/run", RunIngestion)
            .WithTags("Sources")
            .WithName("RunIngestion")
            .WithSummary("Run an ingestion pass now")
            .WithDescription("Reads every source now (or only sourceId), due or not, stores the items not stored yet and " +
                "answers with what each source did. A failing source is reported and the others still run.");
        return app;
    }

    public static async Task<Ok<List<SourceItem>>> ListSources(DeepSeekNewsDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Sources.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken)).Select(ToItem).ToList());

    public static async Task<Results<Created<SourceItem>, ProblemHttpResult>> CreateSource(
        CreateSourceRequest request,
        IngestionRunner runner,
        DeepSeekNewsDbContext db,
        CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(request.Url?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return Problems.BadRequest($"url must be the absolute http or https URL of an RSS or Atom feed; got '{request.Url}'.");
        }
        var interval = request.Interval ?? TimeSpan.FromMinutes(30);
        if (interval < TimeSpan.FromMinutes(1) || interval > TimeSpan.FromDays(7))
        {
            return Problems.BadRequest($"interval must lie between 00:01:00 and 7.00:00:00; got '{interval}'.");
        }
        if (await db.Sources.AnyAsync(s => s.Url == url.AbsoluteUri, cancellationToken))
        {
            return Problems.Status(StatusCodes.Status409Conflict, "Source exists", $"{url.AbsoluteUri} is already a source; see GET /api/sources.");
        }
        var source = await runner.EnsureSourceAsync(url, string.IsNullOrWhiteSpace(request.Name) ? null : request.Name.Trim(), interval, cancellationToken);
        return TypedResults.Created($"/api/sources/{source.Id}", ToItem(source));
    }

    /// <param name="id" example="1">The source id.</param>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteSource(int id, DeepSeekNewsDbContext db, CancellationToken cancellationToken)
    {
        var source = await db.Sources.FindAsync([id], cancellationToken);
        if (source is null)
        {
            return Problems.NotFound($"There is no source with id {id}; see GET /api/sources.", "Source not found");
        }
        if (source.FromConfiguration)
        {
            return Problems.Status(StatusCodes.Status409Conflict, "Source from configuration",
                $"Source {id} comes from Ingestion:Feeds; remove it there and restart the service.");
        }
        db.Sources.Remove(source);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <param name="sourceId" example="1">Run only this source.</param>
    public static async Task<Results<Ok<IngestionRunResponse>, ProblemHttpResult>> RunIngestion(
        int? sourceId,
        IngestionRunner runner,
        DeepSeekNewsDbContext db,
        CancellationToken cancellationToken)
    {
        if (sourceId is { } id && !await db.Sources.AnyAsync(s => s.Id == id, cancellationToken))
        {
            return Problems.NotFound($"There is no source with id {id}; see GET /api/sources.", "Source not found");
        }
        var pass = await runner.RunAsync(sourceId is { } only ? [only] : null, progress: null, cancellationToken);
        return TypedResults.Ok(new IngestionRunResponse(
            pass.StartedAt, pass.CompletedAt, pass.Stored, pass.AlreadyStored, pass.FailedItems, pass.FailedSources,
            pass.Sources.Select(s => new SourceRunItem(s.SourceId, s.Url, s.Status, s.Stored, s.AlreadyStored, s.Failed, s.Error)).ToList()));
    }

    private static SourceItem ToItem(FeedSource s) => new(
        s.Id, s.Url, s.Name, s.Interval, s.FromConfiguration, s.AddedAt, s.NextRunAt, s.LastRunAt, s.LastSuccessAt,
        s.LastStatus, s.LastMessage, s.ErrorCount, s.ArticlesStored);
}
