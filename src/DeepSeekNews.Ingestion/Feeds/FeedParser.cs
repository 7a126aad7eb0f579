using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using DeepSeekNews.Ingestion.Text;

namespace DeepSeekNews.Ingestion.Feeds;

/// <summary>Reads RSS 2.0, RSS 1.0 (RDF) and Atom without trusting DTDs or external entities.</summary>
public static partial class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>True when the first bytes open an rss, feed or rdf:RDF root, whatever the Content-Type said.</summary>
    public static bool LooksLikeFeed(ReadOnlySpan<byte> body)
    {
        CharsetDecoder.EnsureCodePages();
        var head = DecodeHead(body);
        return FeedRoot().IsMatch(head);
    }

    public static Feed Parse(byte[] body, Uri? baseUrl = null)
    {
        XDocument document;
        try
        {
            document = Load(body);
        }
        catch (XmlException e)
        {
            throw new FeedFormatException($"The feed is not well-formed XML: {e.Message}", e);
        }
        var root = document.Root ?? throw new FeedFormatException("The feed is empty.");
        return root.Name.LocalName switch
        {
            "rss" => ParseRss2(root, baseUrl),
            "RDF" when root.Name.Namespace == Rdf => ParseRss1(root, baseUrl),
            "feed" when root.Name.Namespace == Atom => ParseAtom(root, baseUrl),
            _ => throw new FeedFormatException($"Unknown feed root <{root.Name.LocalName}>."),
        };
    }

    public static Feed Parse(string xml, Uri? baseUrl = null) => Parse(Encoding.UTF8.GetBytes(StripXmlEncoding(xml)), baseUrl);

    private static Feed ParseRss2(XElement root, Uri? baseUrl)
    {
        var channel = root.Element("channel") ?? throw new FeedFormatException("An RSS feed without <channel>.");
        var link = ResolveLink(channel.Element("link")?.Value, baseUrl);
        var items = channel.Elements("item").Select(item =>
        {
            var guid = Clean(item.Element("guid")?.Value);
            var itemLink = ResolveLink(item.Element("link")?.Value, link ?? baseUrl);
            // A permalink guid is the article's address when <link> is missing.
            if (itemLink is null && guid is not null && (string?)item.Element("guid")?.Attribute("isPermaLink") != "false")
                itemLink = ResolveLink(guid, link ?? baseUrl);
            return new FeedItem(
                Clean(item.Element("title")?.Value),
                itemLink,
                guid,
                ParseDate(item.Element("pubDate")?.Value) ?? ParseDate(item.Element(Dc + "date")?.Value),
                Summary(item.Element("description")?.Value ?? item.Element(Content + "encoded")?.Value));
        });
        return new Feed(Clean(channel.Element("title")?.Value), link,
            ParseDate(channel.Element("lastBuildDate")?.Value) ?? ParseDate(channel.Element("pubDate")?.Value) ?? ParseDate(channel.Element(Dc + "date")?.Value),
            Deduplicate(items));
    }

    private static Feed ParseRss1(XElement root, Uri? baseUrl)
    {
        var channel = root.Element(Rss1 + "channel");
        var link = ResolveLink(channel?.Element(Rss1 + "link")?.Value, baseUrl);
        var items = root.Elements(Rss1 + "item").Select(item => new FeedItem(
            Clean(item.Element(Rss1 + "title")?.Value),
            ResolveLink(item.Element(Rss1 + "link")?.Value ?? (string?)item.Attribute(Rdf + "about"), link ?? baseUrl),
            Clean((string?)item.Attribute(Rdf + "about")),
            ParseDate(item.Element(Dc + "date")?.Value),
            Summary(item.Element(Rss1 + "description")?.Value ?? item.Element(Content + "encoded")?.Value)));
        return new Feed(Clean(channel?.Element(Rss1 + "title")?.Value), link, ParseDate(channel?.Element(Dc + "date")?.Value), Deduplicate(items));
    }

    private static Feed ParseAtom(XElement root, Uri? baseUrl)
    {
        var feedBase = ResolveBase(root, baseUrl);
        var link = AtomLink(root, feedBase);
        var items = root.Elements(Atom + "entry").Select(entry =>
        {
            var entryBase = ResolveBase(entry, feedBase);
            return new FeedItem(
                Clean(entry.Element(Atom + "title")?.Value),
                AtomLink(entry, entryBase),
                Clean(entry.Element(Atom + "id")?.Value),
                ParseDate(entry.Element(Atom + "published")?.Value) ?? ParseDate(entry.Element(Atom + "updated")?.Value),
                Summary(entry.Element(Atom + "summary")?.Value ?? entry.Element(Atom + "content")?.Value));
        });
        return new Feed(Clean(root.Element(Atom + "title")?.Value), link, ParseDate(root.Element(Atom + "updated")?.Value), Deduplicate(items));
    }

    private static Uri? AtomLink(XElement element, Uri? baseUrl)
    {
        var links = element.Elements(Atom + "link").ToList();
        var alternate = links.FirstOrDefault(l => ((string?)l.Attribute("rel") ?? "alternate") == "alternate"
                                                  && ((string?)l.Attribute("type") is null or "text/html" or "application/xhtml+xml"))
                        ?? links.FirstOrDefault(l => ((string?)l.Attribute("rel") ?? "alternate") == "alternate");
        return ResolveLink((string?)alternate?.Attribute("href"), baseUrl);
    }

    private static Uri? ResolveBase(XElement element, Uri? baseUrl)
    {
        var xmlBase = (string?)element.Attribute(XNamespace.Xml + "base");
        return xmlBase is null ? baseUrl : ResolveLink(xmlBase, baseUrl) ?? baseUrl;
    }

    /// <summary>The first item with a GUID or link already seen is kept; later ones are dropped.</summary>
    private static List<FeedItem> Deduplicate(IEnumerable<FeedItem> items)
    {
        var guids = new HashSet<string>(StringComparer.Ordinal);
        var links = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<FeedItem>();
        foreach (var item in items)
        {
            var linkKey = item.Link is null ? null : UrlCanonicalizer.Canonicalize(item.Link).AbsoluteUri;
            if ((item.Guid is not null && guids.Contains(item.Guid)) || (linkKey is not null && links.Contains(linkKey)))
                continue;
            if (item.Guid is not null)
                guids.Add(item.Guid);
            if (linkKey is not null)
                links.Add(linkKey);
            result.Add(item);
        }
        return result;
    }

    private static Uri? ResolveLink(string? value, Uri? baseUrl)
    {
        var text = Clean(value);
        if (text is null)
            return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
            return absolute;
        if (baseUrl is not null && !text.Contains(':') && Uri.TryCreate(baseUrl, text, out var relative))
            return relative;
        return null;
    }

    /// <summary>RFC 822 dates of RSS (with named zones), and ISO 8601 of Atom and Dublin Core.</summary>
    public static DateTimeOffset? ParseDate(string? value)
    {
        var text = Clean(value);
        if (text is null)
            return null;
        var m = Rfc822().Match(text);
        if (m.Success)
        {
            var zone = m.Groups["zone"].Value;
            var offset = ZoneOffset(zone);
            var core = $"{m.Groups["day"].Value} {m.Groups["month"].Value} {m.Groups["year"].Value} {m.Groups["time"].Value}";
            string[] formats = ["d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm", "d MMM yy HH:mm:ss", "d MMM yy HH:mm"];
            var month = m.Groups["month"].Value;
            core = core.Replace(month, month.Length > 3 ? month[..3] : month);
            if (DateTime.TryParseExact(core, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local) && offset is not null)
                return new DateTimeOffset(local, offset.Value);
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var iso) ? iso : null;
    }

    private static TimeSpan? ZoneOffset(string zone)
    {
        if (zone.Length == 0)
            return TimeSpan.Zero;
        if (zone[0] is '+' or '-' && zone.Length >= 5 && int.TryParse(zone.AsSpan(1, 2), out var h) && int.TryParse(zone.AsSpan(zone.Length - 2), out var mm))
            return (zone[0] == '-' ? -1 : 1) * new TimeSpan(h, mm, 0);
        return zone.ToUpperInvariant() switch
        {
            "GMT" or "UT" or "UTC" or "Z" => TimeSpan.Zero,
            "EST" => TimeSpan.FromHours(-5),
            "EDT" => TimeSpan.FromHours(-4),
            "CST" => TimeSpan.FromHours(-6),
            "CDT" => TimeSpan.FromHours(-5),
            "MST" => TimeSpan.FromHours(-7),
            "MDT" => TimeSpan.FromHours(-6),
            "PST" => TimeSpan.FromHours(-8),
            "PDT" => TimeSpan.FromHours(-7),
            _ => null,
        };
    }

    private static XDocument Load(byte[] body)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CheckCharacters = false,
            MaxCharactersFromEntities = 1024,
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body), settings);
            return XDocument.Load(reader);
        }
        catch (XmlException)
        {
            // Feeds often use HTML entities (&nbsp; &eacute;) that XML does not define: decode
            // them into characters and read again.
            var text = DecodeWhole(body);
            var repaired = HtmlEntity().Replace(StripXmlEncoding(text), m => XmlEntities.Contains(m.Groups[1].Value)
                ? m.Value
                : System.Security.SecurityElement.Escape(WebUtility.HtmlDecode(m.Value)) ?? "");
            using var reader = XmlReader.Create(new StringReader(repaired), settings);
            return XDocument.Load(reader);
        }
    }

    private static readonly HashSet<string> XmlEntities = ["amp", "lt", "gt", "quot", "apos"];

    private static string DecodeWhole(byte[] body)
    {
        var declared = XmlEncoding().Match(DecodeHead(body));
        if (declared.Success && CharsetDecoder.TryGetEncoding(declared.Groups[1].Value, out var encoding))
            return encoding.GetString(body);
        return CharsetDecoder.Decode(body, null).Text;
    }

    private static string DecodeHead(ReadOnlySpan<byte> body)
    {
        var head = body[..Math.Min(body.Length, 2048)];
        if (head.Length >= 2 && (head[0] == 0xFF && head[1] == 0xFE))
            return Encoding.Unicode.GetString(head);
        if (head.Length >= 2 && (head[0] == 0xFE && head[1] == 0xFF))
            return Encoding.BigEndianUnicode.GetString(head);
        return Encoding.Latin1.GetString(head);
    }

    private static string StripXmlEncoding(string xml) => XmlEncoding().Replace(xml, "", 1);

    private static string? Summary(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
            return null;
        var text = WebUtility.HtmlDecode(Tag().Replace(html, " "));
        return Clean(text);
    }

    private static string? Clean(string? value)
    {
        if (value is null)
            return null;
        var text = Whitespace().Replace(value, " ").Trim();
        return text.Length == 0 ? null : text;
    }

    [GeneratedRegex(@"<(?:[A-Za-z_][\w.-]*:)?(?:rss|feed|RDF)\b")]
    private static partial Regex FeedRoot();

    [GeneratedRegex(@"&([A-Za-z][A-Za-z0-9]*);")]
    private static partial Regex HtmlEntity();

    [GeneratedRegex(@"(?<=<\?xml[^>]*?)\s+encoding\s*=\s*[""']([^""']+)[""']")]
    private static partial Regex XmlEncoding();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s*)?(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3,9})\.?\s+(?<year>\d{2,4})\s+(?<time>\d{1,2}:\d{2}(?::\d{2})?)\s*(?<zone>[+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?")]
    private static partial Regex Rfc822();
}
