using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DeepSeekNews.Ingestion.Feeds;
using DeepSeekNews.Ingestion.Robots;
using DeepSeekNews.Ingestion.Security;
using DeepSeekNews.Ingestion.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace DeepSeekNews.Ingestion.Fetching;

/// <summary>
/// Fetches pages and feeds politely and safely: every redirect hop is checked by the SSRF guard and
/// robots.txt, bodies are cut off at the size limit while they stream, one timeout covers the
/// whole fetch, and at most a few requests go to one host at a time. Failures are
/// <see cref="FetchException"/>s whose <see cref="FetchException.StatusCode"/> the Api answers with.
/// </summary>
public sealed class ArticleFetcher(
    HttpClient http,
    SsrfGuard guard,
    RobotsCache robots,
    HostThrottle throttle,
    IOptionsMonitor<IngestionOptions> options,
    TimeProvider time,
    ILogger<ArticleFetcher> logger)
{
    /// <summary>The name of the HttpClient registration (IHttpClientFactory) behind this typed client.</summary>
    public const string HttpClientName = "DeepSeekNews.Ingestion";

    /// <summary>RFC 9309 asks crawlers to read at least 500 KiB of robots.txt; more is cut off, not refused.</summary>
    private const int RobotsMaxBytes = 512 * 1024;

    private static readonly string[] HtmlTypes = ["text/html", "application/xhtml+xml"];

    /// <summary>Fetches an HTML page and decodes it (header charset, BOM, meta, detection).</summary>
    public async Task<FetchedPage> FetchPageAsync(Uri url, CancellationToken cancellationToken = default)
    {
        var response = await FetchAsync(url, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5", FeedValidators.None,
            checkRobots: true, options.CurrentValue.MaxResponseBytes, truncate: false, cancellationToken).ConfigureAwait(false);
        var mediaType = response.MediaType;
        var isHtml = mediaType is null
            ? SniffHtml(response.Body)
            : HtmlTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase);
        if (!isHtml)
            throw new FetchException(FetchFailure.UnsupportedMediaType, response.FinalUrl,
                $"Expected an HTML page but the server sent '{mediaType ?? "unknown content"}'.");
        var decoded = CharsetDecoder.Decode(response.Body, response.Charset);
        return new FetchedPage(url, response.FinalUrl, decoded.Text, mediaType ?? "text/html", decoded.Charset, decoded.Source, response.Body.Length);
    }

    /// <summary>
    /// Fetches and parses an RSS 2.0, RSS 1.0 or Atom feed. With validators from an earlier read the
    /// request is conditional, and an unchanged feed comes back as <c>NotModified</c> without a body.
    /// </summary>
    public async Task<FeedFetchResult> FetchFeedAsync(Uri url, FeedValidators? validators = null, CancellationToken cancellationToken = default)
    {
        validators ??= FeedValidators.None;
        var response = await FetchAsync(url, "application/rss+xml,application/atom+xml,application/rdf+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5",
            validators, checkRobots: true, options.CurrentValue.MaxResponseBytes, truncate: false, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == (int)HttpStatusCode.NotModified)
            return new FeedFetchResult(response.FinalUrl, NotModified: true, Feed: null, validators);
        if (!FeedParser.LooksLikeFeed(response.Body))
            throw new FetchException(FetchFailure.UnsupportedMediaType, response.FinalUrl,
                $"Expected an RSS or Atom feed but the server sent '{response.MediaType ?? "unknown content"}'.");
        Feed feed;
        try
        {
            feed = FeedParser.Parse(response.Body, response.FinalUrl);
        }
        catch (FeedFormatException e)
        {
            throw new FetchException(FetchFailure.UnsupportedMediaType, response.FinalUrl, e.Message, e);
        }
        return new FeedFetchResult(response.FinalUrl, NotModified: false, feed,
            new FeedValidators(response.ETag, response.LastModified));
    }

    internal async Task<RawResponse> FetchAsync(Uri url, string accept, FeedValidators validators, bool checkRobots,
        long maxBytes, bool truncate, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        using var timeout = new CancellationTokenSource(settings.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var token = linked.Token;
        var current = url;
        try
        {
            for (var hop = 0; ; hop++)
            {
                guard.CheckUrl(current);
                if (checkRobots && settings.RespectRobotsTxt)
                {
                    var rules = await robots.GetRulesAsync(current, FetchRobotsAsync, token).ConfigureAwait(false);
                    if (rules.UnreachableReason is { } reason)
                        throw new FetchException(FetchFailure.Unreachable, current, $"{current.Host} could not be reached ({reason}).");
                    if (!rules.IsAllowed(current))
                        throw new FetchException(FetchFailure.DisallowedByRobots, current, $"robots.txt of {current.Host} disallows {current.AbsolutePath}.");
                }

                using var lease = await throttle.AcquireAsync(current, token).ConfigureAwait(false);
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.Accept.ParseAdd(accept);
                if (validators.ETag is not null)
                    request.Headers.TryAddWithoutValidation("If-None-Match", validators.ETag);
                if (validators.LastModified is not null)
                    request.Headers.IfModifiedSince = validators.LastModified;

                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is 301 or 302 or 303 or 307 or 308)
                {
                    var location = response.Headers.Location
                        ?? throw new FetchException(FetchFailure.UpstreamError, current, $"{current} redirects without a Location.") { UpstreamStatusCode = status };
                    if (hop >= settings.MaxRedirects)
                        throw new FetchException(FetchFailure.TooManyRedirects, url, $"More than {settings.MaxRedirects} redirects from {url}.");
                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    logger.LogDebug("Redirect {Status} from {Url} to {Location}", status, current, next);
                    current = next;
                    continue;
                }
                if (status == (int)HttpStatusCode.NotModified && !validators.IsEmpty)
                    return new RawResponse(current, status, null, null, [], validators.ETag, validators.LastModified);
                if (!response.IsSuccessStatusCode)
                    throw new FetchException(FetchFailure.UpstreamError, current, $"{current} answered {status} {response.ReasonPhrase}.") { UpstreamStatusCode = status };

                var contentType = response.Content.Headers.ContentType;
                var declaredLength = response.Content.Headers.ContentLength;
                if (!truncate && declaredLength > maxBytes)
                    throw TooLarge(current, maxBytes);
                var body = await ReadBodyAsync(response.Content, current, maxBytes, truncate, token).ConfigureAwait(false);
                return new RawResponse(current, status, contentType?.MediaType, contentType?.CharSet, body,
                    response.Headers.ETag?.ToString(), response.Content.Headers.LastModified);
            }
        }
        catch (FetchException)
        {
            throw;
        }
        catch (Exception e) when (FindFetchException(e) is { } inner)
        {
            throw new FetchException(inner.Failure, inner.Url ?? current, inner.Message, e);
        }
        catch (OperationCanceledException e) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new FetchException(FetchFailure.Timeout, current, $"{current} did not answer within {settings.Timeout.TotalSeconds:0.#} s.", e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new FetchException(FetchFailure.Timeout, current, $"{current} did not answer within {settings.Timeout.TotalSeconds:0.#} s.", e);
        }
        catch (BrokenCircuitException e)
        {
            throw new FetchException(FetchFailure.Unreachable, current, $"{current.Host} failed too often lately; not asked again yet.", e);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new FetchException(FetchFailure.Unreachable, current, $"{current} could not be reached: {e.Message}", e);
        }
    }

    private async Task<RobotsFetchResult> FetchRobotsAsync(Uri robotsUrl, CancellationToken cancellationToken)
    {
        try
        {
            var response = await FetchAsync(robotsUrl, "text/plain,*/*;q=0.5", FeedValidators.None, checkRobots: false,
                RobotsMaxBytes, truncate: true, cancellationToken).ConfigureAwait(false);
            return new RobotsFetchResult(response.StatusCode, Encoding.UTF8.GetString(response.Body));
        }
        catch (FetchException e) when (e.Failure == FetchFailure.UpstreamError && e.UpstreamStatusCode is { } code)
        {
            return new RobotsFetchResult(code, null);
        }
        catch (FetchException e) when (e.Failure is FetchFailure.RefusedAddress or FetchFailure.InvalidUrl)
        {
            return new RobotsFetchResult(0, null, Refused: true);
        }
        catch (FetchException e)
        {
            logger.LogInformation("robots.txt at {Url} unavailable ({Failure}); treating the host as disallowed for now", robotsUrl, e.Failure);
            return new RobotsFetchResult(0, null, Unreachable: true, Reason: e.Message);
        }
    }

    /// <summary>Reads at most <paramref name="maxBytes"/> decompressed bytes, whatever Content-Length claimed.</summary>
    private static async Task<byte[]> ReadBodyAsync(HttpContent content, Uri url, long maxBytes, bool truncate, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                    break;
                if (buffer.Length + read > maxBytes)
                {
                    if (!truncate)
                        throw TooLarge(url, maxBytes);
                    buffer.Write(chunk, 0, (int)(maxBytes - buffer.Length));
                    break;
                }
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }

    private static FetchException TooLarge(Uri url, long maxBytes) =>
        new(FetchFailure.TooLarge, url, $"{url} is larger than the limit of {maxBytes} bytes.");

    internal static FetchException? FindFetchException(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is FetchException fetch)
                return fetch;
        return null;
    }

    private static bool SniffHtml(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 1024)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n', 'ï', '»', '¿');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<head", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase);
    }
}
