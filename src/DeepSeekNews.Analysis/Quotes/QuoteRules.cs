namespace DeepSeekNews.Analysis.Quotes;

/// <summary>
/// The reading both languages' rules share: one pass over the words in reading order, each quoted span handed to
/// <see cref="HandleUnintroducedSpan"/> once the pass has left it behind unless a verb already claimed it, and the
/// quotes found so far, which a later quote may not overlap. The languages differ only in how they read a verb.
/// </summary>
internal abstract class QuoteRules
{
    private protected readonly QuoteDocument _doc;
    private protected readonly List<QuotedSpan> _spans;
    private protected readonly SpeakerHistory _history = new();
    private protected readonly SpeakerResolver _resolver;
    /// <summary>Spans a verb or an attribution has already read; the pass does not read them again.</summary>
    private protected readonly HashSet<QuotedSpan> _handled = [];
    /// <summary>Words already read as part of an attribution, which the pass skips.</summary>
    private protected readonly HashSet<int> _consumed = [];
    private protected readonly List<FoundQuote> _quotes = [];
    private readonly List<QuotedSpan> _spansByEnd;
    private int _nextSpan;

    private protected QuoteRules(QuoteDocument doc, List<QuotedSpan> spans)
    {
        _doc = doc;
        _spans = spans;
        _spansByEnd = spans.OrderBy(s => s.LastToken).ToList();
        _resolver = new SpeakerResolver(doc, _history);
    }

    /// <summary>A quoted span the pass has gone past that no verb before it introduced.</summary>
    private protected abstract void HandleUnintroducedSpan(QuotedSpan span, int next);

    private protected void HandleSpansEndingBefore(int t)
    {
        while (_nextSpan < _spansByEnd.Count && _spansByEnd[_nextSpan].LastToken < t)
        {
            var span = _spansByEnd[_nextSpan++];
            if (_handled.Add(span))
            {
                HandleUnintroducedSpan(span, t);
            }
        }
    }

    private protected bool Add(FoundQuote quote)
    {
        if (quote.End <= quote.Start || _quotes.Any(q => q.Overlaps(quote.Start, quote.End)))
        {
            return false;
        }
        _quotes.Add(quote);
        return true;
    }

    private protected bool InSentence(int t, int anchor) => t >= 0 && t < _doc.Count && _doc.SameSentence(t, anchor);
}
