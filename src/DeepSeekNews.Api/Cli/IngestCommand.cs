using DeepSeekNews.Api.Data;
using DeepSeekNews.Api.Infrastructure;
using DeepSeekNews.Api.Scheduling;
using Microsoft.Extensions.Options;

namespace DeepSeekNews.Api.Cli;

/// <summary>
/// <c>ingest</c>: the scheduled job of the container. Brings in article URLs and feeds (given, configured in
/// Ingestion:Feeds, or stored as sources), printing a line per item and a summary; with <c>--once</c> it makes
/// one pass and exits, otherwise it keeps reading due sources until stopped.
/// </summary>
public sealed class IngestCommand : ICommand
{
    public string Name => "ingest";

    public string Summary => "fetch, extract, analyse and store articles from URLs and feeds";

    public string Usage => """
        Usage: DeepSeekNews.Api ingest [--url URL]... [--feed FEED]... [--once] [--interval HH:MM:SS]

        Fetches pages (SSRF-guarded, robots.txt honoured), extracts the articles, analyses them and stores each
        story once (by canonical URL and by text).
          --url URL        an article page; may be repeated
          --feed FEED      an RSS or Atom feed; it is added to the sources (with --interval, default 00:30:00)
                           so that its validators and status are kept between runs; may be repeated
          --once           one pass, then exit (for cron or a Kubernetes CronJob)
        With neither --url nor --feed, every source is read: Ingestion:Feeds and those added with POST /api/sources.
        Without --once, after the first pass the due sources are read every Scheduler:Tick until Ctrl+C.
        Exit code 1 when an item or a source failed (the others are still stored).
        """;

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = CliArguments.Parse(args, valueOptions: ["--url", "--feed", "--interval"], flags: ["--once"]);
        if (options.Inputs.Count > 0)
        {
            throw new UsageException($"unexpected argument '{options.Inputs[0]}'; give pages with --url and feeds with --feed.");
        }
        var urls = options.Values("--url").Select(u => ParseUrl(u, "--url")).ToList();
        var feeds = options.Values("--feed").Select(u => ParseUrl(u, "--feed")).ToList();
        var interval = TimeSpan.FromMinutes(30);
        if (options.Value("--interval") is { } text && (!TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out interval) || interval < TimeSpan.FromMinutes(1)))
        {
            throw new UsageException($"--interval must be a time span of at least 00:01:00; got '{text}'.");
        }
        var once = options.Flag("--once");

        using var host = CommandLine.BuildHost(options.ConfigurationArgs);
        await host.Services.PrepareDatabaseAsync(cancellationToken);
        var totals = new Totals();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var runner = scope.ServiceProvider.GetRequiredService<IngestionRunner>();
            if (urls.Count > 0)
            {
                await runner.IngestUrlsAsync(urls, item => Report(null, item, totals), cancellationToken);
            }
            List<int>? sourceIds = null;
            if (feeds.Count > 0)
            {
                sourceIds = [];
                foreach (var feed in feeds)
                {
                    sourceIds.Add((await runner.EnsureSourceAsync(feed, null, interval, cancellationToken)).Id);
                }
            }
            if (feeds.Count > 0 || urls.Count == 0)
            {
                var pass = await runner.RunAsync(sourceIds, (source, item) => Report(source, item, totals), cancellationToken);
                foreach (var failed in pass.Sources.Where(s => s.Status == IngestionRunner.Failed))
                {
                    Console.Error.WriteLine($"source {failed.Url} failed: {failed.Error}");
                }
                totals.Sources += pass.Sources.Count;
                totals.FailedSources += pass.FailedSources;
            }
        }
        Console.Out.WriteLine(totals.Summary());

        if (!once)
        {
            var tick = host.Services.GetRequiredService<IOptions<SchedulerOptions>>().Value.Tick;
            Console.Error.WriteLine($"Reading due sources every {tick} until stopped (Ctrl+C).");
            using var timer = new PeriodicTimer(tick, host.Services.GetRequiredService<TimeProvider>());
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await using var scope = host.Services.CreateAsyncScope();
                var pass = await scope.ServiceProvider.GetRequiredService<IngestionRunner>().RunDueAsync((source, item) => Report(source, item, totals), cancellationToken);
                totals.Sources += pass.Sources.Count;
                totals.FailedSources += pass.FailedSources;
            }
        }
        return totals.Failed > 0 || totals.FailedSources > 0 ? CommandLine.Failure : CommandLine.Success;
    }

    private static Uri ParseUrl(string value, string option) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new UsageException($"{option} needs an absolute http or https URL; got '{value}'.");

    private static void Report(FeedSource? source, ItemResult item, Totals totals)
    {
        var from = source is null ? "" : $"[{source.Name ?? source.Url}] ";
        switch (item.Outcome)
        {
            case ItemOutcome.Stored:
                totals.Stored++;
                Console.Error.WriteLine($"{from}stored article {item.ArticleId}: {item.Title ?? item.Url}");
                break;
            case ItemOutcome.AlreadyStored:
                totals.AlreadyStored++;
                Console.Error.WriteLine($"{from}already stored as article {item.ArticleId}: {item.Url}");
                break;
            default:
                totals.Failed++;
                Console.Error.WriteLine($"{from}failed {item.Url}: {item.Error}");
                break;
        }
    }

    private sealed class Totals
    {
        public int Stored;
        public int AlreadyStored;
        public int Failed;
        public int Sources;
        public int FailedSources;

        public string Summary() =>
            $"Ingested {Stored} new article(s), {AlreadyStored} already stored, {Failed} failed" +
            (Sources > 0 ? $"; {Sources} source(s) read, {FailedSources} failed." : ".");
    }
}
