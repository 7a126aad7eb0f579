using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace DeepSeekNews.Ingestion.Robots;

/// <summary>What fetching a robots.txt gave: its text, or the status that decides without one.</summary>
public sealed record RobotsFetchResult(int StatusCode, string? Content, bool Unreachable = false, bool Refused = false, string? Reason = null);

/// <summary>
/// robots.txt rules per scheme, host and port, kept for <see cref="IngestionOptions.RobotsCacheDuration"/>.
/// Concurrent first requests for one host share one fetch.
/// </summary>
public sealed class RobotsCache(IOptionsMonitor<IngestionOptions> options, TimeProvider time)
{
    /// <summary>A failing robots.txt is asked again sooner than a good one.</summary>
    private static readonly TimeSpan FailureCacheDuration = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);

    public async Task<RobotsRules> GetRulesAsync(Uri url, Func<Uri, CancellationToken, Task<RobotsFetchResult>> fetch, CancellationToken cancellationToken)
    {
        var key = url.GetLeftPart(UriPartial.Authority);
        var now = time.GetUtcNow();
        while (true)
        {
            var entry = _entries.GetOrAdd(key, _ => new Entry(new Lazy<Task<(RobotsRules, bool)>>(() => LoadAsync(new Uri(key + "/robots.txt"), fetch)), now));
            var task = entry.Rules.Value;
            var (rules, failed) = await task.WaitAsync(cancellationToken).ConfigureAwait(false);
            var lifetime = failed ? FailureCacheDuration : options.CurrentValue.RobotsCacheDuration;
            if (time.GetUtcNow() - entry.Created <= lifetime)
                return rules;
            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            now = time.GetUtcNow();
        }
    }

    private async Task<(RobotsRules Rules, bool Failed)> LoadAsync(Uri robotsUrl, Func<Uri, CancellationToken, Task<RobotsFetchResult>> fetch)
    {
        RobotsFetchResult result;
        try
        {
            // Not tied to the first caller's token: other callers wait on the same fetch.
            result = await fetch(robotsUrl, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception)
        {
            result = new RobotsFetchResult(0, null, Unreachable: true, Reason: "robots.txt could not be fetched");
        }
        // A refused host is the page fetch's to report; robots.txt adds nothing there.
        if (result.Refused)
            return (RobotsRules.AllowAll, true);
        // RFC 9309: a 4xx means no rules; a 5xx or no answer means assume everything disallowed.
        if (result.Unreachable)
            return (RobotsRules.Unreachable(result.Reason ?? "robots.txt could not be fetched"), true);
        if (result.StatusCode >= 500)
            return (RobotsRules.DisallowAll, true);
        if (result.StatusCode is >= 400 and < 500)
            return (RobotsRules.AllowAll, false);
        return (RobotsRules.Parse(result.Content ?? "", options.CurrentValue.RobotsProductToken), false);
    }

    private sealed record Entry(Lazy<Task<(RobotsRules, bool)>> Rules, DateTimeOffset Created);
}
