using System.Text;
using AngleSharp.Dom;

namespace DeepSeekNews.Ingestion.Extraction;

/// <summary>One line of extracted text and how much of it was link text.</summary>
internal readonly record struct TextBlock(string Text, int LinkChars, IElement? Element)
{
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}

/// <summary>
/// Turns a DOM subtree into paragraphs the way a reader sees them: block elements and &lt;br&gt;
/// break lines, runs of whitespace collapse to one space, link text is counted per line.
/// </summary>
internal static class TextBlocks
{
    internal static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CENTER", "DD", "DETAILS", "DIALOG", "DIR", "DIV", "DL", "DT",
        "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HGROUP",
        "HR", "LI", "MAIN", "MENU", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT",
        "TH", "THEAD", "TR", "UL", "CAPTION", "LEGEND",
    };

    public static List<TextBlock> Collect(IEnumerable<INode> roots)
    {
        var blocks = new List<TextBlock>();
        var state = new State(blocks);
        foreach (var root in roots)
        {
            Walk(root, state, inLink: false);
            state.Flush();
        }
        return blocks;
    }

    public static List<TextBlock> Collect(INode root) => Collect([root]);

    /// <summary>Text with whitespace collapsed and no line structure (for scoring).</summary>
    public static string Flat(INode node)
    {
        var text = node.TextContent;
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static void Walk(INode node, State state, bool inLink)
    {
        switch (node)
        {
            case IText text:
                state.Append(text.Data, inLink);
                return;
            case IElement element:
                var tag = element.TagName;
                if (tag == "BR")
                {
                    state.Flush();
                    return;
                }
                var block = BlockTags.Contains(tag);
                if (block)
                    state.Flush(element);
                var link = inLink || tag == "A";
                if (block)
                    state.Open(element);
                for (var child = element.FirstChild; child is not null; child = child.NextSibling)
                    Walk(child, state, link);
                if (block)
                    state.Flush(element);
                return;
        }
    }

    private sealed class State(List<TextBlock> blocks)
    {
        private readonly StringBuilder _line = new();
        private int _linkChars;
        private bool _space;
        private IElement? _element;

        public void Open(IElement element) => _element = element;

        public void Append(string data, bool inLink)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u200B')
                {
                    _space = _line.Length > 0;
                    continue;
                }
                if (_space)
                {
                    _line.Append(' ');
                    if (inLink)
                        _linkChars++;
                    _space = false;
                }
                _line.Append(c);
                if (inLink)
                    _linkChars++;
            }
        }

        public void Flush(IElement? next = null)
        {
            if (_line.Length > 0)
                blocks.Add(new TextBlock(_line.ToString(), _linkChars, _element));
            _line.Clear();
            _linkChars = 0;
            _space = false;
            if (next is not null)
                _element = next;
        }
    }
}
