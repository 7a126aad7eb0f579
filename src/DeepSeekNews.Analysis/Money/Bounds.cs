using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Analysis.Money;

/// <summary>
/// The words that bound an amount: before it (أقل من، نحو، أكثر من، less than, about) or after it (على الأقل، تقريباً،
/// or more). A phrase must touch the amount; its first word may carry a proclitic (بأقل من، بنحو، وبحوالي).
/// </summary>
internal static class Bounds
{
    private sealed record Phrase(string[] Words, CostBound Bound)
    {
        /// <summary>False for «تصل إلى»: «لتصل إلى 12 مليار» after a verb of change means "reaching", not "up to".</summary>
        public bool AllowsLam { get; init; } = true;

        /// <summary>For a verb that takes its figure through a preposition («يزيد حجمها على …»): that preposition.</summary>
        public string? Preposition { get; init; }
    }

    private static readonly Phrase[] Before = Build(
    [
        (CostBound.AtMost,
        [
            "أقل من", "أدنى من", "دون", "ما دون", "تحت", "لا يتجاوز", "لا تتجاوز", "لم يتجاوز", "لم تتجاوز", "ما لا يتجاوز",
            "لا يتعدى", "لا تتعدى", "لم يتعد", "لم تتعد", "لا يزيد على", "لا يزيد عن", "لا تزيد على", "لا تزيد عن",
            "لم يزد على", "لم يزد عن", "لم تزد على", "لم تزد عن", "ما لا يزيد على", "ما لا يزيد عن", "بحد أقصى", "حد أقصى",
            "كحد أقصى", "ما يصل إلى", "قد يصل إلى", "قد تصل إلى", "ما قد يصل إلى", "يصل حتى", "تصل حتى", "ما يقل عن",
            "يقل عن", "تقل عن", "أقل قليلا من", "أقل بقليل من", "وصولا إلى", "shy of", "just shy of", "less than", "under",
            "below", "up to", "no more than", "not more than",
            "at most", "as much as", "fewer than", "a maximum of", "maximum of", "just under", "not exceeding", "no greater than",
        ]),
        (CostBound.AtLeast,
        [
            "أكثر من", "ما يزيد على", "ما يزيد عن", "يزيد على", "يزيد عن", "تزيد على", "تزيد عن", "فوق", "ما فوق",
            "يتجاوز", "تتجاوز", "تجاوز", "تجاوزت", "ما يتجاوز", "يتخطى", "تتخطى", "تخطى", "تخطت", "يفوق", "تفوق", "فاق",
            "فاقت", "ما يفوق", "ما لا يقل عن", "لا يقل عن", "لا تقل عن", "لم يقل عن", "لم تقل عن", "بحد أدنى", "حد أدنى",
            "كحد أدنى", "أكثر قليلا من", "أكثر بقليل من", "ما يزيد بقليل على", "ما يزيد بقليل عن", "ما يربو على", "يربو على",
            "تربو على", "ما ينيف على", "أزيد من", "more than", "over", "at least", "above", "upwards of", "upward of",
            "in excess of", "exceeding", "north of", "a minimum of", "no less than", "not less than", "just over", "well over", "well above", "exceed", "exceeds", "exceeded", "tops", "topped",
            "topping", "surpass", "surpasses", "surpassed", "surpassing",
        ]),
        (CostBound.Approximate,
        [
            "نحو", "حوالي", "حوالى", "قرابة", "ما يقارب", "يقارب", "تقارب", "ما يقرب من", "يقرب من", "زهاء", "بحدود",
            "في حدود", "حدود", "ما يناهز", "يناهز", "تناهز", "تقريبا", "about", "around", "approximately", "roughly",
            "nearly", "almost", "some", "an estimated", "estimated", "close to", "circa", "approx",
        ]),
    ]);

    // «تصل إلى 500 مليار دولار»: the present of "reach" before a figure is "up to"; the past («وصلت إلى») is what was
    // reached, and «لتصل إلى» after a verb of change («ارتفعت … لتصل إلى») is "reaching", so neither is a bound.
    private static readonly Phrase[] Reach = Build(
    [
        (CostBound.AtMost, ["تصل إلى", "يصل إلى", "ستصل إلى", "سيصل إلى"]),
    ]).Select(p => p with { AllowsLam = false }).ToArray();

    // The longer phrases of Before first («ما يصل إلى» is matched whole before «يصل إلى»).
    private static readonly Phrase[] BeforeAndReach = [.. Before, .. Reach];

    private static readonly Phrase[] After = Build(
    [
        (CostBound.AtLeast,
        [
            "على الأقل", "على أقل تقدير", "في أقل تقدير", "أو أكثر", "وأكثر", "فأكثر", "كحد أدنى", "وما فوق", "or more", "at least",
            "and up", "plus",
        ]),
        (CostBound.AtMost,
        [
            "كحد أقصى", "على أكثر تقدير", "في أحسن الأحوال", "على الأكثر", "أو أقل", "فأقل", "or less", "at most", "at the most",
        ]),
        (CostBound.Approximate, ["تقريبا", "أو نحو ذلك", "approximately", "or so", "roughly"]),
    ]);

    // Verbs that bound the figure they govern even when their subject stands between them and it, as Arabic's
    // verb-first order has it: «تجاوزت تكلفة التدريب 100 مليون دولار»، «لم تتجاوز قيمتها 6 ملايين دولار».
    private static readonly Phrase[] GoverningVerbs = Build(
    [
        (CostBound.AtMost, ["لا يتجاوز", "لا تتجاوز", "لم يتجاوز", "لم تتجاوز", "لا يتعدى", "لا تتعدى", "لم يتعد", "لم تتعد"]),
        (CostBound.AtLeast, ["تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "تخطى", "تخطت", "يتخطى", "تتخطى", "فاق", "فاقت", "يفوق", "تفوق"]),
        (CostBound.Approximate, ["قارب", "قاربت", "يقارب", "تقارب", "ناهز", "ناهزت", "يناهز", "تناهز"]),
    ]).Concat(
    [
        // These take their figure through a preposition, so that preposition must stand right before it:
        // «يصل حجم الصندوق بعد إضافة القروض إلى 60 مليار دولار»، «يزيد حجم استثماراتها على 15 مليار دولار».
        .. Build([(CostBound.AtMost, ["يصل", "تصل", "سيصل", "ستصل"])])
            .Select(p => p with { Preposition = ArabicForms.N("إلى"), AllowsLam = false }),
        .. Build([(CostBound.AtLeast, ["يزيد", "تزيد", "يربو", "تربو"])]).Select(p => p with { Preposition = ArabicForms.N("على") }),
        .. Build([(CostBound.AtLeast, ["يزيد", "تزيد"])]).Select(p => p with { Preposition = ArabicForms.N("عن") }),
        .. Build([(CostBound.AtMost, ["لا يزيد", "لا تزيد", "لم يزد", "لم تزد"])]).Select(p => p with { Preposition = ArabicForms.N("على") }),
        .. Build([(CostBound.AtMost, ["لا يزيد", "لا تزيد", "لم يزد", "لم تزد"])]).Select(p => p with { Preposition = ArabicForms.N("عن") }),
    ]).OrderByDescending(p => p.Words.Length).ToArray();

    /// <summary>
    /// How many words of subject may stand between a bounding verb and its figure («تجاوزت التزامات الإنفاق على الذكاء
    /// الاصطناعي تريليون دولار»).
    /// </summary>
    private const int MaxSubjectWords = 7;

    private static readonly HashSet<string> FirstWordClitics = new(StringComparer.Ordinal) { "ب", "و", "ف", "وب", "فب", "ل", "ول" };

    /// <summary>A bound phrase ending right before token <paramref name="next"/>: its bound, first token and start offset.</summary>
    public static (CostBound Bound, int First, int Start)? MatchBefore(IReadOnlyList<MoneyToken> t, int next)
    {
        var k = next - 1;
        // بـ6 ملايين، الـ6 ملايين: a bare proclitic glued to the number sits between the phrase and the number.
        if (k >= 0 && t[k].Kind == MoneyTokenKind.Arabic && Clitics.IsBareProclitic(t[k].Text) && t[k + 1].Joined)
        {
            k--;
        }
        if (k < 0 || t[k + 1].LineBreakBefore)
        {
            return null;
        }
        foreach (var phrase in BeforeAndReach)
        {
            var first = k - phrase.Words.Length + 1;
            if (first < 0)
            {
                continue;
            }
            if (Matches(t, first, phrase, out var prefixLength))
            {
                return (phrase.Bound, first, t[first].Start + prefixLength);
            }
        }
        return null;
    }

    /// <summary>
    /// A bounding verb up to <see cref="MaxSubjectWords"/> words before token <paramref name="next"/>, with only its
    /// subject between («تجاوزت الخسائر 80 مليار دولار»، «يصل حجم الصندوق مع الديون إلى 100 مليار»). The words between
    /// must be plain words of the same clause, none of them a word that takes a figure of its own (قدرها، بقيمة، بلغت).
    /// </summary>
    public static CostBound? GoverningVerbBefore(IReadOnlyList<MoneyToken> t, int next)
    {
        var preposition = next >= 1 && t[next - 1].IsWord ? t[next - 1].Text : null;
        for (var gap = 1; gap <= MaxSubjectWords; gap++)
        {
            var end = next - 1 - gap;
            if (end < 0 || !t[end + 1].IsWord || t[end + 1].LineBreakBefore || t[end + 1].Has(Cue.FigureTaker))
            {
                return null;
            }
            foreach (var phrase in GoverningVerbs)
            {
                var first = end - phrase.Words.Length + 1;
                if (first >= 0 && (phrase.Preposition is null || (phrase.Preposition == preposition && gap > 1))
                    && Matches(t, first, phrase, out _))
                {
                    return phrase.Bound;
                }
            }
        }
        return null;
    }

    /// <summary>A bound phrase starting at token <paramref name="k"/> (after the amount): its bound and last token.</summary>
    public static (CostBound Bound, int Last)? MatchAfter(IReadOnlyList<MoneyToken> t, int k)
    {
        if (k >= t.Count || t[k].LineBreakBefore)
        {
            return null;
        }
        foreach (var phrase in After)
        {
            if (k + phrase.Words.Length <= t.Count && Matches(t, k, phrase, out var prefixLength) && prefixLength == 0)
            {
                return (phrase.Bound, k + phrase.Words.Length - 1);
            }
        }
        return null;
    }

    private static bool Matches(IReadOnlyList<MoneyToken> t, int first, Phrase phrase, out int prefixLength)
    {
        var words = phrase.Words;
        prefixLength = 0;
        for (var w = 0; w < words.Length; w++)
        {
            var tok = t[first + w];
            if (!tok.IsWord || (w > 0 && tok.LineBreakBefore))
            {
                return false;
            }
            if (tok.Text == words[w])
            {
                continue;
            }
            if (w == 0 && tok.Text.Length > words[0].Length && tok.Text.EndsWith(words[0], StringComparison.Ordinal)
                && FirstWordClitics.Contains(tok.Text[..^words[0].Length])
                && (phrase.AllowsLam || !tok.Text.AsSpan(0, tok.Text.Length - words[0].Length).Contains('ل')))
            {
                prefixLength = tok.Text.Length - words[0].Length;
                continue;
            }
            return false;
        }
        return true;
    }

    private static Phrase[] Build((CostBound Bound, string[] Phrases)[] groups) =>
        groups
            .SelectMany(g => g.Phrases.Select(p => new Phrase(ArabicForms.N(p).Split(' ', StringSplitOptions.RemoveEmptyEntries), g.Bound)))
            .OrderByDescending(p => p.Words.Length) // «ما لا يقل عن» before «لا يقل عن»
            .ToArray();
}
