namespace DeepSeekNews.Analysis.Money;

/// <summary>A cost statement without a figure: «بتكاليف أقل»، «بميزانية حوسبة صغيرة»، «منخفض التكلفة»، "cost-effective".</summary>
internal sealed record QualitativeMatch(int First, int Last, int Start, RatioDirection? Direction, CostCategory Category);

/// <summary>
/// Finds qualitative cost claims. They are reported (kind qualitative) so a reader sees them, but carry no amount and
/// are never summed.
/// </summary>
internal static class QualitativeReader
{
    private static readonly HashSet<string> Intensifiers = ArabicForms.Set("جدا", "للغاية", "نسبيا", "very", "relatively", "much", "far");

    public static List<QualitativeMatch> FindAll(IReadOnlyList<MoneyToken> t)
    {
        var found = new List<QualitativeMatch>();
        var next = 0;
        for (var i = 0; i < t.Count; i++)
        {
            if (i < next || !t[i].IsWord)
            {
                continue;
            }
            var match = NounThenAdjective(t, i) ?? AdjectiveThenNoun(t, i) ?? CostEffective(t, i) ?? FractionOfCost(t, i) ?? Costly(t, i);
            if (match is not null)
            {
                found.Add(match);
                next = match.Last + 1;
            }
        }
        return found;
    }

    /// <summary>«بتكاليف أقل»، «تكلفة منخفضة»، «بميزانية حوسبة صغيرة جداً»، "lower costs" is handled by <see cref="AdjectiveThenNoun"/>.</summary>
    private static QualitativeMatch? NounThenAdjective(IReadOnlyList<MoneyToken> t, int i)
    {
        if (!t[i].Is(CostVocabulary.CostNouns) || t[i].Kind != MoneyTokenKind.Arabic)
        {
            return null;
        }
        for (var k = i + 1; k <= i + 2 && k < t.Count && RatioReader.SameSentence(t, i, k) && t[k].IsWord; k++)
        {
            var direction = Direction(t[k]);
            if (direction is not null)
            {
                var last = k + 1 < t.Count && RatioReader.SameSentence(t, k, k + 1) && Intensifiers.Contains(t[k + 1].Text) ? k + 1 : k;
                var prefix = ArabicForms.CuePrefixLength(t[i].Text, CostVocabulary.CostNouns.Words);
                return new QualitativeMatch(i, last, t[i].Start + prefix, direction, CategoryOf(t[i]));
            }
        }
        return null;
    }

    /// <summary>«منخفض التكلفة»، «باهظة الثمن»، "low-cost", "lower costs", "high prices".</summary>
    private static QualitativeMatch? AdjectiveThenNoun(IReadOnlyList<MoneyToken> t, int i)
    {
        var direction = Direction(t[i]);
        if (direction is null)
        {
            return null;
        }
        var k = i + 1;
        if (k < t.Count && t[k].Text == "-" && t[k].Joined)
        {
            k++;
        }
        if (k >= t.Count || !RatioReader.SameSentence(t, i, k) || !t[k].IsWord || !t[k].Is(CostVocabulary.CostNouns))
        {
            return null;
        }
        // Arabic puts the defined noun after the adjective (منخفضة التكلفة); a bare noun there starts a new phrase.
        if (t[k].Kind == MoneyTokenKind.Arabic && !t[k].Text.StartsWith("ال", StringComparison.Ordinal))
        {
            return null;
        }
        return new QualitativeMatch(i, k, t[i].Start, direction, CategoryOf(t[k]));
    }

    /// <summary>«الفعال من حيث التكلفة»، "cost-effective".</summary>
    private static QualitativeMatch? CostEffective(IReadOnlyList<MoneyToken> t, int i)
    {
        if (t[i].Text == "cost" && i + 2 < t.Count && t[i + 1].Text == "-" && t[i + 2].Text is "effective" or "efficient")
        {
            return new QualitativeMatch(i, i + 2, t[i].Start, RatioDirection.Lower, CostCategory.Cost);
        }
        if (!t[i].Is(CostVocabulary.Effective) || i + 3 >= t.Count)
        {
            return null;
        }
        if (t[i + 1].Text == "من" && t[i + 2].Text == "حيث" && t[i + 3].Is(CostVocabulary.CostNouns) && RatioReader.SameSentence(t, i, i + 3))
        {
            return new QualitativeMatch(i, i + 3, t[i].Start, RatioDirection.Lower, CostCategory.Cost);
        }
        return null;
    }

    /// <summary>«بجزء بسيط من التكلفة»، "a fraction of the cost".</summary>
    private static QualitativeMatch? FractionOfCost(IReadOnlyList<MoneyToken> t, int i)
    {
        if (!t[i].Is(CostVocabulary.PartWords))
        {
            return null;
        }
        for (var k = i + 1; k <= i + 4 && k < t.Count && RatioReader.SameSentence(t, i, k) && t[k].IsWord; k++)
        {
            if (t[k].Is(CostVocabulary.CostNouns))
            {
                var prefix = ArabicForms.CuePrefixLength(t[i].Text, CostVocabulary.PartWords.Words);
                return new QualitativeMatch(i, k, t[i].Start + prefix, RatioDirection.Lower, CategoryOf(t[k]));
            }
        }
        return null;
    }

    /// <summary>«بموارد حسابية باهظة»، «أموال طائلة»: an adjective that means costly by itself, after its noun.</summary>
    private static QualitativeMatch? Costly(IReadOnlyList<MoneyToken> t, int i)
    {
        if (!t[i].Is(CostVocabulary.InherentlyCostly) || i == 0 || !IsContentWord(t, i - 1) || !RatioReader.SameSentence(t, i - 1, i))
        {
            return null;
        }
        var first = i - 1;
        // "less expensive": the comparative turns the direction round.
        var direction = t[i - 1].Is(CostVocabulary.LowerWords) ? RatioDirection.Lower : RatioDirection.Higher;
        // A relative adjective (حسابية، مالية) between the noun and «باهظة» belongs to the noun phrase.
        if (i >= 2 && t[i - 1].Kind == MoneyTokenKind.Arabic && (t[i - 1].Text.EndsWith("يه", StringComparison.Ordinal) || t[i - 1].Text.EndsWith('ي'))
            && IsContentWord(t, i - 2) && RatioReader.SameSentence(t, i - 2, i))
        {
            first = i - 2;
        }
        return new QualitativeMatch(first, i, t[first].Start, direction, CostCategory.Cost);
    }

    private static bool IsContentWord(IReadOnlyList<MoneyToken> t, int k) =>
        t[k].IsWord && !CostVocabulary.NeutralFollowers.Contains(t[k].Text) && t[k].Text.Length > 2;

    private static RatioDirection? Direction(MoneyToken word)
    {
        if (word.Is(CostVocabulary.LowQualifiers))
        {
            return RatioDirection.Lower;
        }
        if (word.Is(CostVocabulary.HighQualifiers))
        {
            return RatioDirection.Higher;
        }
        return null;
    }

    private static CostCategory CategoryOf(MoneyToken noun) =>
        noun.Is(CostVocabulary.PriceNouns) ? CostCategory.Price
        : noun.Is(CostVocabulary.SpendingNouns) ? CostCategory.Spending
        : CostCategory.Cost;
}
