using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace DeepSeekNews.Ingestion.Extraction;

/// <summary>
/// Finds the article body in a parsed page. Page furniture is removed first (scripts, forms,
/// navigation, and elements whose class or id name furniture); paragraphs then vote for their
/// ancestors by length and commas, the best-scored container wins, its high-scoring siblings join
/// it, and its text is read paragraph by paragraph, leaving out link lists and stray labels.
/// </summary>
internal static class MainTextExtractor
{
    private static readonly HashSet<string> AlwaysRemoved = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "video", "audio",
        "button", "input", "select", "textarea", "label", "nav", "aside", "footer", "dialog", "menu",
        "link", "meta", "map", "picture", "source", "math", "figcaption", "marquee",
    };

    private static readonly HashSet<string> NeverText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "video", "audio",
        "button", "input", "select", "textarea", "link", "meta", "map", "source", "math",
    };

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.Ordinal)
    {
        "navigation", "complementary", "banner", "contentinfo", "dialog", "alert",
    };

    private static readonly HashSet<string> ParagraphTags = new(StringComparer.OrdinalIgnoreCase) { "P", "PRE", "TD", "BLOCKQUOTE" };

    private static readonly HashSet<string> DivLike = new(StringComparer.OrdinalIgnoreCase) { "DIV", "SECTION", "ARTICLE", "CENTER", "MAIN" };

    /// <summary>Below this many characters a result is suspect and a gentler second pass is tried.</summary>
    private const int ShortResult = 500;

    /// <param name="document">The parsed page; it is pruned in place.</param>
    /// <param name="reparse">Parses the page again for a second, gentler pass.</param>
    /// <param name="description">The page's meta description, whose paragraph anchors the body.</param>
    public static List<string> Extract(IHtmlDocument document, Func<IHtmlDocument> reparse, string? description)
    {
        var body = document.Body;
        if (body is null)
            return [];
        Prune(body, aggressive: true);
        var lines = ExtractFrom(body, description);
        if (lines.Sum(l => l.Length) >= ShortResult)
            return lines;

        // Some pages keep the article where furniture usually is (a slideshow in an aside, a
        // transcript in a footer); read them again without removing by tag or class name.
        using var again = reparse();
        if (again.Body is null)
            return lines;
        Prune(again.Body, aggressive: false);
        var second = ExtractFrom(again.Body, description);
        return second.Sum(l => l.Length) > lines.Sum(l => l.Length) ? second : lines;
    }

    /// <summary>Removes what is never article text; when <paramref name="aggressive"/>, also furniture by tag and by class or id names.</summary>
    internal static void Prune(IElement root, bool aggressive)
    {
        // One walk over the tree instead of a CSS query per rule: parsing selectors and matching them
        // against every element again cost more than the rules themselves.
        var tags = aggressive ? AlwaysRemoved : NeverText;
        foreach (var element in root.Descendants<IElement>().Where(e => tags.Contains(e.LocalName) || IsHidden(e)).ToList())
            element.Remove();
        var lengths = TextLengths.Measure(root);
        var total = Math.Max(1, lengths.Text(root));
        // Search boxes and sign-up forms go; a form wrapping the whole page (ASP.NET WebForms) stays.
        var forms = root.Descendants<IElement>().Where(e => e.LocalName == "form" && lengths.Text(e) * 5 <= total * 2).ToList();
        foreach (var form in forms)
            form.Remove();
        if (!aggressive)
            return;
        if (forms.Count > 0)
            lengths = TextLengths.Measure(root);

        IElement? removed = null;
        foreach (var element in root.Descendants<IElement>().Where(e => e.HasAttribute("class") || e.HasAttribute("id")).ToList())
        {
            // Elements come in document order: what lies inside a removed element is gone already.
            if (removed is not null && removed.Contains(element))
                continue;
            if (element.TagName is "BODY" or "HTML" or "MAIN" or "ARTICLE")
                continue;
            if (!ClassNames.IsBoilerplate(element))
                continue;
            // A wrapper named for furniture that still holds most of the page is a badly named
            // container of the article (e.g. class="page-with-sidebar"); keep it.
            if (lengths.Text(element) * 5 > total * 2)
                continue;
            element.Remove();
            removed = element;
        }
    }

    /// <summary>Hidden from readers (hidden, aria-hidden, display:none, visibility:hidden) or an ARIA furniture role.</summary>
    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
            return true;
        if (element.GetAttribute("aria-hidden") == "true")
            return true;
        if (element.GetAttribute("role") is { } role && FurnitureRoles.Contains(role))
            return true;
        if (element.GetAttribute("style") is not { } style)
            return false;
        style = style.Replace(" ", "");
        return style.Contains("display:none", StringComparison.OrdinalIgnoreCase) || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    private static List<string> ExtractFrom(IElement body, string? description)
    {
        var scores = new Dictionary<IElement, double>();
        var lead = Lead(description);
        IElement? leadParagraph = null;
        foreach (var (paragraph, text, first) in Paragraphs(body))
        {
            if (leadParagraph is null && lead is not null && Lead(text) == lead)
                leadParagraph = paragraph;
            // Commas mark running prose; capped by length so that a dateline's commas do not outvote a paragraph.
            var score = 1.0 + Math.Min(Commas(text), 1 + text.Length / 40.0) + Math.Min(text.Length / 100.0, 3.0);
            var ancestor = first;
            for (var level = 0; ancestor is not null && level < 5; level++, ancestor = ancestor.ParentElement)
            {
                if (ancestor.TagName is "HTML")
                    break;
                scores.TryAdd(ancestor, 0);
                var divider = level switch { 0 => 1.0, 1 => 2.0, _ => level * 3.0 };
                scores[ancestor] += score / divider;
            }
        }
        if (scores.Count == 0)
            return Clean(TextBlocks.Collect(body));

        IElement? top = null;
        var best = double.MinValue;
        var lengths = TextLengths.Measure(body);
        foreach (var (element, score) in scores)
        {
            var final = (score + TagBonus(element)) * ClassFactor(element) * (1 - lengths.LinkDensity(element));
            scores[element] = final;
            if (final > best)
            {
                best = final;
                top = element;
            }
        }

        top = PromoteToCommonAncestor(top!, scores, best);
        top = PreferLeadParagraph(top, leadParagraph, scores, best);
        var parts = WithSiblings(top, scores, scores.GetValueOrDefault(top, best), lengths);
        return Clean(TextBlocks.Collect(parts));
    }

    /// <summary>
    /// The paragraphs that vote, each with the first element that receives its vote: p, pre, td and
    /// blockquote vote for their parent; a div of inline text votes for its parent too, unless
    /// &lt;br&gt; cuts it into paragraphs, in which case each piece votes for the div itself, which
    /// then competes as the article container it is.
    /// </summary>
    private static IEnumerable<(IElement Paragraph, string Text, IElement? First)> Paragraphs(IElement body)
    {
        foreach (var element in body.Descendants<IElement>())
        {
            if (ParagraphTags.Contains(element.TagName) && !(element.TagName == "TD" && IsBrokenByLines(element)))
            {
                var text = TextBlocks.Flat(element);
                if (text.Length >= MinParagraph)
                    yield return (element, text, element.ParentElement);
                continue;
            }
            if (!(DivLike.Contains(element.TagName) || element.TagName == "TD") || !HasDirectText(element) || HasBlockChild(element))
                continue;
            if (LineBreaks(element) == 0)
            {
                var text = TextBlocks.Flat(element);
                if (text.Length >= MinParagraph)
                    yield return (element, text, element.ParentElement);
                continue;
            }
            foreach (var piece in TextBlocks.Collect(element))
                if (piece.Text.Length >= MinParagraph && piece.LinkDensity < 0.5)
                    yield return (element, piece.Text, element);
        }
    }

    private const int MinParagraph = 25;

    /// <summary>A table cell of old layouts that holds a whole article, its paragraphs cut by &lt;br&gt;.</summary>
    private static bool IsBrokenByLines(IElement cell) => !HasBlockChild(cell) && LineBreaks(cell) >= 2;

    private static int LineBreaks(IElement element) => element.Descendants<IElement>().Count(e => e.LocalName == "br");

    private static bool HasDirectText(IElement element)
    {
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
            if (child is IText text && !string.IsNullOrWhiteSpace(text.Data))
                return true;
            else if (child is IElement { TagName: "A" or "B" or "I" or "EM" or "STRONG" or "SPAN" or "FONT" })
                return true;
        return false;
    }

    private static bool HasBlockChild(IElement element)
    {
        foreach (var child in element.Children)
            if (TextBlocks.BlockTags.Contains(child.TagName) && child.TagName is not ("BR"))
                return true;
        return false;
    }

    /// <summary>Small nudges between containers holding the same paragraphs; paragraphs themselves decide.</summary>
    private static double TagBonus(IElement element) => element.TagName switch
    {
        "DIV" or "ARTICLE" or "MAIN" or "SECTION" => 1,
        "PRE" or "TD" or "BLOCKQUOTE" => 0.5,
        "ADDRESS" or "OL" or "UL" or "DL" or "DD" or "DT" or "LI" or "FORM" => -1,
        "H1" or "H2" or "H3" or "H4" or "H5" or "H6" or "TH" => -2,
        _ => 0,
    };

    /// <summary>
    /// Names scale a container's votes instead of adding to them, so a tiny box called "content"
    /// cannot outscore the article, while between two similar containers the well-named one wins.
    /// </summary>
    private static double ClassFactor(IElement element)
    {
        var factor = 1 + ClassNames.Weight(element) / 50.0;
        if (element.TagName == "ARTICLE" || string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase))
            factor *= 1.25;
        return factor;
    }

    /// <summary>
    /// When the next-best containers share an ancestor with the best one, the article is split
    /// into several blocks (text, an inline ad, more text): take the ancestor that holds them all.
    /// </summary>
    private static IElement PromoteToCommonAncestor(IElement top, Dictionary<IElement, double> scores, double best)
    {
        var alternatives = scores
            .Where(p => p.Key != top && p.Value >= best * 0.75 && !p.Key.Contains(top) && !top.Contains(p.Key))
            .Select(p => p.Key)
            .ToList();
        if (alternatives.Count < 2)
            return top;
        for (var parent = top.ParentElement; parent is not null && parent.TagName != "BODY"; parent = parent.ParentElement)
        {
            var holds = alternatives.Count(parent.Contains);
            if (holds >= 2)
                return parent;
        }
        return top;
    }

    /// <summary>
    /// The meta description is usually the article's first paragraph. When the winner does not hold
    /// that paragraph but a fair contender does, the winner is more likely a list of teasers.
    /// </summary>
    private static IElement PreferLeadParagraph(IElement top, IElement? leadParagraph, Dictionary<IElement, double> scores, double best)
    {
        if (leadParagraph is null || top.Contains(leadParagraph))
            return top;
        IElement? choice = null;
        var choiceScore = best * 0.25;
        for (var ancestor = leadParagraph.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.Contains(top))
                break;
            if (scores.TryGetValue(ancestor, out var score) && score >= choiceScore)
                (choice, choiceScore) = (ancestor, score);
        }
        return choice ?? top;
    }

    /// <summary>The first 60 letters and digits, lower-cased: enough to recognise the lead paragraph.</summary>
    private static string? Lead(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var builder = new System.Text.StringBuilder(60);
        foreach (var c in System.Net.WebUtility.HtmlDecode(text))
        {
            if (!char.IsLetterOrDigit(c))
                continue;
            builder.Append(char.ToLowerInvariant(c));
            if (builder.Length == 60)
                return builder.ToString();
        }
        return null;
    }

    private static List<INode> WithSiblings(IElement top, Dictionary<IElement, double> scores, double topScore, TextLengths lengths)
    {
        var parent = top.ParentElement;
        if (parent is null || parent.TagName is "HTML")
            return [top];
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.GetAttribute("class");
        var parts = new List<INode>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top)
            {
                parts.Add(sibling);
                continue;
            }
            var bonus = !string.IsNullOrEmpty(topClass) && sibling.GetAttribute("class") == topClass ? topScore * 0.2 : 0;
            if (scores.TryGetValue(sibling, out var score) && score + bonus >= threshold)
            {
                parts.Add(sibling);
                continue;
            }
            if (sibling.TagName == "P")
            {
                var text = TextBlocks.Flat(sibling);
                var density = lengths.LinkDensity(sibling);
                if ((text.Length > 80 && density < 0.25) || (text.Length > 0 && density == 0 && EndsSentence(text)))
                    parts.Add(sibling);
            }
        }
        return parts;
    }

    /// <summary>Drops lines that are mostly links, stray labels, and repeated lines.</summary>
    private static List<string> Clean(List<TextBlock> blocks)
    {
        var lines = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            var text = block.Text.Trim();
            if (text.Length == 0)
                continue;
            if (block.LinkDensity > 0.5 && !(text.Length > 100 && block.LinkDensity < 0.8))
                continue;
            if (block.Element?.TagName is "H1")
                continue;
            if (Boilerplate.IsLabel(text) || Boilerplate.IsDateline(text))
                continue;
            if (!seen.Add(text) && text.Length < 200)
                continue;
            lines.Add(text);
        }
        return lines;
    }

    /// <summary>
    /// Text and link-text lengths of every element, measured in one walk: pruning and scoring ask for the
    /// size and link density of hundreds of nested containers, and reading each one's text again made
    /// extraction quadratic in the page's depth.
    /// </summary>
    private sealed class TextLengths
    {
        private readonly Dictionary<IElement, (int Text, int Links)> _lengths = new();

        public static TextLengths Measure(IElement root)
        {
            var lengths = new TextLengths();
            lengths.Walk(root);
            return lengths;
        }

        /// <summary>The characters of the element's text, as <c>TextContent.Length</c> counts them.</summary>
        public int Text(IElement element) => _lengths[element].Text;

        /// <summary>The share of the element's text inside links, at most 1.</summary>
        public double LinkDensity(IElement element)
        {
            var (text, links) = _lengths[element];
            return text == 0 ? 0 : Math.Min(1.0, (double)links / text);
        }

        private (int Text, int Links) Walk(IElement element)
        {
            var text = 0;
            var links = 0;
            for (var child = element.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is IText node)
                {
                    text += node.Data.Length;
                }
                else if (child is IElement inner)
                {
                    var (innerText, innerLinks) = Walk(inner);
                    text += innerText;
                    // A link's whole text counts, and so do links nested inside it, as QuerySelectorAll("a") counts them.
                    links += innerLinks + (inner.TagName == "A" ? innerText : 0);
                }
            }
            _lengths[element] = (text, links);
            return (text, links);
        }
    }

    private static int Commas(string text)
    {
        var count = 0;
        foreach (var c in text)
            if (c is ',' or '،' or '，' or '、')
                count++;
        return count;
    }

    internal static bool EndsSentence(string text)
    {
        var last = text.TrimEnd('"', '\'', '”', '’', '»', ')', ' ');
        return last.Length > 0 && last[^1] is '.' or '!' or '?' or '؟' or '。' or ':' or '…';
    }
}
