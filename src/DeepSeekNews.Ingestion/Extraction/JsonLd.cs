using System.Text.Json;
using AngleSharp.Dom;

namespace DeepSeekNews.Ingestion.Extraction;

/// <summary>The article facts of a page's JSON-LD (NewsArticle, Article, BlogPosting …, also inside @graph).</summary>
internal sealed record JsonLdArticle(
    string? Headline,
    string? DatePublished,
    string? DateModified,
    string? Author,
    string? Publisher,
    string? ArticleBody,
    string? Description,
    string? Image,
    string? Url,
    string? Language);

internal static class JsonLd
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    private static readonly string[] ArticleTypes =
    [
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "TechArticle", "ScholarlyArticle", "Report", "SocialMediaPosting",
    ];

    public static JsonLdArticle? Read(IDocument document)
    {
        JsonLdArticle? found = null;
        var siteName = (string?)null;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(script.TextContent.Trim().TrimEnd(';'), Lenient);
            }
            catch (JsonException)
            {
                continue;
            }
            using (json)
            {
                foreach (var node in Nodes(json.RootElement))
                {
                    if (found is null && HasType(node, ArticleTypes))
                        found = ToArticle(node);
                    if (siteName is null && HasType(node, ["WebSite", "NewsMediaOrganization", "Organization"]))
                        siteName = Text(node, "name");
                }
            }
        }
        if (found is not null && found.Publisher is null && siteName is not null)
            found = found with { Publisher = siteName };
        return found ?? (siteName is null ? null : new JsonLdArticle(null, null, null, null, siteName, null, null, null, null, null));
    }

    private static IEnumerable<JsonElement> Nodes(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var node in Nodes(item))
                    yield return node;
            yield break;
        }
        if (element.ValueKind != JsonValueKind.Object)
            yield break;
        yield return element;
        if (element.TryGetProperty("@graph", out var graph))
            foreach (var node in Nodes(graph))
                yield return node;
        if (element.TryGetProperty("mainEntity", out var main) && main.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            foreach (var node in Nodes(main))
                yield return node;
    }

    private static bool HasType(JsonElement node, string[] types)
    {
        if (!node.TryGetProperty("@type", out var type))
            return false;
        if (type.ValueKind == JsonValueKind.String)
            return types.Contains(type.GetString(), StringComparer.OrdinalIgnoreCase);
        if (type.ValueKind == JsonValueKind.Array)
            return type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && types.Contains(t.GetString(), StringComparer.OrdinalIgnoreCase));
        return false;
    }

    private static JsonLdArticle ToArticle(JsonElement node) => new(
        Text(node, "headline") ?? Text(node, "name"),
        Text(node, "datePublished") ?? Text(node, "dateCreated"),
        Text(node, "dateModified"),
        Names(node, "author") ?? Names(node, "creator"),
        Names(node, "publisher") ?? Names(node, "sourceOrganization"),
        Text(node, "articleBody") ?? Text(node, "text"),
        Text(node, "description"),
        Url(node, "image") ?? Url(node, "thumbnailUrl"),
        Url(node, "url") ?? Url(node, "mainEntityOfPage"),
        Text(node, "inLanguage"));

    private static string? Text(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value))
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => NullIfBlank(value.GetString()),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s)),
            JsonValueKind.Object => Text(value, "name") ?? Text(value, "@value"),
            _ => null,
        };
    }

    /// <summary>Author and publisher come as a string, an object with a name, or an array of either.</summary>
    private static string? Names(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value))
            return null;
        var names = new List<string>();
        void Add(JsonElement v)
        {
            if (v.ValueKind == JsonValueKind.String && NullIfBlank(v.GetString()) is { } s && !s.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                names.Add(s);
            else if (v.ValueKind == JsonValueKind.Object && Text(v, "name") is { } n)
                names.Add(n);
            else if (v.ValueKind == JsonValueKind.Array)
                foreach (var item in v.EnumerateArray())
                    Add(item);
        }
        Add(value);
        var distinct = names.Select(n => n.Trim()).Distinct().ToList();
        return distinct.Count == 0 ? null : string.Join(", ", distinct);
    }

    private static string? Url(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value))
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => NullIfBlank(value.GetString()),
            JsonValueKind.Object => Text(value, "url") ?? Text(value, "@id") ?? Text(value, "contentUrl"),
            JsonValueKind.Array => value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind == JsonValueKind.Object ? Text(v, "url") ?? Text(v, "@id") : null).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s)),
            _ => null,
        };
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
