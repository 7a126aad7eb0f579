using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using DeepSeekNews.Ingestion.Feeds;

namespace DeepSeekNews.Ingestion.Extraction;

/// <summary>Page metadata before the body is known (the language needs the body text too).</summary>
internal sealed record PageMetadata(
    string? Title,
    DateTimeOffset? Published,
    string? PublishedSource,
    DateTimeOffset? Modified,
    string? Author,
    string? SiteName,
    string? CanonicalUrl,
    string? DeclaredLanguage,
    string? Description,
    string? Image,
    string? ArticleBody);

/// <summary>
/// Reads metadata in order of trust: JSON-LD article, then Open Graph and article:* properties,
/// then other meta tags, then &lt;time&gt; elements, then dates printed in Arabic on the page.
/// </summary>
internal static partial class Metadata
{
    private static readonly string[] PublishedMetaNames =
    [
        "article:published_time", "og:published_time", "article:published", "datepublished", "pubdate", "publishdate",
        "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created",
        "sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate", "citation_publication_date",
        "displaydate", "timestamp", "pub_date", "release_date",
    ];

    private static readonly string[] ModifiedMetaNames =
    [
        "article:modified_time", "og:updated_time", "article:modified", "datemodified", "last-modified", "dcterms.modified", "article.updated", "lastmod",
    ];

    public static PageMetadata Read(IDocument document, Uri? pageUrl)
    {
        var ld = JsonLd.Read(document);
        var meta = MetaTags(document);

        var baseUrl = pageUrl;
        var canonical = Absolute(document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href"), baseUrl)
                        ?? Absolute(Get(meta, "og:url"), baseUrl)
                        ?? Absolute(ld?.Url, baseUrl)
                        ?? pageUrl?.AbsoluteUri;
        baseUrl ??= canonical is null ? null : new Uri(canonical);

        var siteName = Get(meta, "og:site_name") ?? ld?.Publisher ?? Get(meta, "application-name") ?? Get(meta, "publisher")
                       ?? TwitterHandle(Get(meta, "twitter:site"));
        var title = CleanTitle(ld?.Headline ?? Get(meta, "og:title") ?? Get(meta, "twitter:title")
                               ?? Text(document.QuerySelector("h1")) ?? Text(document.QuerySelector("title")), siteName, document);

        var (published, source) = FirstDate(
            (ld?.DatePublished, "json-ld"),
            (Get(meta, PublishedMetaNames), "meta"),
            (Attr(document.QuerySelector("[itemprop='datePublished' i]"), "content", "datetime"), "meta"),
            (TimeElement(document), "time"));
        var modified = ParseDate(ld?.DateModified) ?? ParseDate(Get(meta, ModifiedMetaNames))
                       ?? ParseDate(Attr(document.QuerySelector("[itemprop='dateModified' i]"), "content", "datetime"));

        var author = ld?.Author ?? Get(meta, "author") ?? Get(meta, "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl")
                     ?? Text(document.QuerySelector("[itemprop='author' i] [itemprop='name' i], [itemprop='author' i], [rel~='author' i]"));
        author = CleanAuthor(author);

        var language = document.DocumentElement?.GetAttribute("lang") ?? document.DocumentElement?.GetAttribute("xml:lang")
                       ?? Get(meta, "content-language", "og:locale", "language", "dc.language") ?? ld?.Language;

        return new PageMetadata(
            title,
            published,
            published is null ? null : source,
            modified,
            author,
            siteName?.Trim(),
            canonical,
            language,
            Get(meta, "og:description") ?? Get(meta, "description") ?? ld?.Description ?? Get(meta, "twitter:description"),
            Absolute(Get(meta, "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src") ?? ld?.Image
                     ?? document.QuerySelector("link[rel~='image_src' i]")?.GetAttribute("href"), baseUrl),
            ld?.ArticleBody);
    }

    /// <summary>Dates printed on the page, looked for first where the page marks a date, then anywhere.</summary>
    public static DateTimeOffset? VisibleDate(IDocument document, string articleText)
    {
        // Only Arabic dates are read this way; a page without Arabic text has none to find.
        if (!articleText.Any(c => c is >= '\u0600' and <= '\u06FF'))
            return null;
        // A header's «today» date comes before the headline; the article's own date follows it.
        var headline = document.QuerySelector("h1");
        DateTimeOffset? beforeHeadline = null;
        foreach (var element in document.QuerySelectorAll("[class*='date' i],[class*='time' i],[id*='date' i],[class*='publish' i],[class*='posted' i],[class*='meta' i]"))
        {
            if (element.Children.Length > 4 || ClassNames.Words(element).Any(w => w is "today" or "current" or "now" or "clock"))
                continue;
            var text = element.TextContent;
            if (text.Length > 300)
                continue;
            if (ArabicDates.Find(text) is not { } date)
                continue;
            if (headline is null || IsAfter(element, headline))
                return date;
            beforeHeadline ??= date;
        }
        if (beforeHeadline is not null)
            return beforeHeadline;
        // An article's date sits near its top; the first stretch of the page is enough to look through.
        var body = document.Body?.TextContent;
        return body is null ? null : ArabicDates.Find(body.Length > 20000 ? body[..20000] : body);
    }

    /// <summary>
    /// A byline printed on the page («كتب محمود عبد الحليم», «بقلم: …», "By …") in an element named for
    /// the author, for pages whose markup names none: two to five words, no digits.
    /// </summary>
    public static string? VisibleAuthor(IDocument document)
    {
        var hasArticle = document.QuerySelector("article, main") is not null;
        foreach (var element in document.QuerySelectorAll("[class*='author' i],[class*='byline' i],[class*='writer' i],[class*='writeby' i],[class*='kateb' i],[id*='author' i],[id*='byline' i]"))
        {
            // On a page that marks its article, a byline outside it belongs to a sidebar or a teaser.
            if (hasArticle && element.Closest("article, main, [class*='article' i], [class*='story' i], [class*='content' i], [class*='post' i]") is null)
                continue;
            var text = Text(element);
            if (text is null || text.Length > 80 || text.Any(char.IsDigit))
                continue;
            var name = CleanAuthor(text);
            var words = name?.Split(' ').Length ?? 0;
            if (name is not null && words is >= 2 and <= 5)
                return name;
        }
        return null;
    }

    private static bool IsAfter(IElement element, IElement reference) =>
        reference.CompareDocumentPosition(element).HasFlag(DocumentPositions.Following);

    public static DateTimeOffset? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = ArabicDates.ToAsciiDigits(value.Trim());
        if (long.TryParse(text, out var epoch) && text.Length is 10 or 13)
            return text.Length == 10 ? DateTimeOffset.FromUnixTimeSeconds(epoch) : DateTimeOffset.FromUnixTimeMilliseconds(epoch);
        if (IsoDate().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var iso))
            return iso;
        if (FeedParser.ParseDate(text) is { } rfc && text.Any(char.IsLetter))
            return rfc;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var any))
            return any;
        return ArabicDates.Find(text);
    }

    private static (DateTimeOffset?, string?) FirstDate(params (string? Value, string Source)[] candidates)
    {
        foreach (var (value, source) in candidates)
            if (ParseDate(value) is { } date)
                return (date, source);
        return (null, null);
    }

    private static string? TimeElement(IDocument document)
    {
        var time = document.QuerySelector("time[itemprop='datePublished' i], time[pubdate], article time[datetime], time[datetime]");
        return time?.GetAttribute("datetime") ?? Text(time);
    }

    private static Dictionary<string, string> MetaTags(IDocument document)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(content))
                continue;
            tags.TryAdd(key.Trim(), content.Trim());
        }
        return tags;
    }

    private static string? Get(Dictionary<string, string> meta, params string[] keys)
    {
        foreach (var key in keys)
            if (meta.TryGetValue(key, out var value))
                return value;
        return null;
    }

    private static string? Attr(IElement? element, params string[] names)
    {
        if (element is null)
            return null;
        foreach (var name in names)
            if (element.GetAttribute(name) is { Length: > 0 } value)
                return value;
        return element.TextContent.Trim() is { Length: > 0 } text ? text : null;
    }

    private static string? Text(IElement? element)
    {
        if (element is null)
            return null;
        var text = Whitespace().Replace(element.TextContent, " ").Trim();
        return text.Length == 0 ? null : text;
    }

    private static string? Absolute(string? href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
            return null;
        href = href.Trim();
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            return absolute.AbsoluteUri;
        if (baseUrl is not null && Uri.TryCreate(baseUrl, href, out var resolved))
            return resolved.AbsoluteUri;
        return null;
    }

    private static string? TwitterHandle(string? handle) => string.IsNullOrWhiteSpace(handle) ? null : handle.TrimStart('@');

    /// <summary>
    /// Drops a "| Site name" or "- Site name" tail that many pages append to their titles: the site's
    /// name when known, otherwise a tail the page's printed headline does not carry.
    /// </summary>
    private static string? CleanTitle(string? title, string? siteName, IDocument document)
    {
        if (title is null)
            return null;
        title = Whitespace().Replace(System.Net.WebUtility.HtmlDecode(title), " ").Trim();
        foreach (var separator in new[] { " | ", " - ", " – ", " — ", " :: ", " « ", " » " })
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
                continue;
            var tail = title[(at + separator.Length)..].Trim();
            if (siteName is not null && (tail.Equals(siteName, StringComparison.OrdinalIgnoreCase) || siteName.Contains(tail, StringComparison.OrdinalIgnoreCase) || tail.Contains(siteName, StringComparison.OrdinalIgnoreCase)))
                return title[..at].Trim();
            if (siteName is null && tail.Split(' ').Length <= 5 && PrintsHeadline(document, title[..at].Trim(), title))
                return title[..at].Trim();
        }
        return title.Length == 0 ? null : title;
    }

    private static bool PrintsHeadline(IDocument document, string headline, string title)
    {
        if (headline.Length < 15 || document.Body is null)
            return false;
        var text = Whitespace().Replace(document.Body.TextContent, " ");
        return text.Contains(headline, StringComparison.Ordinal) && !text.Contains(title, StringComparison.Ordinal);
    }

    internal static string? CleanAuthor(string? author)
    {
        if (string.IsNullOrWhiteSpace(author))
            return null;
        var text = Whitespace().Replace(author, " ").Trim();
        text = AuthorPrefix().Replace(text, "").Trim();
        if (text.StartsWith("http", StringComparison.OrdinalIgnoreCase) || text.Length > 120)
            return null;
        return text.Length == 0 ? null : text;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?:by|von|par|por|بقلم|كتب|كتبت|إعداد)\s*:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorPrefix();
}
