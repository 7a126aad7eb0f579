using DeepSeekNews.Api.Data;
using DeepSeekNews.Ingestion.Extraction;
using DeepSeekNews.Ingestion.Fetching;
using DeepSeekNews.Ingestion.Text;
using Microsoft.EntityFrameworkCore;

namespace DeepSeekNews.Api.Scheduling;

/// <summary>The page held no article text to analyse (answered with 422).</summary>
public sealed class EmptyArticleException(Uri url)
    : Exception($"No article text could be extracted from {url}: the page holds no paragraphs of body text.")
{
    public Uri Url { get; } = url;
}

/// <summary>
/// Brings one article in from the web: fetch (SSRF-guarded, size- and time-limited), extract with AngleSharp,
/// analyse and store once. An article whose URL is already stored is answered without fetching it again.
/// </summary>
public sealed class WebArticleImporter(
    ArticleFetcher fetcher,
    ArticleExtractor extractor,
    ArticleImporter importer,
    DeepSeekNewsDbContext db,
    ILogger<WebArticleImporter> logger)
{
    /// <param name="fallbackPublished">A date to use when the page names none (the feed item's date).</param>
    /// <exception cref="FetchException">The page could not be fetched; its StatusCode is the API's answer.</exception>
    /// <exception cref="EmptyArticleException">The page has no article text.</exception>
    public async Task<ImportResult> ImportAsync(Uri url, DateTimeOffset? fallbackPublished, CancellationToken cancellationToken)
    {
        if (await FindStoredAsync(url, cancellationToken) is { } stored)
        {
            return new ImportResult(stored, Created: false);
        }

        var page = await fetcher.FetchPageAsync(url, cancellationToken);
        var extracted = extractor.Extract(page.Html, page.FinalUrl, fallbackPublished);
        if (string.IsNullOrWhiteSpace(extracted.Text))
        {
            throw new EmptyArticleException(page.FinalUrl);
        }
        logger.LogInformation("Extracted {Url}: {Characters} characters, body from {BodySource}, date from {PublishedSource}",
            page.FinalUrl, extracted.Text.Length, extracted.BodySource, extracted.PublishedSource ?? "nowhere");
        return await importer.ImportAsync(ToNewArticle(extracted, url, page.FinalUrl), cancellationToken);
    }

    /// <summary>The stored article that <paramref name="url"/> (as given, or in canonical form) already names.</summary>
    public async Task<Article?> FindStoredAsync(Uri url, CancellationToken cancellationToken)
    {
        var given = url.AbsoluteUri;
        var canonical = UrlCanonicalizer.TryCanonicalize(given);
        return await db.Articles.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Url == given || (canonical != null && a.CanonicalUrl == canonical), cancellationToken);
    }

    /// <summary>What extraction found, as an article to store. <paramref name="requested"/> is kept as its URL.</summary>
    public static NewArticle ToNewArticle(ExtractedArticle extracted, Uri? requested, Uri? finalUrl) => new(
        extracted.Text,
        Title: extracted.Title,
        Url: requested?.AbsoluteUri,
        PublishedAt: extracted.Published,
        Language: extracted.Language is "ar" or "en" ? extracted.Language : null,
        Author: extracted.Author,
        SiteName: extracted.SiteName,
        CanonicalUrl: CanonicalUrl(extracted.CanonicalUrl, finalUrl ?? requested));

    /// <summary>
    /// The page's own canonical link, unless it points at a site's home page while the article lives deeper (a
    /// common misconfiguration that would make every story of the site one); else where the fetch ended.
    /// </summary>
    private static string? CanonicalUrl(string? declared, Uri? fetched)
    {
        var fromPage = UrlCanonicalizer.TryCanonicalize(declared);
        var fromFetch = fetched is null ? null : UrlCanonicalizer.TryCanonicalize(fetched.AbsoluteUri);
        if (fromPage is not null && fromFetch is not null && new Uri(fromPage).AbsolutePath == "/" && new Uri(fromFetch).AbsolutePath != "/")
        {
            return fromFetch;
        }
        return fromPage ?? fromFetch;
    }
}
