using DeepSeekNews.Api.Data;
using DeepSeekNews.Ingestion;
using DeepSeekNews.Ingestion.Fetching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DeepSeekNews.Api.Scheduling;

/// <summary>What happened to one feed item or URL.</summary>
public enum ItemOutcome { Stored, AlreadyStored, Failed }

public sealed record ItemResult(string Url, ItemOutcome Outcome, int? ArticleId, string? Title, string? Error);

public sealed record SourceRunResult(int SourceId, string Url, string Status, int Stored, int AlreadyStored, int Failed, string? Error);

/// <summary>The outcome of one pass over sources.</summary>
public sealed record IngestionPassResult(DateTime StartedAt, DateTime CompletedAt, IReadOnlyList<SourceRunResult> Sources)
{
    public int Stored => Sources.Sum(s => s.Stored);

    public int AlreadyStored => Sources.Sum(s => s.AlreadyStored);

    public int FailedItems => Sources.Sum(s => s.Failed);

    public int FailedSources => Sources.Count(s => s.Status == IngestionRunner.Failed);
}

/// <summary>
/// One ingestion pass: reads feeds (conditional GET with the validators kept per source), brings in every item
/// not stored yet, and records each source's outcome with its next run (interval, back-off after failures,
/// jitter). A failing source or item is recorded and the pass goes on. The scheduler, the API and the CLI all call
/// this one runner.
/// </summary>
public sealed class IngestionRunner(
    DeepSeekNewsDbContext db,
    ArticleFetcher fetcher,
    WebArticleImporter importer,
    IngestionStatus status,
    IOptions<IngestionOptions> ingestionOptions,
    IOptions<SchedulerOptions> schedulerOptions,
    TimeProvider time,
    ILogger<IngestionRunner> logger)
{
    public const string Ok = "ok";
    public const string NotModified = "not-modified";
    public const string Failed = "failed";

    /// <summary>Makes the sources table match Ingestion:Feeds: adds new ones, updates names and intervals, removes dropped ones.</summary>
    public async Task SyncConfiguredSourcesAsync(CancellationToken cancellationToken)
    {
        var configured = ingestionOptions.Value.Feeds
            .GroupBy(f => f.Url.Trim(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var stored = await db.Sources.ToListAsync(cancellationToken);
        var now = Now();
        foreach (var source in stored.Where(s => s.FromConfiguration && !configured.ContainsKey(s.Url)))
        {
            db.Sources.Remove(source);
        }
        foreach (var (url, feed) in configured)
        {
            var source = stored.FirstOrDefault(s => s.Url == url);
            if (source is null)
            {
                db.Sources.Add(new FeedSource { Url = url, Name = feed.Name, Interval = feed.Interval, FromConfiguration = true, AddedAt = now, NextRunAt = now });
            }
            else
            {
                source.Name = feed.Name ?? source.Name;
                source.Interval = feed.Interval;
                source.FromConfiguration = true;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The source for <paramref name="url"/>, added with <paramref name="interval"/> when new.</summary>
    public async Task<FeedSource> EnsureSourceAsync(Uri url, string? name, TimeSpan interval, CancellationToken cancellationToken)
    {
        var key = url.AbsoluteUri;
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Url == key, cancellationToken);
        if (source is null)
        {
            var now = Now();
            source = new FeedSource { Url = key, Name = name, Interval = interval, AddedAt = now, NextRunAt = now };
            db.Sources.Add(source);
            await db.SaveChangesAsync(cancellationToken);
        }
        return source;
    }

    /// <summary>Reads the sources whose next run has come.</summary>
    public async Task<IngestionPassResult> RunDueAsync(Action<FeedSource, ItemResult>? progress, CancellationToken cancellationToken)
    {
        var now = Now();
        var due = await db.Sources.Where(s => s.NextRunAt <= now).OrderBy(s => s.NextRunAt).Select(s => s.Id).ToListAsync(cancellationToken);
        return await RunAsync(due, progress, cancellationToken);
    }

    /// <summary>Reads the given sources now (every source when <paramref name="sourceIds"/> is null), due or not.</summary>
    public async Task<IngestionPassResult> RunAsync(IReadOnlyCollection<int>? sourceIds, Action<FeedSource, ItemResult>? progress, CancellationToken cancellationToken)
    {
        var started = Now();
        var ids = sourceIds ?? await db.Sources.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken);
        var results = new List<SourceRunResult>(ids.Count);
        foreach (var id in ids)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var source = await db.Sources.FindAsync([id], cancellationToken);
            if (source is not null)
            {
                results.Add(await RunSourceAsync(source, progress, cancellationToken));
            }
        }
        var pass = new IngestionPassResult(started, Now(), results);
        status.Completed(pass);
        if (results.Count > 0)
        {
            logger.LogInformation("Ingestion pass over {SourceCount} source(s): {Stored} stored, {AlreadyStored} already stored, {FailedItems} failed item(s), {FailedSources} failed source(s)",
                results.Count, pass.Stored, pass.AlreadyStored, pass.FailedItems, pass.FailedSources);
        }
        return pass;
    }

    /// <summary>Brings in single article URLs (the CLI's --url); each is stored once.</summary>
    public async Task<IReadOnlyList<ItemResult>> IngestUrlsAsync(IEnumerable<Uri> urls, Action<ItemResult>? progress, CancellationToken cancellationToken)
    {
        var results = new List<ItemResult>();
        foreach (var url in urls)
        {
            var result = await IngestItemAsync(url, null, cancellationToken);
            results.Add(result);
            progress?.Invoke(result);
        }
        return results;
    }

    private async Task<SourceRunResult> RunSourceAsync(FeedSource source, Action<FeedSource, ItemResult>? progress, CancellationToken cancellationToken)
    {
        var now = Now();
        source.LastRunAt = now;
        int stored = 0, known = 0, failed = 0;
        try
        {
            var validators = new FeedValidators(source.ETag, source.LastModified is { } lm ? new DateTimeOffset(lm, TimeSpan.Zero) : null);
            var read = await fetcher.FetchFeedAsync(new Uri(source.Url), validators, cancellationToken);
            if (read.NotModified)
            {
                Succeeded(source, NotModified, "The feed has not changed since the last read.");
            }
            else
            {
                // Oldest first, so that a pass cut short stores the earlier stories.
                foreach (var item in read.Feed!.Items.Where(i => i.Link is not null).OrderBy(i => i.Published ?? DateTimeOffset.MaxValue))
                {
                    var result = await IngestItemAsync(item.Link!, item.Published, cancellationToken);
                    switch (result.Outcome)
                    {
                        case ItemOutcome.Stored: stored++; break;
                        case ItemOutcome.AlreadyStored: known++; break;
                        default: failed++; break;
                    }
                    progress?.Invoke(source, result);
                }
                source.ETag = read.Validators.ETag;
                source.LastModified = read.Validators.LastModified?.UtcDateTime;
                source.ArticlesStored += stored;
                Succeeded(source, Ok, $"{read.Feed.Items.Count} item(s): {stored} stored, {known} already stored, {failed} failed.");
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            if (ex is not (FetchException or HttpRequestException))
            {
                logger.LogError(ex, "Source {SourceId} {Url} failed unexpectedly", source.Id, source.Url);
            }
            source.LastStatus = Failed;
            source.LastMessage = ex.Message;
            source.ErrorCount++;
            source.NextRunAt = now + NextDelay(source.Interval, source.ErrorCount);
            logger.LogWarning("Source {SourceId} {Url} failed ({ErrorCount} in a row), next try at {NextRunAt}: {Reason}",
                source.Id, source.Url, source.ErrorCount, source.NextRunAt, ex.Message);
        }
        // Item failures may have cleared the change tracker; the source's state is written as a whole.
        db.ChangeTracker.Clear();
        db.Sources.Update(source);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new SourceRunResult(source.Id, source.Url, source.LastStatus!, stored, known, failed, source.LastStatus == Failed ? source.LastMessage : null);

        void Succeeded(FeedSource s, string state, string message)
        {
            s.LastStatus = state;
            s.LastMessage = message;
            s.LastSuccessAt = now;
            s.ErrorCount = 0;
            s.NextRunAt = now + NextDelay(s.Interval, 0);
        }
    }

    private async Task<ItemResult> IngestItemAsync(Uri url, DateTimeOffset? published, CancellationToken cancellationToken)
    {
        try
        {
            var result = await importer.ImportAsync(url, published, cancellationToken);
            return new ItemResult(url.AbsoluteUri, result.Created ? ItemOutcome.Stored : ItemOutcome.AlreadyStored, result.Article.Id, result.Article.Title, null);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            if (ex is FetchException or EmptyArticleException)
            {
                logger.LogWarning("Could not ingest {Url}: {Reason}", url, ex.Message);
            }
            else
            {
                logger.LogError(ex, "Could not ingest {Url}", url);
            }
            db.ChangeTracker.Clear();
            return new ItemResult(url.AbsoluteUri, ItemOutcome.Failed, null, null, ex.Message);
        }
    }

    /// <summary>The interval after a success; after failures it doubles each time up to the maximum back-off, and jitter spreads the sources.</summary>
    public TimeSpan NextDelay(TimeSpan interval, int errorCount)
    {
        var options = schedulerOptions.Value;
        var delay = errorCount == 0
            ? interval
            : TimeSpan.FromTicks((long)Math.Min(interval.Ticks * Math.Pow(2, Math.Min(errorCount, 20)), Math.Max(options.MaxBackoff.Ticks, interval.Ticks)));
        var jitter = 1 + options.Jitter * (2 * Random.Shared.NextDouble() - 1);
        return TimeSpan.FromTicks((long)(delay.Ticks * jitter));
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}

/// <summary>When the last ingestion pass completed and what it did; read by readiness and the sources API.</summary>
public sealed class IngestionStatus(TimeProvider time)
{
    private IngestionPassResult? _last;

    public DateTime StartedAt { get; } = time.GetUtcNow().UtcDateTime;

    public IngestionPassResult? LastPass => _last;

    public void Completed(IngestionPassResult pass) => _last = pass;
}
