using System.ComponentModel.DataAnnotations;

namespace DeepSeekNews.Ingestion;

/// <summary>The "Ingestion" configuration section: limits and manners of every outgoing request.</summary>
public sealed class IngestionOptions : IValidatableObject
{
    public const string SectionName = "Ingestion";

    /// <summary>The whole fetch of one resource: every redirect hop, retries and reading the body.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Largest body accepted, counted on the decompressed bytes while they stream in.</summary>
    [Range(1024, 1L << 30)]
    public long MaxResponseBytes { get; set; } = 5L * 1024 * 1024;

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Retries of the standard resilience handler for transient failures (5xx, 408, 429, connection errors).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Requests in flight to one host at a time, body included.</summary>
    [Range(1, 16)]
    public int MaxConcurrentRequestsPerHost { get; set; } = 2;

    /// <summary>Loopback, private, link-local and the like are refused unless this is true (tests set it to reach 127.0.0.1).</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>
    /// Single addresses or CIDR ranges reachable although the guard would refuse them, for a feed
    /// server on the company network ("10.1.2.3", "192.168.10.0/24"). Everything else stays refused.
    /// </summary>
    public List<string> AllowedAddresses { get; set; } = [];

    public bool RespectRobotsTxt { get; set; } = true;

    public TimeSpan RobotsCacheDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The product token matched against robots.txt user-agent lines.</summary>
    [Required, RegularExpression("^[A-Za-z_-]+$")]
    public string RobotsProductToken { get; set; } = "DeepSeekNews";

    [Required]
    public string UserAgent { get; set; } = "DeepSeekNews/1.0 (+https://github.com/deepseeknews/deepseeknews)";

    /// <summary>Feeds collected on a schedule by the host; each with its own interval.</summary>
    public List<FeedSourceOptions> Feeds { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Timeout < TimeSpan.FromMilliseconds(100) || Timeout > TimeSpan.FromMinutes(10))
            yield return new ValidationResult("Ingestion:Timeout must lie between 100 ms and 10 minutes.", [nameof(Timeout)]);
        if (RobotsCacheDuration < TimeSpan.Zero)
            yield return new ValidationResult("Ingestion:RobotsCacheDuration must not be negative.", [nameof(RobotsCacheDuration)]);
        foreach (var entry in AllowedAddresses)
            if (!System.Net.IPNetwork.TryParse(entry, out _) && !System.Net.IPAddress.TryParse(entry, out _))
                yield return new ValidationResult($"Ingestion:AllowedAddresses has '{entry}', which is neither an IP address nor a CIDR range.", [nameof(AllowedAddresses)]);
        for (var i = 0; i < Feeds.Count; i++)
        {
            var feed = Feeds[i];
            if (!Uri.TryCreate(feed.Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                yield return new ValidationResult($"Ingestion:Feeds:{i}:Url must be an absolute http or https URL, not '{feed.Url}'.", [nameof(Feeds)]);
            if (feed.Interval < TimeSpan.FromMinutes(1))
                yield return new ValidationResult($"Ingestion:Feeds:{i}:Interval must be at least one minute.", [nameof(Feeds)]);
        }
    }
}

/// <summary>One configured feed: where it is and how often to read it.</summary>
public sealed class FeedSourceOptions
{
    public string Url { get; set; } = "";

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(30);

    public string? Name { get; set; }
}
