namespace DeepSeekNews.Ingestion.Feeds;

/// <summary>A parsed RSS 2.0, RSS 1.0 (RDF) or Atom feed; items are unique by GUID and by link.</summary>
public sealed record Feed(string? Title, Uri? Link, DateTimeOffset? Updated, IReadOnlyList<FeedItem> Items);

/// <summary>
/// One entry of a feed. <see cref="Published"/> is the article's date when its page gives none
/// (see <c>ArticleExtractor.Extract(html, url, fallbackPublished)</c>).
/// </summary>
public sealed record FeedItem(string? Title, Uri? Link, string? Guid, DateTimeOffset? Published, string? Summary);

/// <summary>The bytes are not a feed this parser understands.</summary>
public sealed class FeedFormatException(string message, Exception? inner = null) : Exception(message, inner);
