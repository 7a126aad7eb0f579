namespace DeepSeekNews.Ingestion.Fetching;

/// <summary>Why a fetch failed; each kind has one HTTP status the Api answers with.</summary>
public enum FetchFailure
{
    /// <summary>Not an absolute http or https URL, or a malformed one (400).</summary>
    InvalidUrl,
    /// <summary>The host resolves only to addresses the SSRF guard refuses (403).</summary>
    RefusedAddress,
    /// <summary>robots.txt disallows the path for our user agent (403).</summary>
    DisallowedByRobots,
    /// <summary>DNS failure, connection refused or reset, TLS failure (502).</summary>
    Unreachable,
    /// <summary>The configured timeout passed before the body was read (504).</summary>
    Timeout,
    /// <summary>The origin answered with an error status (502).</summary>
    UpstreamError,
    /// <summary>More redirects than allowed, a loop, or a redirect without Location (502).</summary>
    TooManyRedirects,
    /// <summary>The body is larger than the configured maximum (413).</summary>
    TooLarge,
    /// <summary>The body is not HTML (for pages) or not a feed (for feeds) (415).</summary>
    UnsupportedMediaType,
}

/// <summary>A fetch that did not give a usable body. <see cref="StatusCode"/> is what the Api answers.</summary>
public sealed class FetchException : Exception
{
    public FetchException(FetchFailure failure, Uri? url, string message, Exception? inner = null)
        : base(message, inner)
    {
        Failure = failure;
        Url = url;
    }

    public FetchFailure Failure { get; }

    public Uri? Url { get; }

    /// <summary>The upstream status when <see cref="Failure"/> is <see cref="FetchFailure.UpstreamError"/>.</summary>
    public int? UpstreamStatusCode { get; init; }

    public int StatusCode => StatusCodeFor(Failure);

    public static int StatusCodeFor(FetchFailure failure) => failure switch
    {
        FetchFailure.InvalidUrl => 400,
        FetchFailure.RefusedAddress => 403,
        FetchFailure.DisallowedByRobots => 403,
        FetchFailure.Unreachable => 502,
        FetchFailure.Timeout => 504,
        FetchFailure.UpstreamError => 502,
        FetchFailure.TooManyRedirects => 502,
        FetchFailure.TooLarge => 413,
        FetchFailure.UnsupportedMediaType => 415,
        _ => 502,
    };
}
