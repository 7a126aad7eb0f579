namespace DeepSeekNews.Analysis.Quotes;

/// <summary>A quote as the rules find it, in normalised offsets; <see cref="QuoteExtractor"/> maps it to the original text.</summary>
internal sealed class FoundQuote
{
    public required int Start { get; init; }

    public required int End { get; init; }

    public required QuoteKind Kind { get; init; }

    /// <summary>Null while a report waits for the attribution that names its source («أشارت التقارير …، بحسب X»).</summary>
    public ResolvedSpeaker? Speaker { get; set; }

    /// <summary>The reporting word (normalised range), or null when no word reports it (a quotation continuing the
    /// previous speaker, or «ألتمان: …» in a headline).</summary>
    public (int Start, int End)? Cue { get; init; }

    /// <summary>Marks inside the span that are not part of the quote's text: the opening marks of continued paragraphs.</summary>
    public IReadOnlyList<int> SkippedMarks { get; init; } = [];

    /// <summary>The sentence (of the quote's first word) that an attribution may complete.</summary>
    public int Sentence { get; init; }

    public bool Overlaps(int start, int end) => start < End && Start < end;
}
