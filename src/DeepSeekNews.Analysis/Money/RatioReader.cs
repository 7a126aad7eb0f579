namespace DeepSeekNews.Analysis.Money;

/// <summary>A cost ratio found in the tokens: «بتكلفة أقل بعشر مرات» (10, lower), «عشرة أضعاف التكلفة» (10, higher).</summary>
internal sealed record RatioMatch(int First, int Last, int Start, decimal Factor, RatioDirection Direction);

/// <summary>
/// Finds comparisons of cost. A comparison counts only when it is about money: the comparative is money by itself
/// (أرخص، أغلى، cheaper) or a cost word stands next to it (بتكلفة أقل، أقل تكلفة، يكلف أقل، costs … less), so
/// «أقوى بعشر مرات» or «أكثر كفاءة بعشر مرات» never becomes a cost claim.
/// </summary>
internal static class RatioReader
{
    /// <summary>Words that may stand before a multiplier: «بنحو 20 مرة», "by about 10 times".</summary>
    internal static readonly HashSet<string> Approximators = ArabicForms.Set(
        "بمقدار", "مقدار", "بنحو", "نحو", "بحوالي", "حوالي", "بقرابة", "قرابة", "بحدود", "بما", "يقارب", "يصل", "إلى", "by", "about",
        "around", "roughly", "nearly", "some", "almost", "up");

    private static readonly string To = ArabicForms.N("إلى");

    private static readonly HashSet<string> ThanWords = ArabicForms.Set("من", "than", "compared", "مقارنة", "عن");

    private static readonly Dictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> Fractions = CostVocabulary.CostFractions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> Multiples = CostVocabulary.CostMultiples.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<RatioMatch> FindAll(IReadOnlyList<MoneyToken> t)
    {
        var found = new List<RatioMatch>();
        var next = 0;
        for (var c = 0; c < t.Count; c++)
        {
            if (c < next || !t[c].IsWord)
            {
                continue;
            }
            var match = Comparative(t, c) ?? Multiple(t, c) ?? Fraction(t, c) ?? ReducedTo(t, c);
            if (match is not null)
            {
                found.Add(match);
                next = match.Last + 1;
            }
        }
        return found;
    }

    /// <summary>«بتكلفة أقل بعشر مرات»، «أرخص بعشرين مرة»، «أقل تكلفة بـ10 مرات»، "10 times cheaper", "costs ten times less".</summary>
    private static RatioMatch? Comparative(IReadOnlyList<MoneyToken> t, int c)
    {
        // The bits of the four lists are a quick test; lower and higher words count only bare or after و، ف، ب.
        if (!t[c].Has(Cue.Cheaper | Cue.Dearer | Cue.Lower | Cue.Higher))
        {
            return null;
        }
        var word = t[c].Text;
        RatioDirection direction;
        bool inherent;
        if (t[c].Is(CostVocabulary.CheaperWords))
        {
            (direction, inherent) = (RatioDirection.Lower, true);
        }
        else if (t[c].Is(CostVocabulary.DearerWords))
        {
            (direction, inherent) = (RatioDirection.Higher, true);
        }
        else if (IsExact(word, CostVocabulary.LowerWords.Words))
        {
            (direction, inherent) = (RatioDirection.Lower, false);
        }
        else if (IsExact(word, CostVocabulary.HigherWords.Words))
        {
            (direction, inherent) = (RatioDirection.Higher, false);
        }
        else
        {
            return null;
        }

        // A cost word before the comparative: «بتكلفة أقل»، «تكلفة تدريبه أقل»، «يكلف أقل».
        var costBefore = CostNounBefore(t, c);
        // A cost word right after it: «أقل تكلفة», "lower cost", "less expensive".
        var costAfter = c + 1 < t.Count && SameSentence(t, c, c + 1)
            && (t[c + 1].Is(CostVocabulary.CostNouns) || t[c + 1].Is(CostVocabulary.InherentlyCostly));

        // The multiplier after the comparative, perhaps after «من X» (أرخص من GPT-4 بعشرين مرة).
        var p = costAfter ? c + 2 : c + 1;
        var multiplier = ReadMultiplier(t, p);
        if (multiplier is null && p < t.Count && t[p].IsWord && ThanWords.Contains(t[p].Text))
        {
            for (var q = p + 1; q < t.Count && q <= p + 6 && SameSentence(t, p, q); q++)
            {
                if ((multiplier = ReadMultiplier(t, q)) is not null)
                {
                    break;
                }
            }
        }
        var multiplierBefore = false;
        if (multiplier is null)
        {
            multiplier = MultiplierEndingAt(t, c - 1);
            multiplierBefore = multiplier is not null;
        }
        if (multiplier is not { } m)
        {
            return null;
        }

        var costAround = inherent || costBefore is not null || costAfter;
        if (!costAround && multiplierBefore && m.First > 0 && SameSentence(t, m.First - 1, m.First))
        {
            // "costs 10 times less", «تكلف 10 مرات أقل»
            costAround = t[m.First - 1].Is(CostVocabulary.CostNouns) || t[m.First - 1].Is(CostVocabulary.CostVerbs);
        }
        if (!costAround && !multiplierBefore)
        {
            // «أقل بعشر مرات من حيث التكلفة», "ten times lower in cost"
            for (var q = m.Last + 1; q < t.Count && q <= m.Last + 3 && SameSentence(t, m.Last, q); q++)
            {
                if (t[q].Is(CostVocabulary.CostNouns))
                {
                    costAround = true;
                    m = m with { Last = q };
                    break;
                }
                if (t[q].Text is not ("من" or "حيث" or "في" or "in" or "terms" or "of"))
                {
                    break;
                }
            }
        }
        if (!costAround)
        {
            return null;
        }

        var first = Math.Min(costBefore ?? c, multiplierBefore ? m.First : c);
        var last = Math.Max(Math.Max(c, costAfter ? c + 1 : c), multiplierBefore ? c : m.Last);
        var start = first == costBefore ? t[first].Start + Math.Max(0, ArabicForms.CuePrefixLength(t[first].Text, CostVocabulary.CostNouns.Words)) : StartOf(t, first);
        return new RatioMatch(first, last, start, m.Factor, direction);
    }

    /// <summary>«عشرة أضعاف التكلفة»، «ضعف السعر»، "ten times the cost", "twice the price".</summary>
    private static RatioMatch? Multiple(IReadOnlyList<MoneyToken> t, int i)
    {
        decimal factor;
        int after;
        if (t[i].Has(Cue.CostMultiple) && Multiples.TryGetValue(StripBa(t[i]), out var multiple))
        {
            factor = multiple;
            after = i + 1;
        }
        else if (ReadMultiplier(t, i) is { } m && m.First == i)
        {
            factor = m.Factor;
            after = m.Last + 1;
        }
        else
        {
            return null;
        }
        var k = after;
        if (k < t.Count && t[k].Text == "the")
        {
            k++;
        }
        if (k < t.Count && SameSentence(t, i, k) && IsCostNoun(t[k]))
        {
            return new RatioMatch(i, k, StartOf(t, i), factor, RatioDirection.Higher);
        }
        // "twice as expensive", "three times as costly"
        if (after + 1 < t.Count && t[after].Text == "as" && t[after + 1].Is(CostVocabulary.InherentlyCostly))
        {
            return new RatioMatch(i, after + 1, StartOf(t, i), factor, RatioDirection.Higher);
        }
        // «تكلف عشرة أضعاف ما …»، «يكلف ضعف …»: the verb "to cost" before a multiple.
        if (i > 0 && SameSentence(t, i - 1, i) && t[i - 1].Is(CostVocabulary.CostVerbs) && after - 1 > i - 1
            && (after - 1 == i || IsTimesWord(t[after - 1])))
        {
            return new RatioMatch(i - 1, after - 1, t[i - 1].Start, factor, RatioDirection.Higher);
        }
        return null;
    }

    /// <summary>«نصف التكلفة»، «بعشر الكلفة»، "a tenth of the cost", "half the price".</summary>
    private static RatioMatch? Fraction(IReadOnlyList<MoneyToken> t, int i)
    {
        if (!t[i].Has(Cue.CostFraction) || !Fractions.TryGetValue(StripBa(t[i]), out var factor))
        {
            return null;
        }
        var k = i + 1;
        while (k < t.Count && t[k].Text is "of" or "the")
        {
            k++;
        }
        if (k >= t.Count || !SameSentence(t, i, k) || !IsCostNoun(t[k]))
        {
            return null;
        }
        var first = i;
        // "one-tenth", "a tenth"
        if (i >= 2 && t[i - 1].Text == "-" && t[i - 1].Joined && t[i - 2].Text == "one")
        {
            first = i - 2;
        }
        else if (i >= 1 && t[i - 1].Text is "a" or "one")
        {
            first = i - 1;
        }
        return new RatioMatch(first, k, StartOf(t, first), factor, RatioDirection.Lower);
    }

    /// <summary>
    /// «تخفض تكلفة التشغيل إلى النصف»، «خفضت أسعارها "إلى العشر"»، «انخفضت الكلفة إلى الربع»: a cost cut to a fraction
    /// of itself, found at «إلى». A verb of cutting and a cost noun must both stand before it in the clause, so
    /// «تقلص زمن الاستجابة إلى النصف» is no cost claim.
    /// </summary>
    private static RatioMatch? ReducedTo(IReadOnlyList<MoneyToken> t, int i)
    {
        if (t[i].Text != To)
        {
            return null;
        }
        var f = i + 1;
        while (f < t.Count && t[f].Kind == MoneyTokenKind.Punct && t[f].Text == "\"")
        {
            f++;
        }
        if (f >= t.Count || !SameSentence(t, i, f) || t[f].Kind != MoneyTokenKind.Arabic || !t[f].Text.StartsWith("ال", StringComparison.Ordinal)
            || !Fractions.TryGetValue(t[f].Text.AsSpan(2), out var factor))
        {
            return null;
        }
        int? costNoun = null;
        var reduced = false;
        for (var k = i - 1; k >= 0 && k >= i - 8 && SameSentence(t, k, i); k--)
        {
            if (!t[k].IsWord)
            {
                if (t[k].Text == "\"")
                {
                    continue;
                }
                break;
            }
            if (t[k].Is(CostVocabulary.CostNouns))
            {
                costNoun = k;
            }
            reduced |= t[k].Is(CostVocabulary.ReduceVerbs);
        }
        if (costNoun is not { } first || !reduced)
        {
            return null;
        }
        var start = t[first].Start + Math.Max(0, ArabicForms.CuePrefixLength(t[first].Text, CostVocabulary.CostNouns.Words));
        return new RatioMatch(first, f, start, factor, RatioDirection.Lower);
    }

    /// <summary>The multiplier at <paramref name="p"/>: «بعشر مرات»، «بـ10 مرات»، «بنحو 20 مرة»، «بمرتين»، "10 times", "10x", "tenfold".</summary>
    private static (int First, int Last, decimal Factor)? ReadMultiplier(IReadOnlyList<MoneyToken> t, int p)
    {
        var first = p;
        var q = p;
        for (var skipped = 0; skipped < 3 && q < t.Count && t[q].IsWord && t[q].Has(Cue.Approximator) && Approximators.Contains(t[q].Text); skipped++)
        {
            q++;
        }
        if (q < t.Count && t[q].Kind == MoneyTokenKind.Arabic && t[q].Text is "ب" or "بـ" && q + 1 < t.Count)
        {
            q++;
        }
        if (q >= t.Count || (q > first && !SameSentence(t, first, q)))
        {
            return null;
        }
        var word = StripBa(t[q]);
        if (word is "مرتين" or "twice" or "ضعفين")
        {
            return (first, q, 2);
        }
        if (t[q].Kind == MoneyTokenKind.Latin && t[q].Text.EndsWith("fold", StringComparison.Ordinal) && t[q].Text.Length > 4
            && NumberWords.ClassifyEnglish(t[q].Text[..^4]) is { Kind: NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Ten } fold)
        {
            return (first, q, fold.Value); // tenfold
        }
        var number = NumberReader.Read(t, q);
        if (number is null || number.IsMagnitude || number.Value <= 1)
        {
            return null;
        }
        var e = number.Last + 1;
        if (e < t.Count && t[e].Text == "-" && t[e].Joined && e + 1 < t.Count && t[e + 1].Text == "fold")
        {
            return (first, e + 1, number.Value);
        }
        if (e < t.Count && SameSentence(t, number.Last, e) && IsTimesWord(t[e]))
        {
            return (first, e, number.Value);
        }
        return null;
    }

    /// <summary>A multiplier whose last token is <paramref name="last"/> ("10 times" before "cheaper").</summary>
    private static (int First, int Last, decimal Factor)? MultiplierEndingAt(IReadOnlyList<MoneyToken> t, int last)
    {
        if (last < 1)
        {
            return null;
        }
        for (var p = last - 1; p >= Math.Max(0, last - 4); p--)
        {
            if (ReadMultiplier(t, p) is { } m && m.Last == last)
            {
                return m;
            }
        }
        return null;
    }

    private static int? CostNounBefore(IReadOnlyList<MoneyToken> t, int c)
    {
        for (var k = c - 1; k >= Math.Max(0, c - 3); k--)
        {
            if (!SameSentence(t, k, c) || !t[k].IsWord)
            {
                return null;
            }
            if (t[k].Is(CostVocabulary.CostNouns) || t[k].Is(CostVocabulary.CostVerbs))
            {
                return k;
            }
            // Only a short genitive may come between: «تكلفة تدريب النموذج أقل»، «تكلفة R1 أقل».
            if (!t[k].Is(CostVocabulary.CostComplements) && t[k].Kind != MoneyTokenKind.Latin)
            {
                return null;
            }
        }
        return null;
    }

    private static bool IsCostNoun(MoneyToken word) => word.Is(CostVocabulary.CostNouns);

    private static bool IsTimesWord(MoneyToken tok) =>
        tok.Text == "x" ? tok.Joined : tok.IsWord && IsExact(tok.Text, CostVocabulary.TimesWords);

    /// <summary>The word as listed, or listed after a single و، ف or ب (وأقل، بمرات).</summary>
    private static bool IsExact(string word, HashSet<string> set) =>
        set.Contains(word)
        || (word.Length - 1 >= ArabicForms.MinStem && word[0] is 'و' or 'ف' or 'ب' && set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word.AsSpan(1)));

    /// <summary>«بنصف التكلفة»، «بضعف السعر»: the fraction or multiple without its ب.</summary>
    private static ReadOnlySpan<char> StripBa(MoneyToken token)
    {
        var word = token.Text;
        var rest = word.AsSpan(1);
        return word.Length > 3 && word[0] == 'ب' && token.Has(Cue.CostFraction | Cue.CostMultiple) && (Fractions.ContainsKey(rest) || Multiples.ContainsKey(rest))
            ? rest
            : word;
    }

    private static int StartOf(IReadOnlyList<MoneyToken> t, int i)
    {
        var text = t[i].Text;
        if (t[i].Kind == MoneyTokenKind.Arabic && text.Length > 3 && text[0] is 'ب' or 'و'
            && (CostVocabulary.CostFractions.ContainsKey(text[1..]) || CostVocabulary.CostMultiples.ContainsKey(text[1..])
                || NumberWords.ClassifyArabic(text[1..]) is not null || IsExact(text[1..], CostVocabulary.CheaperWords.Words)))
        {
            return t[i].Start + 1;
        }
        return t[i].Start;
    }

    /// <summary>True when no sentence-ending mark or line break lies between tokens <paramref name="a"/> and <paramref name="b"/>.</summary>
    internal static bool SameSentence(IReadOnlyList<MoneyToken> t, int a, int b)
    {
        var (lo, hi) = a <= b ? (a, b) : (b, a);
        for (var k = lo + 1; k <= hi; k++)
        {
            if (t[k].LineBreakBefore || (t[k].Kind == MoneyTokenKind.Punct && t[k].Text is "." or "!" or "?" or "؟" or "؛" or ";" or "،" or "," or ":" && !IsInnerDot(t, k)))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsInnerDot(IReadOnlyList<MoneyToken> t, int k) =>
        t[k].Text == "." && k + 1 < t.Count && t[k + 1].Joined && t[k - 1].IsWord && t[k - 1].Text.Length == 1;
}
