using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DeepSeekNews.Ingestion.Text;

namespace DeepSeekNews.Ingestion.Extraction;

/// <summary>
/// Pulls the article out of an HTML page: its body text (one paragraph per line) and its metadata.
/// Stateless and thread-safe; one instance serves the whole process.
/// </summary>
public sealed partial class ArticleExtractor
{
    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsKeepingSourceReferences = false,
        IsScripting = false,
    };

    /// <param name="html">The decoded page.</param>
    /// <param name="url">Where the page came from; resolves relative canonical and image URLs.</param>
    /// <param name="fallbackPublished">A date to use when the page names none (a feed item's date).</param>
    public ExtractedArticle Extract(string html, Uri? url = null, DateTimeOffset? fallbackPublished = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser(ParserOptions);
        using var document = parser.ParseDocument(html);

        var metadata = Metadata.Read(document, url);
        var published = metadata.Published;
        var publishedSource = metadata.PublishedSource;
        // Visible dates are looked for before pruning, which removes bylines and date lines.
        DateTimeOffset? visible = published is null ? Metadata.VisibleDate(document, metadata.Title + " " + metadata.Description + " " + Sample(document)) : null;
        var author = metadata.Author ?? Metadata.VisibleAuthor(document);

        var lines = WithoutByline(MainTextExtractor.Extract(document, () => parser.ParseDocument(html), metadata.Description), author);
        var (text, source) = ChooseBody(lines, metadata.ArticleBody);
        if (published is null && visible is not null)
            (published, publishedSource) = (visible, "visible");
        if (published is null && fallbackPublished is not null)
            (published, publishedSource) = (fallbackPublished, "feed");

        return new ExtractedArticle
        {
            Text = text,
            Title = metadata.Title,
            Published = published,
            PublishedSource = publishedSource,
            Modified = metadata.Modified,
            Author = author,
            SiteName = metadata.SiteName ?? url?.Host,
            CanonicalUrl = metadata.CanonicalUrl,
            Language = LanguageGuesser.Guess(text.Length > 0 ? text : metadata.Title ?? "", metadata.DeclaredLanguage),
            Description = metadata.Description,
            Image = metadata.Image,
            BodySource = source,
        };
    }

    /// <summary>A line that only names the author («كريم المصري», "By Jane Doe") is the byline, not the article.</summary>
    private static List<string> WithoutByline(List<string> lines, string? author)
    {
        if (author is null)
            return lines;
        return lines.Where(line => line.Length > author.Length + 12 || Metadata.CleanAuthor(line) != author).ToList();
    }

    /// <summary>A few thousand characters of the page's text, enough to tell its script.</summary>
    private static string Sample(AngleSharp.Dom.IDocument document)
    {
        var text = document.Body?.TextContent ?? "";
        return text.Length > 4000 ? text[..4000] : text;
    }

    /// <summary>Extracts from raw bytes, decoding them by header charset, BOM, meta or detection.</summary>
    public ExtractedArticle Extract(ReadOnlySpan<byte> bytes, string? headerCharset = null, Uri? url = null, DateTimeOffset? fallbackPublished = null) =>
        Extract(CharsetDecoder.Decode(bytes, headerCharset).Text, url, fallbackPublished);

    /// <summary>Extracts a saved page (the batch entry point of the <c>extract</c> command and the measuring tools).</summary>
    public ExtractedArticle ExtractFile(string path, Uri? url = null) => Extract(File.ReadAllBytes(path), null, url);

    /// <summary>
    /// JSON-LD articleBody is taken when it is whole (not cut off with an ellipsis) and the page's
    /// own paragraphs miss a good part of it; otherwise the page's paragraphs, which keep the line
    /// structure that articleBody usually flattens.
    /// </summary>
    private static (string Text, string Source) ChooseBody(List<string> lines, string? articleBody)
    {
        var dom = string.Join('\n', lines);
        if (string.IsNullOrWhiteSpace(articleBody))
            return (dom, "dom");
        var body = CleanArticleBody(articleBody);
        var bodyWords = Words(body);
        if (bodyWords.Values.Sum() < 30 || LooksTruncated(body))
            return (dom, "dom");
        var domWords = Words(dom);
        var covered = Overlap(bodyWords, domWords) / (double)bodyWords.Values.Sum();
        if (covered >= 0.8)
            return (dom, "dom");
        return (body, "json-ld");
    }

    private static string CleanArticleBody(string articleBody)
    {
        var text = articleBody.Contains('<') ? Tag().Replace(BlockBreak().Replace(articleBody, "\n"), " ") : articleBody;
        text = WebUtility.HtmlDecode(text);
        var lines = text.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    private static bool LooksTruncated(string text)
    {
        var end = text.TrimEnd();
        return end.EndsWith("...", StringComparison.Ordinal) || end.EndsWith('…') || end.EndsWith("[…]", StringComparison.Ordinal);
    }

    private static Dictionary<string, int> Words(string text)
    {
        var bag = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Word().Matches(text))
            bag[m.Value] = bag.GetValueOrDefault(m.Value) + 1;
        return bag;
    }

    private static int Overlap(Dictionary<string, int> a, Dictionary<string, int> b) =>
        a.Sum(p => Math.Min(p.Value, b.GetValueOrDefault(p.Key)));

    [GeneratedRegex(@"<(?:br|/p|/div|/h\d|/li)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockBreak();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\r\f\v\u00A0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
