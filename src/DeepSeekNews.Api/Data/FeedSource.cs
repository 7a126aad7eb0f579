namespace DeepSeekNews.Api.Data;

/// <summary>An RSS or Atom feed the scheduler reads, with what it learned the last time.</summary>
public sealed class FeedSource
{
    public int Id { get; set; }

    public required string Url { get; set; }

    public string? Name { get; set; }

    public TimeSpan Interval { get; set; }

    /// <summary>Defined in Ingestion:Feeds; such a source is kept in step with configuration and not deleted through the API.</summary>
    public bool FromConfiguration { get; set; }

    public DateTime AddedAt { get; set; }

    /// <summary>When the scheduler reads it next (UTC): interval, back-off after failures, jitter.</summary>
    public DateTime NextRunAt { get; set; }

    public DateTime? LastRunAt { get; set; }

    public DateTime? LastSuccessAt { get; set; }

    /// <summary>ok, not-modified or failed.</summary>
    public string? LastStatus { get; set; }

    /// <summary>What the last run did or why it failed, for people.</summary>
    public string? LastMessage { get; set; }

    /// <summary>Failed runs in a row; drives the back-off and resets on success.</summary>
    public int ErrorCount { get; set; }

    /// <summary>Conditional GET validators from the last successful read.</summary>
    public string? ETag { get; set; }

    public DateTime? LastModified { get; set; }

    public int ArticlesStored { get; set; }
}
