namespace DeepSeekNews.Ingestion.Extraction;

/// <summary>
/// What extraction finds in one HTML page. <see cref="Text"/> is the article body, one paragraph per
/// line; the rest is metadata, null where the page does not say. Dates keep the offset the page gave
/// (visible dates without a time are midnight at offset zero).
/// </summary>
public sealed record ExtractedArticle
{
    public required string Text { get; init; }
    public string? Title { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public string? Author { get; init; }
    public string? SiteName { get; init; }
    public string? CanonicalUrl { get; init; }
    /// <summary>"ar" or "en" when the text or the markup says so; another ISO 639-1 code when the markup names one and the text does not contradict it.</summary>
    public string? Language { get; init; }
    public string? Description { get; init; }
    public string? Image { get; init; }
    /// <summary>Where the body came from: "dom" (the scored page content) or "json-ld" (articleBody).</summary>
    public string BodySource { get; init; } = "dom";
    /// <summary>Where <see cref="Published"/> came from: json-ld, meta, time, visible, feed; null when unknown.</summary>
    public string? PublishedSource { get; init; }

    public IReadOnlyList<string> Paragraphs => Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
