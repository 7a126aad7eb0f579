using System.Text;

namespace DeepSeekNews.Analysis.Quotes;

/// <summary>
/// Finds who said what: direct quotations between quotation marks and indirect speech after a reporting verb or an
/// attribution, each with its speaker resolved to a catalog entity where the entity recognizer found one. The rules
/// are in docs/analysis-quotes.md; <see cref="ArabicQuoteRules"/> and <see cref="EnglishQuoteRules"/> hold them.
/// </summary>
public static class QuoteExtractor
{
    /// <summary>The quotes of an analysed article in text order, with offsets into its original text.</summary>
    public static IReadOnlyList<Quote> Extract(AnalyzedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var doc = new QuoteDocument(text);
        var spans = QuotationMarks.Find(doc);
        var found = doc.IsEnglish ? new EnglishQuoteRules(doc, spans).Find() : new ArabicQuoteRules(doc, spans).Find();
        return found.OrderBy(q => q.Start).Select(q => ToQuote(text, q)).ToList();
    }

    private static Quote ToQuote(AnalyzedText text, FoundQuote found)
    {
        var normalized = text.Normalized;
        var (start, end) = QuoteDocument.OriginalRange(normalized, found.Start, found.End);
        var quoteText = text.Original[start..end];
        if (found.SkippedMarks.Count > 0)
        {
            // A quotation carried over several paragraphs: its text leaves out the marks that reopen each paragraph.
            var skipped = found.SkippedMarks.Select(normalized.ToOriginalStart).ToHashSet();
            var builder = new StringBuilder(quoteText.Length);
            for (var i = start; i < end; i++)
            {
                if (!skipped.Contains(i))
                {
                    builder.Append(text.Original[i]);
                }
            }
            quoteText = builder.ToString();
        }
        string? cue = null;
        if (found.Cue is { } range)
        {
            var (cueStart, cueEnd) = QuoteDocument.OriginalRange(normalized, range.Start, range.End);
            cue = text.Original[cueStart..cueEnd];
        }
        return new Quote(start, end, quoteText, found.Kind, found.Speaker?.Speaker, cue);
    }
}
