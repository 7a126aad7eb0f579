namespace DeepSeekNews.Analysis.Quotes;

/// <summary>A stretch of text between quotation marks. Positions index the normalised text.</summary>
internal sealed class QuotedSpan
{
    public int OpenMark { get; init; }

    /// <summary>The closing mark, or -1 when the quote runs to the end of its paragraph unclosed.</summary>
    public int CloseMark { get; set; } = -1;

    /// <summary>The quoted words without the marks and without surrounding spaces.</summary>
    public int ContentStart { get; set; }

    public int ContentEnd { get; set; }

    /// <summary>The opening marks of the paragraphs a quote was carried into; part of the content, not of the quote's text.</summary>
    public List<int> ContinuationMarks { get; } = [];

    public int FirstToken { get; set; } = -1;

    public int LastToken { get; set; } = -1;

    public bool Closed => CloseMark >= 0;

    public int WordCount => FirstToken < 0 ? 0 : LastToken - FirstToken + 1;
}

/// <summary>
/// Pairs quotation marks into spans, paragraph by paragraph. The normalised text folds every mark to <c>"</c>, so the
/// original character decides which side a mark is on: « opens and » closes, “ opens and ” closes, „ opens, ‹ opens
/// and › closes; straight marks pair by position. A mark of another family inside a quote nests. A quote never
/// closed runs to the end of its paragraph, and continues into the next one when that paragraph opens with a mark
/// (the newspaper convention for a quotation of several paragraphs).
/// </summary>
internal static class QuotationMarks
{
    public static List<QuotedSpan> Find(QuoteDocument doc)
    {
        var spans = new List<QuotedSpan>();
        QuotedSpan? carried = null;
        for (var p = 0; p < doc.ParagraphCount; p++)
        {
            var (start, end) = doc.ParagraphRange(p);
            var stack = new List<(char Opener, int Position)>();
            QuotedSpan? outer = null;
            var skip = -1;

            if (carried is not null)
            {
                var first = FirstNonSpace(doc.Value, start, end);
                if (first >= 0 && doc.Value[first] == '"')
                {
                    carried.ContinuationMarks.Add(first);
                    outer = carried;
                    stack.Add((doc.OriginalChar(first), first));
                    skip = first;
                }
                else
                {
                    Finish(doc, carried, spans);
                }
                carried = null;
            }

            for (var k = start; k < end; k++)
            {
                if (doc.Value[k] != '"' || k == skip)
                {
                    continue;
                }
                var c = doc.OriginalChar(k);
                var closes = ClosedEntry(stack, c);
                if (closes >= 0)
                {
                    stack.RemoveRange(closes, stack.Count - closes);
                    if (stack.Count == 0 && outer is not null)
                    {
                        outer.CloseMark = k;
                        outer.ContentEnd = k;
                        Finish(doc, outer, spans);
                        outer = null;
                    }
                    continue;
                }
                if (IsCloserFirst(c) && !HasPartnerLater(doc, c, k + 1, end))
                {
                    continue; // a stray closing mark
                }
                if (stack.Count == 0)
                {
                    outer = new QuotedSpan { OpenMark = k, ContentStart = k + 1, ContentEnd = end };
                }
                stack.Add((c, k));
            }

            if (outer is not null)
            {
                outer.ContentEnd = end;
                carried = outer;
            }
        }
        if (carried is not null)
        {
            Finish(doc, carried, spans);
        }
        spans.Sort((a, b) => a.OpenMark.CompareTo(b.OpenMark));
        return spans;
    }

    /// <summary>Index in the stack of the innermost open quote that <paramref name="mark"/> closes, or -1.</summary>
    private static int ClosedEntry(List<(char Opener, int Position)> stack, char mark)
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            if (Closes(stack[i].Opener, mark))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool Closes(char opener, char mark) => opener switch
    {
        '«' => mark == '»',
        '»' => mark == '«',
        '‹' => mark == '›',
        '›' => mark == '‹',
        '“' or '”' or '„' or '‟' => mark is '”' or '“',
        _ => IsStraight(opener) && IsStraight(mark),
    };

    private static bool IsStraight(char c) => c is '"' or '＂' or '″' or '〝' or '〞' or '〃';

    /// <summary>Marks that normally close; they open only in text written the other way round (»…«).</summary>
    private static bool IsCloserFirst(char c) => c is '»' or '›' or '”';

    private static bool HasPartnerLater(QuoteDocument doc, char opener, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (doc.Value[k] == '"' && Closes(opener, doc.OriginalChar(k)))
            {
                return true;
            }
        }
        return false;
    }

    private static int FirstNonSpace(string value, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!char.IsWhiteSpace(value[k]))
            {
                return k;
            }
        }
        return -1;
    }

    private static void Finish(QuoteDocument doc, QuotedSpan span, List<QuotedSpan> spans)
    {
        while (span.ContentStart < span.ContentEnd && char.IsWhiteSpace(doc.Value[span.ContentStart]))
        {
            span.ContentStart++;
        }
        while (span.ContentEnd > span.ContentStart && char.IsWhiteSpace(doc.Value[span.ContentEnd - 1]))
        {
            span.ContentEnd--;
        }
        for (var t = 0; t < doc.Count; t++)
        {
            var token = doc.Tokens[t];
            if (token.Start >= span.ContentStart && token.End <= span.ContentEnd)
            {
                if (span.FirstToken < 0)
                {
                    span.FirstToken = t;
                }
                span.LastToken = t;
            }
            else if (token.Start >= span.ContentEnd)
            {
                break;
            }
        }
        if (span.FirstToken >= 0)
        {
            spans.Add(span);
        }
    }
}
