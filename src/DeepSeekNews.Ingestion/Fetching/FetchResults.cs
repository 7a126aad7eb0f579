using DeepSeekNews.Ingestion.Feeds;
using DeepSeekNews.Ingestion.Text;

namespace DeepSeekNews.Ingestion.Fetching;

/// <summary>An HTML page, decoded. <see cref="FinalUrl"/> is where the redirects ended.</summary>
public sealed record FetchedPage(
    Uri RequestedUrl,
    Uri FinalUrl,
    string Html,
    string MediaType,
    string Charset,
    CharsetSource CharsetSource,
    long ContentLength);

/// <summary>What the caller keeps between two reads of a feed to ask only for changes.</summary>
public sealed record FeedValidators(string? ETag, DateTimeOffset? LastModified)
{
    public static FeedValidators None { get; } = new(null, null);

    public bool IsEmpty => ETag is null && LastModified is null;
}

/// <summary>A feed read: either unchanged since the validators (304) or parsed, with the validators to keep.</summary>
public sealed record FeedFetchResult(Uri FinalUrl, bool NotModified, Feed? Feed, FeedValidators Validators);

/// <summary>The raw outcome of one fetch after redirects: status, headers that matter, body bytes.</summary>
internal sealed record RawResponse(
    Uri FinalUrl,
    int StatusCode,
    string? MediaType,
    string? Charset,
    byte[] Body,
    string? ETag,
    DateTimeOffset? LastModified);
