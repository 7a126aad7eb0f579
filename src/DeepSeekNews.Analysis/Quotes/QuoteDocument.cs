using DeepSeekNews.Analysis.Entities;
using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Analysis.Quotes;

/// <summary>
/// The analysed text seen the way the quote rules need it: words with the punctuation between them, paragraphs,
/// sentences, and which entity mention covers which word. Everything indexes the normalised text.
/// </summary>
internal sealed class QuoteDocument
{
    private readonly int[] _paragraphOfToken;
    private readonly int[] _sentenceOfToken;
    private readonly EntityMatch?[] _entityOfToken;
    private readonly List<(int Start, int End)> _paragraphs = [];

    public QuoteDocument(AnalyzedText analyzed)
    {
        Analyzed = analyzed;
        Value = analyzed.Normalized.Value;
        Tokens = analyzed.Tokens;

        var start = 0;
        for (var i = 0; i <= Value.Length; i++)
        {
            if (i == Value.Length || Value[i] == '\n')
            {
                _paragraphs.Add((start, i));
                start = i + 1;
            }
        }

        _paragraphOfToken = new int[Tokens.Count];
        var paragraph = 0;
        for (var t = 0; t < Tokens.Count; t++)
        {
            while (Tokens[t].Start >= _paragraphs[paragraph].End && paragraph + 1 < _paragraphs.Count)
            {
                paragraph++;
            }
            _paragraphOfToken[t] = paragraph;
        }

        _sentenceOfToken = new int[Tokens.Count];
        var sentence = 0;
        for (var t = 0; t < Tokens.Count; t++)
        {
            _sentenceOfToken[t] = sentence;
            if (EndsSentence(t))
            {
                sentence++;
            }
        }

        _entityOfToken = new EntityMatch?[Tokens.Count];
        foreach (var match in analyzed.Entities)
        {
            for (var t = match.FirstToken; t <= match.LastToken && t < Tokens.Count; t++)
            {
                _entityOfToken[t] = match;
            }
        }
    }

    public AnalyzedText Analyzed { get; }

    public string Value { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public bool IsEnglish => Analyzed.Language == LanguageDetector.English;

    public int Count => Tokens.Count;

    public string Word(int t) => Tokens[t].Text;

    public int Paragraph(int t) => _paragraphOfToken[t];

    public int Sentence(int t) => _sentenceOfToken[t];

    public (int Start, int End) ParagraphRange(int paragraph) => _paragraphs[paragraph];

    public int ParagraphCount => _paragraphs.Count;

    /// <summary>The paragraph that holds a position of the normalised text.</summary>
    public int ParagraphAt(int position)
    {
        for (var p = 0; p < _paragraphs.Count; p++)
        {
            if (position <= _paragraphs[p].End)
            {
                return p;
            }
        }
        return _paragraphs.Count - 1;
    }

    /// <summary>The entity mention that covers a word, if any.</summary>
    public EntityMatch? EntityAt(int t) => t >= 0 && t < Tokens.Count ? _entityOfToken[t] : null;

    /// <summary>What stands between a word and the next one (or the end of its paragraph).</summary>
    public string GapAfter(int t)
    {
        var lastOfParagraph = t + 1 >= Tokens.Count || Paragraph(t + 1) != Paragraph(t);
        if (lastOfParagraph)
        {
            // The line break is part of the gap, so a paragraph end reads like punctuation.
            return Value[Tokens[t].End.._paragraphs[Paragraph(t)].End] + "\n";
        }
        return Value[Tokens[t].End..Tokens[t + 1].Start];
    }

    /// <summary>What stands between the previous word (or the start of the paragraph) and a word.</summary>
    public string GapBefore(int t)
    {
        var paragraphStart = _paragraphs[Paragraph(t)].Start;
        var start = t > 0 && Paragraph(t - 1) == Paragraph(t) ? Tokens[t - 1].End : paragraphStart;
        return Value[start..Tokens[t].Start];
    }

    public bool StartsParagraph(int t) => t == 0 || Paragraph(t - 1) != Paragraph(t);

    public bool SameSentence(int a, int b) => a >= 0 && b >= 0 && a < Count && b < Count && Sentence(a) == Sentence(b);

    /// <summary>First word of the sentence that holds <paramref name="t"/>.</summary>
    public int SentenceStart(int t)
    {
        var s = t;
        while (s > 0 && Sentence(s - 1) == Sentence(t))
        {
            s--;
        }
        return s;
    }

    /// <summary>Last word of the sentence that holds <paramref name="t"/>.</summary>
    public int SentenceEnd(int t)
    {
        var e = t;
        while (e + 1 < Count && Sentence(e + 1) == Sentence(t))
        {
            e++;
        }
        return e;
    }

    /// <summary>The character of the original text behind a normalised position (which quotation mark it really is).</summary>
    public char OriginalChar(int position) => Analyzed.Original[Analyzed.Normalized.ToOriginalStart(position)];

    /// <summary>The original text behind a range of words.</summary>
    public string OriginalWords(int first, int last, int skip = 0) => OriginalText(Tokens[first].Start + skip, Tokens[last].End);

    public string OriginalText(int start, int end)
    {
        var (s, e) = OriginalRange(Analyzed.Normalized, start, end);
        return Analyzed.Original[s..e];
    }

    /// <summary>
    /// The original range behind a normalised one, taking in the marks the normaliser dropped after the last letter
    /// (the tanween of «مطّلعٌ», the shadda of «أقرّ»), so a word is never cut short.
    /// </summary>
    public static (int Start, int End) OriginalRange(NormalizedText normalized, int start, int end)
    {
        var (s, e) = normalized.ToOriginal(start, end);
        var original = normalized.Original;
        while (e < original.Length && e > s && char.GetUnicodeCategory(original[e]) == System.Globalization.UnicodeCategory.NonSpacingMark)
        {
            e++;
        }
        return (s, e);
    }

    /// <summary>True when the gap holds a comma (Arabic or Latin).</summary>
    public static bool HasComma(string gap) => gap.Contains('،') || gap.Contains(',');

    /// <summary>True when the gap holds punctuation that ends a phrase.</summary>
    /// <remarks>A hyphen with no space around it joins two words ("city-owned", «بي-واي-دي»); only a spaced one is a dash.</remarks>
    public static bool HasPunctuation(string gap)
    {
        foreach (var c in gap)
        {
            if (c is '،' or ',' or ':' or ';' or '؛' or '.' or '!' or '?' or '؟' or '(' or ')' or '[' or ']' or '\n' or '–' or '—' or '…')
            {
                return true;
            }
            if (c == '-' && gap.Length > 1)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// أن/إن and their forms at word <paramref name="t"/> — but never «آن», a name (the Korean Ahn) that the normaliser
    /// folds to the same letters.
    /// </summary>
    public bool IsComplementiser(int t) =>
        t >= 0 && t < Count && QuoteLexicon.Complementisers.Contains(Word(t)) && OriginalChar(Tokens[t].Start) != 'آ';

    private bool EndsSentence(int t)
    {
        if (t + 1 >= Tokens.Count || Paragraph(t + 1) != Paragraph(t))
        {
            return true;
        }
        var gap = Value.AsSpan(Tokens[t].End, Tokens[t + 1].Start - Tokens[t].End);
        foreach (var c in gap)
        {
            if (c is '!' or '?' or '؟' or '…')
            {
                return true;
            }
            if (c == '.')
            {
                // An initial («د.»، "J.") or an abbreviation like U.S. does not end a sentence, nor a dot inside a
                // name or a number that the tokenizer split (Kimi k1.5).
                if ((Tokens[t].Length == 1 && Tokens[t].Kind != TokenKind.Number) || (IsEnglish && Tokens[t + 1].Kind == TokenKind.Latin && !StartsUpper(t + 1)) || gap.Length == 1
                    || InDottedInitials(t))
                {
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «سي. سي. وي»، «جي. بي. مورغان»: Latin initials spelled in Arabic letters, each with its dot. A dot after one
    /// ends no sentence when another initial follows it, or when it closes a run of them.
    /// </summary>
    private bool InDottedInitials(int t)
    {
        if (!Initials.Contains(Tokens[t].Text))
        {
            return false;
        }
        if (Initials.Contains(Tokens[t + 1].Text))
        {
            return true;
        }
        return t > 0 && Paragraph(t - 1) == Paragraph(t) && Initials.Contains(Tokens[t - 1].Text)
            && Value.AsSpan(Tokens[t - 1].End, Tokens[t].Start - Tokens[t - 1].End).Contains('.');
    }

    /// <summary>True when the gap after word <paramref name="a"/> is the dot of an initial inside a name («سي. سي. وي»).</summary>
    public bool IsInitialDot(int a) =>
        a >= 0 && a + 1 < Count && Initials.Contains(Tokens[a].Text) && SameSentence(a, a + 1) && GapAfter(a).Trim() == ".";

    private static readonly HashSet<string> Initials = new(
        "سي جي بي دي تي كي إل إم إس إف إتش آر واي زد إي إيه جاي جيه كيه كيو دبليو يو".Split(' ').Select(TextNormalizer.NormalizeString), StringComparer.Ordinal);

    private bool StartsUpper(int t) => char.IsUpper(OriginalChar(Tokens[t].Start));
}
