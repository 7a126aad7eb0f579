using DeepSeekNews.Analysis.Entities;
using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Analysis.Money;

/// <summary>
/// Finds the cost claims of an article: money amounts (with currency, bound and magnitude), cost ratios and
/// qualitative cost statements, each with a category, the entity it is about and its value in US dollars.
/// The rules are described in docs/analysis-money.md. Thread-safe; one instance serves every article.
/// </summary>
public sealed class CostClaimExtractor
{
    private static readonly Lazy<CostClaimExtractor> DefaultExtractor = new(() => new CostClaimExtractor(ExchangeRates.Embedded));

    private readonly ExchangeRates _rates;

    public CostClaimExtractor(ExchangeRates? rates = null)
    {
        _rates = rates ?? ExchangeRates.Embedded;
    }

    /// <summary>An extractor with the built-in exchange-rate table.</summary>
    public static CostClaimExtractor Default => DefaultExtractor.Value;

    public ExchangeRates Rates => _rates;

    /// <summary>The cost claims of <paramref name="text"/> in text order.</summary>
    /// <param name="year">The year whose exchange rates give <see cref="CostClaim.AmountUsd"/>; the table's latest year when null.</param>
    public IReadOnlyList<CostClaim> Extract(AnalyzedText text, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = MoneyLexer.Lex(text.Normalized);
        var doc = new Document(text, tokens);
        var claims = new List<Draft>();

        var used = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (used[i])
            {
                continue;
            }
            // A number that is not money (a count, a year, a multiplier) leaves its words free for the ratio rules.
            if (ReadAmount(doc, i, claims) is { } draft)
            {
                claims.Add(draft);
                MarkUsed(used, draft.First, draft.Last);
                i = draft.Last;
            }
        }

        InheritCurrencies(doc, claims);

        foreach (var ratio in RatioReader.FindAll(tokens))
        {
            if (Overlaps(used, ratio.First, ratio.Last))
            {
                continue;
            }
            claims.Add(new Draft(ratio.First, ratio.Last, ratio.Start, CostClaimKind.Ratio, null, null, null, null, ratio.Factor, ratio.Direction, null));
            MarkUsed(used, ratio.First, ratio.Last);
        }

        foreach (var statement in QualitativeReader.FindAll(tokens))
        {
            if (Overlaps(used, statement.First, statement.Last))
            {
                continue;
            }
            claims.Add(new Draft(statement.First, statement.Last, statement.Start, CostClaimKind.Qualitative, null, null, null, null, null, statement.Direction, statement.Category));
            MarkUsed(used, statement.First, statement.Last);
        }

        var finished = new List<CostClaim>(claims.Count);
        (Draft, CostCategory)? previous = null;
        foreach (var draft in claims.OrderBy(c => c.Start))
        {
            var claim = Finish(doc, draft, previous, year);
            finished.Add(claim);
            previous = (draft, claim.Category);
        }
        return finished;
    }

    /// <summary>A claim before its category, subject and dollar value are settled.</summary>
    private sealed record Draft(
        int First, int Last, int Start, CostClaimKind Kind, decimal? Amount, decimal? AmountMax, CurrencyMatch? Currency,
        CostBound? Bound, decimal? Factor, RatioDirection? Direction, CostCategory? FixedCategory)
    {
        public string? InheritedIso { get; init; }
    }

    private CostClaim Finish(Document doc, Draft draft, (Draft Draft, CostCategory Category)? previous, int? year)
    {
        var t = doc.Tokens;
        var startNorm = draft.Start;
        var endNorm = t[draft.Last].End;
        var (start, end) = doc.Text.Normalized.ToOriginal(startNorm, endNorm);
        // Diacritics after the last letter (دولارٍ) belong to the surface even though the normalised copy dropped them.
        while (end < doc.Text.Original.Length && TextNormalizer.IsRemoved(doc.Text.Original[end]) && !char.IsWhiteSpace(doc.Text.Original[end]))
        {
            end++;
        }
        var category = draft.FixedCategory ?? Categorize(doc, draft, previous);
        var iso = draft.Currency is { } currency ? doc.ResolveIso(currency) : draft.InheritedIso;
        decimal? usd = null;
        int? rateYear = null;
        if (draft.Kind == CostClaimKind.Amount && iso is not null && draft.Amount is { } amount)
        {
            usd = _rates.ToUsd(amount, iso, year);
            rateYear = usd is null ? null : _rates.RateYear(year);
        }
        return new CostClaim(
            start,
            end,
            doc.Text.Original[start..end],
            draft.Kind,
            draft.Amount,
            draft.AmountMax,
            iso,
            draft.Bound,
            draft.Factor,
            draft.Direction,
            category,
            Subject(doc, draft, category),
            usd)
        {
            AmountMaxUsd = draft.Kind == CostClaimKind.Amount && iso is not null && draft.AmountMax is { } max ? _rates.ToUsd(max, iso, year) : null,
            RateYear = rateYear,
        };
    }

    /// <summary>The amount whose number starts at token <paramref name="i"/>, or null when no money figure starts there.</summary>
    private static Draft? ReadAmount(Document doc, int i, List<Draft> earlier)
    {
        var t = doc.Tokens;
        if (!(t[i].Kind == MoneyTokenKind.Number || t[i].IsWord))
        {
            return null;
        }
        // GPT-4, Llama-3: a number glued by a hyphen to a name is part of the name.
        if (t[i].Kind == MoneyTokenKind.Number && i >= 2 && t[i].Joined && t[i - 1].Text == "-" && t[i - 1].Joined && t[i - 2].Kind == MoneyTokenKind.Latin)
        {
            return null;
        }
        var a = NumberReader.Read(t, i);
        if (a is null)
        {
            return ReadDualAmount(doc, i);
        }
        if (IsPercent(t, a.Last + 1, out _))
        {
            return null;
        }

        var before = Currencies.ReadBefore(t, i);
        var allowOf = a.IsMagnitude || a.HasScale;
        var aAfter = Currencies.ReadAfter(t, a.Last + 1, allowOf);
        var range = ReadRange(doc, i, a, before, aAfter);
        if (range is not null)
        {
            return range;
        }

        // "4 pounds" of butter: a bare English pound is money only with a scale ("40 million pounds").
        if (aAfter is { Family: "pound", IsEnglish: true, Iso: null } && !a.HasScale)
        {
            aAfter = null;
        }
        var currency = before ?? aAfter;
        var last = aAfter?.Last ?? a.Last;
        string? inherited = null;
        if (currency is null)
        {
            // «عشرات الدولارات» needs its currency; a bare «عشرات» or «6» is not money.
            // 4m, 10k with no currency may be metres or anything else; only written-out scales stand alone.
            var abbreviated = t[a.Last] is { Kind: MoneyTokenKind.Latin, Text: "m" or "k" or "b" };
            if (!a.HasScale || a.Scale < 1_000_000 || abbreviated || !AcceptsWithoutCurrency(doc, a, earlier, out inherited))
            {
                return null;
            }
        }
        else if (a.IsMagnitude && !a.HasScale && before is not null)
        {
            return null;
        }

        var first = before?.First ?? i;
        var startNorm = before?.Start ?? a.Start;
        CostBound bound;
        if (a.IsMagnitude)
        {
            bound = CostBound.Unspecified;
        }
        else if (Bounds.MatchBefore(t, first) is { } prefix)
        {
            bound = prefix.Bound;
            first = prefix.First;
            startNorm = prefix.Start;
        }
        else if (Bounds.MatchAfter(t, last + 1) is { } suffix)
        {
            bound = suffix.Bound;
            last = suffix.Last;
        }
        else if (Bounds.GoverningVerbBefore(t, first) is { } governed)
        {
            bound = governed;
        }
        else
        {
            bound = CostBound.Exact;
        }

        var factor = currency?.Factor ?? 1;
        // «25.000 دولار», "25.000 euros": a dot before three digits with the currency after is a thousands separator
        // (Maghrebi, Levantine and European style); after a symbol ($2.554) it stays a decimal point.
        var value = before is null && a.ThousandsValue is { } thousands ? thousands : a.Value;
        return new Draft(first, last, startNorm, CostClaimKind.Amount, Money(value * factor), null, currency, bound, null, null, null)
        {
            InheritedIso = inherited,
        };
    }

    /// <summary>
    /// A figure accepted without a currency («بقيمة 6 مليارات») takes the currency of the nearest earlier figure of
    /// its paragraph, or else the article's currency when all its figures share one; otherwise it stays null.
    /// </summary>
    private static void InheritCurrencies(Document doc, List<Draft> claims)
    {
        var isos = claims.Select(d => d.Currency is { } c ? doc.ResolveIso(c) : d.InheritedIso).ToList();
        var articleIsos = isos.Where(iso => iso is not null).Distinct().ToList();
        string? lastIso = null;
        var lastParagraph = -1;
        for (var n = 0; n < claims.Count; n++)
        {
            var paragraph = doc.ParagraphOf(claims[n].First);
            if (paragraph != lastParagraph)
            {
                lastIso = null;
                lastParagraph = paragraph;
            }
            if (isos[n] is { } known)
            {
                lastIso = known;
                continue;
            }
            if ((lastIso ?? (articleIsos.Count == 1 ? articleIsos[0] : null)) is { } iso)
            {
                claims[n] = claims[n] with { InheritedIso = iso };
            }
        }
    }

    /// <summary>«بدولارين»، «ريالين»: a dual currency noun is an amount of two.</summary>
    private static Draft? ReadDualAmount(Document doc, int i)
    {
        var t = doc.Tokens;
        if (Currencies.ReadDual(t, i) is not { } dual)
        {
            return null;
        }
        var bound = Bounds.MatchBefore(t, i) is { } prefix ? prefix.Bound : CostBound.Exact;
        return new Draft(i, dual.Last, dual.Start, CostClaimKind.Amount, Money(2 * dual.Factor), null, dual, bound, null, null, null);
    }

    /// <summary>
    /// «بين 5 و10 ملايين دولار»، «من 5 إلى 10 مليارات»، «10-20 مليون دولار»، "between $5m and $10m", "$5-10 million".
    /// The unit may be written once, at the end: the first figure then takes the second's scale and currency.
    /// </summary>
    private static Draft? ReadRange(Document doc, int i, NumberPhrase a, CurrencyMatch? before, CurrencyMatch? aAfter)
    {
        var t = doc.Tokens;
        if (a.IsMagnitude)
        {
            return null;
        }
        var openerEnd = (before?.First ?? i) - 1;
        if (openerEnd >= 0 && t[openerEnd].Kind == MoneyTokenKind.Arabic && Clitics.IsBareProclitic(t[openerEnd].Text) && t[openerEnd + 1].Joined)
        {
            openerEnd--;
        }
        var opener = openerEnd >= 0 && !t[openerEnd + 1].LineBreakBefore ? t[openerEnd].Text : "";
        var between = opener is "بين" or "between" || (opener.Length > 3 && opener.StartsWith('و') && opener[1..] == "بين");
        var from = opener is "من" or "from";

        var k = (aAfter?.Last ?? a.Last) + 1;
        if (k >= t.Count || t[k].LineBreakBefore)
        {
            return null;
        }
        var connector = t[k].Text;
        int bIndex;
        if (between && (connector is "و" or "and"))
        {
            bIndex = k + 1;
        }
        else if (between && t[k].Kind == MoneyTokenKind.Arabic && connector.Length > 1 && connector[0] == 'و')
        {
            bIndex = k; // ومليار: the reader strips the و
        }
        else if ((from || (a.StartsWithDigits && aAfter is null)) && connector is "الي" or "حتي" or "to")
        {
            bIndex = k + 1;
        }
        else if (connector == "-" && a.StartsWithDigits && aAfter is null)
        {
            bIndex = k + 1;
        }
        else
        {
            return null;
        }
        if (bIndex >= t.Count)
        {
            return null;
        }

        // The second figure may repeat the currency before its number: "between $5m and $10m".
        CurrencyMatch? bBefore = null;
        var bStart = bIndex;
        for (var n = bIndex + 1; n <= bIndex + 2 && n < t.Count; n++)
        {
            if (Currencies.ReadBefore(t, n) is { } repeated && repeated.First == bIndex)
            {
                bBefore = repeated;
                bStart = n;
                break;
            }
        }
        var b = NumberReader.Read(t, bStart);
        if (b is null || b.IsMagnitude || IsPercent(t, b.Last + 1, out _))
        {
            return null;
        }
        if (connector == "-" && !b.StartsWithDigits)
        {
            return null;
        }
        var bAfter = Currencies.ReadAfter(t, b.Last + 1, b.HasScale);
        var currency = bAfter ?? bBefore ?? aAfter ?? before;
        if (currency is null)
        {
            return null;
        }
        // «ارتفعت من 5 مليارات دولار إلى 10 مليارات دولار» is a change between two figures, not a range.
        if (from && aAfter is not null && doc.HasChangeVerbBefore(openerEnd))
        {
            return null;
        }

        // «من 2023 إلى 3.6 مليون»: a year is not the low end of a range.
        if (!a.HasScale && before is null && a.StartsWithDigits && a.Value is >= 1900 and <= 2100 && a.Value == Math.Floor(a.Value))
        {
            return null;
        }
        var low = a.Value;
        if (!a.HasScale && b.HasScale)
        {
            // «بين 5 و10 ملايين» → 5 million; «بين 800 و1.2 مليار» → 800 million.
            var scale = b.Scale;
            if (low * scale > b.Value && low * scale / 1000 <= b.Value)
            {
                scale /= 1000;
            }
            low *= scale;
        }
        var high = b.Value;
        // Ranges are written low to high; «من 10 إلى 5» or "$2.55 — $1.15" is a change or two separate figures.
        if (low >= high)
        {
            return null;
        }
        var factor = currency.Factor;
        var first = openerEnd >= 0 && (between || from) ? openerEnd : before?.First ?? i;
        var startNorm = openerEnd >= 0 && (between || from) ? t[openerEnd].Start + (opener.StartsWith('و') && opener.Length > 3 ? 1 : 0) : before?.Start ?? a.Start;
        if (between && first > 0 && t[first - 1].Text == "ما")
        {
            first--;
            startNorm = t[first].Start;
        }
        var last = bAfter?.Last ?? b.Last;
        return new Draft(first, last, startNorm, CostClaimKind.Amount, Money(low * factor), Money(high * factor), currency, CostBound.Range, null, null, null);
    }

    /// <summary>
    /// A figure with a scale but no currency is money when nothing counted follows it and the sentence is about money:
    /// a money word before it (بقيمة 10 مليارات، ضخ المليارات), a currency earlier in the sentence (inherited), or a
    /// bare magnitude of billions in a sentence that counts nothing.
    /// </summary>
    private static bool AcceptsWithoutCurrency(Document doc, NumberPhrase a, List<Draft> earlier, out string? inherited)
    {
        inherited = null;
        var t = doc.Tokens;
        var next = a.Last + 1;
        if (next < t.Count && !t[next].LineBreakBefore && t[next].IsWord)
        {
            var word = t[next].Text;
            var neutral = CostVocabulary.NeutralFollowers.Contains(word)
                || (word.Length > 2 && word[0] is 'و' or 'ف' && CostVocabulary.NeutralFollowers.Contains(word[1..]))
                || (word.Length > 3 && word[0] == 'ل' && t[next].Kind == MoneyTokenKind.Arabic); // لتطوير، للاستثمار: purpose
            if (word is "من" or "of")
            {
                neutral = next + 1 < t.Count && t[next + 1].Is(CostVocabulary.MoneyNouns);
            }
            if (!neutral)
            {
                return false;
            }
        }

        var sentence = doc.SentenceOf(a.First);
        Draft? previous = null;
        for (var n = earlier.Count - 1; n >= 0 && doc.SentenceOf(earlier[n].First) == sentence; n--)
        {
            if (earlier[n].Currency is not null || earlier[n].InheritedIso is not null)
            {
                previous = earlier[n];
                break;
            }
        }
        if (previous is not null)
        {
            inherited = previous.Currency is { } c ? doc.ResolveIso(c) : previous.InheritedIso;
            return true;
        }
        for (var k = a.First - 1; k >= 0 && k >= a.First - 6 && doc.SentenceOf(k) == sentence; k--)
        {
            if (!t[k].IsWord)
            {
                continue;
            }
            if (t[k].Has(CostVocabulary.StrongCueFlags) || t[k].Is(CostVocabulary.MoneyContext))
            {
                return true;
            }
        }
        // «المليارات»، «عشرات المليارات»، «مئات الملايين»: magnitudes this large, or counted in tens and hundreds, are
        // money unless the sentence counts people or things («يستخدمه الملايين» stays a count).
        if (a.IsMagnitude && (a.Scale >= 1_000_000_000 || a.Value > a.Scale))
        {
            var (s0, s1) = doc.Window(a.First, a.Last);
            for (var k = s0; k <= s1; k++)
            {
                if (t[k].IsWord && t[k].Is(CostVocabulary.CountWords))
                {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static bool IsPercent(IReadOnlyList<MoneyToken> t, int k, out int last)
    {
        last = k;
        if (k >= t.Count || t[k].LineBreakBefore)
        {
            return false;
        }
        if (t[k].Text is "%" or "٪" || CostVocabulary.PercentWords.Contains(t[k].Text))
        {
            return true;
        }
        if (t[k].Text == "في" && k + 1 < t.Count && CostVocabulary.HundredWords.Contains(t[k + 1].Text))
        {
            last = k + 1;
            return true;
        }
        if (t[k].Text is "per" && k + 1 < t.Count && t[k + 1].Text == "cent")
        {
            last = k + 1;
            return true;
        }
        return false;
    }

    /// <summary>
    /// The category from the words around the claim: a price per unit; the category of the figure it is compared
    /// with; a cue inside the claim; the figure's own complement («من قيمتها»، "in sales"); the nearest cue of its
    /// clause, then of its sentence; first for the strong cues, then for the weak ones; else other (cost for ratios
    /// and qualitative claims). A cost to the user of a service is its price.
    /// </summary>
    private static CostCategory Categorize(Document doc, Draft draft, (Draft Draft, CostCategory Category)? previous)
    {
        var fallback = draft.Kind == CostClaimKind.Amount ? CostCategory.Other : CostCategory.Cost;
        var t = doc.Tokens;
        var (s0, s1) = doc.Window(draft.First, draft.Last);
        var (c0, _) = doc.ClauseRange(draft.First);
        var (_, c1) = doc.ClauseRange(draft.Last);
        var marketSentence = Enumerable.Range(s0, s1 - s0 + 1).Any(k => t[k].IsWord && t[k].Is(CostVocabulary.MarketWords));

        // «0.14 دولار لكل مليون رمز», "$0.035 per image": so much per unit is a price, whatever verb governs it.
        if (draft.Kind == CostClaimKind.Amount && draft.Last + 1 < t.Count && CostVocabulary.UnitPriceWords.Contains(t[draft.Last + 1].Text)
            && !(draft.Last + 2 < t.Count && CostVocabulary.TimeUnits.Contains(t[draft.Last + 2].Text)))
        {
            return CostCategory.Price;
        }
        // «8 مليارات دولار …، مقارنة بـ6 مليارات دولار قبل عام»: the figure compared with is the same kind of money.
        if (previous is { } earlier && earlier.Draft.Kind == CostClaimKind.Amount && draft.Kind == CostClaimKind.Amount
            && doc.SentenceOf(earlier.Draft.Last) == doc.SentenceOf(draft.First) && IsComparedWith(t, draft.First))
        {
            return earlier.Category;
        }

        foreach (var strong in new[] { true, false })
        {
            for (var k = draft.First; k <= draft.Last; k++)
            {
                if (CueAt(t, k, strong, marketSentence) is { } inside)
                {
                    return AsPrice(t, inside, c0, c1);
                }
            }
            if (OwnComplement(t, draft.Last, s1, strong, marketSentence) is { } own)
            {
                return own;
            }
            if (SubjectOfFigureVerb(t, draft.First, c0, strong, marketSentence) is { } subject)
            {
                return AsPrice(t, subject, c0, c1);
            }
            // The clause first: «جمعت الشركة التمويل، و600 مليون دولار منها استثمارات» is about the investment.
            if (Nearest(t, draft, c0, c1, strong, marketSentence) is { } inClause)
            {
                return AsPrice(t, inClause, c0, c1);
            }
            if (Nearest(t, draft, s0, s1, strong, marketSentence) is { } inSentence)
            {
                return AsPrice(t, inSentence, c0, c1);
            }
            if (strong)
            {
                for (var k = draft.First - 13; k >= s0; k--)
                {
                    if (CueAt(t, k, strong, marketSentence) is { } cue)
                    {
                        return AsPrice(t, cue, c0, c1);
                    }
                }
            }
        }
        return fallback;
    }

    /// <summary>
    /// The nearest cue within [<paramref name="lo"/>, <paramref name="hi"/>]: the nearest in the 12 words before the
    /// claim, unless one in the 8 words after it is less than half as far (English puts the noun last: "a $157 billion
    /// valuation").
    /// </summary>
    private static CostCategory? Nearest(IReadOnlyList<MoneyToken> t, Draft draft, int lo, int hi, bool strong, bool marketSentence)
    {
        (CostCategory Category, int Distance)? before = null;
        for (var k = draft.First - 1; k >= lo && k >= draft.First - 12 && before is null; k--)
        {
            if (CueAt(t, k, strong, marketSentence) is { } cue)
            {
                before = (cue, draft.First - k);
            }
        }
        (CostCategory Category, int Distance)? after = null;
        for (var k = draft.Last + 1; k <= hi && k <= draft.Last + 8 && after is null; k++)
        {
            if (CueAt(t, k, strong, marketSentence) is { } cue)
            {
                after = (cue, k - draft.Last);
            }
        }
        if (after is { } a && (before is not { } b || a.Distance * 2 < b.Distance))
        {
            return a.Category;
        }
        return before?.Category;
    }

    /// <summary>
    /// «80 مليار دولار من قيمتها»، «3 مليارات دولار من مبيعات الرقائق»، "$2 billion in sales", "$300 million in new
    /// funding": what the figure is a part of, named right after it, says what it is.
    /// </summary>
    private static CostCategory? OwnComplement(IReadOnlyList<MoneyToken> t, int last, int s1, bool strong, bool marketSentence)
    {
        var k = last + 1;
        if (k + 1 > s1 || !t[k].IsWord || t[k].Text is not ("من" or "of" or "in"))
        {
            return null;
        }
        if (CueAt(t, k + 1, strong, marketSentence) is { } noun)
        {
            return noun;
        }
        // English may put one adjective between: "in annual revenue".
        return t[k].Kind == MoneyTokenKind.Latin && k + 2 <= s1 && t[k + 1].Kind == MoneyTokenKind.Latin ? CueAt(t, k + 2, strong, marketSentence) : null;
    }

    /// <summary>
    /// «تبلغ قيمة الشركة بعد الجولة 61.5 مليار دولار»: a verb of amounting or reaching earlier in the clause, followed
    /// by its subject; a cue in the subject's first two words decides before any nearer word («الجولة»).
    /// </summary>
    private static CostCategory? SubjectOfFigureVerb(IReadOnlyList<MoneyToken> t, int first, int c0, bool strong, bool marketSentence)
    {
        for (var v = first - 2; v >= c0 && v >= first - 9; v--)
        {
            if (!t[v].IsWord || !t[v].Has(Cue.FigureVerb))
            {
                continue;
            }
            for (var k = v + 1; k <= v + 2 && k < first; k++)
            {
                if (CueAt(t, k, strong, marketSentence) is { } cue)
                {
                    return cue;
                }
            }
            return null;
        }
        return null;
    }

    /// <summary>«مقارنة بـ6 مليارات»، "compared with $6bn", «مقابل 60 دولاراً»: the words right before the figure.</summary>
    private static bool IsComparedWith(IReadOnlyList<MoneyToken> t, int first)
    {
        var k = first - 1;
        if (k >= 0 && t[k].Kind == MoneyTokenKind.Arabic && Clitics.IsBareProclitic(t[k].Text) && t[k + 1].Joined)
        {
            k--;
        }
        if (k >= 0 && t[k].Text is "with" or "to")
        {
            k--;
        }
        return k >= 0 && t[k].IsWord && t[k].Is(CostVocabulary.ComparedWords);
    }

    /// <summary>
    /// «يكلف الاشتراك 20 دولاراً»، «تكلفة الاستشارة 100 جنيه»، «ستكلف المستخدم 3 دولارات»: a cost to the user of a
    /// service is the price asked, unless the clause speaks of training, building or running something.
    /// </summary>
    private static CostCategory AsPrice(IReadOnlyList<MoneyToken> t, CostCategory category, int c0, int c1)
    {
        if (category != CostCategory.Cost)
        {
            return category;
        }
        var consumer = false;
        for (var k = c0; k <= c1; k++)
        {
            if (!t[k].IsWord)
            {
                continue;
            }
            if (t[k].Has(Cue.WeakCostCue))
            {
                return category;
            }
            consumer |= t[k].Has(Cue.ConsumerWord);
        }
        return consumer ? CostCategory.Price : category;
    }

    private static CostCategory? CueAt(IReadOnlyList<MoneyToken> t, int k, bool strong, bool marketSentence)
    {
        if (!t[k].IsWord)
        {
            return null;
        }
        var word = t[k].Text;
        if (!strong)
        {
            foreach (var (category, cues) in CostVocabulary.WeakCues)
            {
                if (t[k].Is(cues))
                {
                    return category;
                }
            }
            return null;
        }
        if (t[k].Is(CostVocabulary.ValueNoun))
        {
            // القيمة السوقية، من قيمتها، قيمة الشركة، market value
            var market = k + 1 < t.Count && (t[k + 1].Is(CostVocabulary.MarketWords) || t[k + 1].Is(CostVocabulary.CompanyWords));
            var fromIts = k > 0 && t[k - 1].Text == "من" && word.Length > 4;
            var englishMarket = k > 0 && t[k - 1].Text == "market";
            return market || fromIts || englishMarket ? CostCategory.Value : null;
        }
        if (word == "market" && k + 1 < t.Count && t[k + 1].Text is "cap" or "value" or "capitalisation" or "capitalization")
        {
            return CostCategory.Value;
        }
        if (marketSentence && t[k].Is(CostVocabulary.LossWords))
        {
            return CostCategory.Value;
        }
        foreach (var (category, cues) in CostVocabulary.StrongCues)
        {
            if (t[k].Is(cues))
            {
                return category == CostCategory.Price && IsIncurred(t, k) ? CostCategory.Cost : category;
            }
        }
        return null;
    }

    /// <summary>«ستسجل رسوماً»، «تكبدت بالفعل رسوماً»: charges a company books or incurs are a cost to it, not a fee it asks.</summary>
    private static bool IsIncurred(IReadOnlyList<MoneyToken> t, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 3 && t[j].IsWord; j--)
        {
            if (t[j].Has(Cue.IncurVerb))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The entity the claim is about, from the entities of its sentence: for costs and prices the nearest product
    /// named before the figure (the model whose training cost it is), otherwise the nearest organisation before it;
    /// then the same after it; then a person or a place. Names introduced as sources (بحسب موقع …) are skipped.
    /// </summary>
    private static string? Subject(Document doc, Draft draft, CostCategory category)
    {
        var t = doc.Tokens;
        var (s0, s1) = doc.Window(draft.First, draft.Last);
        var claimStart = draft.Start;
        var claimEnd = t[draft.Last].End;
        var inSentence = doc.EntitiesBetween(t[s0].Start, t[s1].End).Where(e => !doc.IsAttributed(e)).ToList();
        // «15 دولاراً لدى OpenAI», «100 مليون دولار لـGPT-4», "$100 million for GPT-4": the name right after the
        // figure, introduced by "at" or "for", is what it belongs to.
        var next = draft.Last + 1;
        if (next < t.Count && next <= s1)
        {
            var holderFrom = -1;
            var holderTo = -1;
            if (t[next].Text is "لدي" or "عند" or "at" or "for" or "ل" && next + 1 < t.Count)
            {
                (holderFrom, holderTo) = (t[next + 1].Start, t[next + 1].End);
            }
            else if (t[next].Kind == MoneyTokenKind.Arabic && t[next].Text.Length > 2 && t[next].Text[0] == 'ل')
            {
                (holderFrom, holderTo) = (t[next].Start + 1, t[next].End); // لإنفيديا
            }
            if (holderFrom >= 0 && inSentence.FirstOrDefault(e => e.NormStart >= holderFrom && e.NormStart < holderTo) is { } holder)
            {
                return holder.Entry.Id;
            }
        }
        // «191 مليون دولار أنفقتها جوجل»، «مليارات الدولارات التي تنفقها شركات …»: the agent of a money verb
        // right after the figure is who the figure belongs to.
        for (var k = draft.Last + 1; k <= draft.Last + 3 && k < t.Count && k <= s1; k++)
        {
            if (!t[k].IsWord || !t[k].Has(CostVocabulary.StrongCueFlags))
            {
                continue;
            }
            var agentFrom = t[k].End;
            var agentTo = k + 2 < t.Count && k + 2 <= s1 ? t[k + 2].End : t[Math.Min(k + 1, s1)].End;
            if (inSentence.Where(e => e.NormStart >= agentFrom && e.NormStart < agentTo && e.Entry.Type is EntityType.Organization or EntityType.Person)
                    .OrderBy(e => e.NormStart).FirstOrDefault() is { } agent)
            {
                return agent.Entry.Id;
            }
            break;
        }
        if (CompanyMeant(doc, draft, inSentence) is { } referent)
        {
            return referent;
        }
        var before = inSentence.Where(e => e.NormEnd <= claimStart).OrderByDescending(e => e.NormStart).ToList();
        var after = inSentence.Where(e => e.NormStart >= claimEnd).OrderBy(e => e.NormStart).ToList();

        var productFirst = draft.Kind != CostClaimKind.Amount || category is CostCategory.Cost or CostCategory.Price;
        EntityType[] preference = productFirst ? [EntityType.Product, EntityType.Organization] : [EntityType.Organization, EntityType.Product];
        foreach (var side in new[] { before, after })
        {
            foreach (var type in preference)
            {
                if (side.FirstOrDefault(e => e.Entry.Type == type) is { } found)
                {
                    return found.Entry.Id;
                }
            }
        }
        foreach (var type in new[] { EntityType.Person, EntityType.Location })
        {
            if (before.Concat(after).FirstOrDefault(e => e.Entry.Type == type) is { } found)
            {
                return found.Entry.Id;
            }
        }
        return null;
    }

    /// <summary>
    /// «وأعلنت الشركة، التي أسسها باحثون من غوغل وميتا، عن جمع 1.7 مليار يورو»، «أن الشركة تدفع لمايكروسوفت
    /// مليارات الدولارات»: when «الشركة» stands before the figure in its sentence and the figure's clause names no
    /// company or product before it (a name with لـ is the payee, not the payer), the claim is about the first
    /// organisation of the sentence before «الشركة», else the first organisation of the last earlier sentence that
    /// names one, not about the names of an aside.
    /// </summary>
    private static string? CompanyMeant(Document doc, Draft draft, List<EntityMatch> inSentence)
    {
        var t = doc.Tokens;
        var (sentenceFirst, _) = doc.SentenceRange(draft.First);
        var anaphor = -1;
        for (var k = draft.First - 1; k >= sentenceFirst; k--)
        {
            if (t[k].IsWord && t[k].Has(Cue.CompanyAnaphor) && (t[k].Kind == MoneyTokenKind.Arabic || (k > 0 && t[k - 1].Text == "the")))
            {
                anaphor = k;
                break;
            }
        }
        if (anaphor < 0)
        {
            return null;
        }
        // «الشركة الصينية ديب سيك»: a name right after it is an apposition, not a company named earlier.
        var nameAfter = t[Math.Min(anaphor + 3, t.Count - 1)].End;
        if (inSentence.Any(e => e.NormStart >= t[anaphor].End && e.NormStart < nameAfter && !IsPayee(doc, e)
                && e.Entry.Type is EntityType.Organization or EntityType.Product))
        {
            return null;
        }
        var (clauseFirst, _) = doc.ClauseRange(draft.First);
        var from = t[Math.Max(clauseFirst, anaphor)].Start;
        if (inSentence.Any(e => e.NormStart >= from && e.NormEnd <= draft.Start && e.Entry.Type is EntityType.Organization or EntityType.Product
                && !IsPayee(doc, e)))
        {
            return null;
        }
        // «أعلنت OpenAI عن جولة بقيادة سوفت بنك، … تقدّر قيمة الشركة بنحو 300 مليار»: within its own sentence «الشركة»
        // is the sentence's subject, the first organisation named; from a sentence of its own, the one named last.
        var sentenceStart = t[sentenceFirst].Start;
        var named = doc.EntitiesBetween(0, t[anaphor].Start)
            .Where(e => e.Entry.Type == EntityType.Organization && !doc.IsAttributed(e))
            .ToList();
        var inOwnSentence = named.FirstOrDefault(e => e.NormStart >= sentenceStart);
        if (inOwnSentence is not null || named.Count == 0)
        {
            return inOwnSentence?.Entry.Id;
        }
        // «أعلنت هيوماين عن شراكة مع أمازون … . وقالت الشركة إن …»: the subject of the last sentence that names one.
        var lastSentence = doc.SentenceAt(named[^1].NormStart);
        return named.First(e => doc.SentenceAt(e.NormStart) == lastSentence).Entry.Id;
    }

    /// <summary>«لمايكروسوفت»، «لـ OpenAI»: a name right after the preposition ل receives the money.</summary>
    private static bool IsPayee(Document doc, EntityMatch entity)
    {
        var text = doc.Text.Normalized.Value;
        var s = entity.NormStart;
        var glued = s >= 1 && text[s - 1] == 'ل' && (s < 2 || !char.IsLetter(text[s - 2]) || text[s - 2] == 'و');
        var spaced = s >= 2 && text[s - 1] == ' ' && text[s - 2] == 'ل' && (s < 3 || !char.IsLetter(text[s - 3]));
        return glued || spaced;
    }

    /// <summary>
    /// Rounds to cents, or below one unit to six decimals (a price of 0.004 yuan per thousand tokens must not become
    /// 0.00), and drops the trailing zeros decimal arithmetic leaves (5.6 × 1e6 is 5600000, not 5600000.0).
    /// </summary>
    internal static decimal Money(decimal value) =>
        Math.Round(value, Math.Abs(value) < 1 ? 6 : 2, MidpointRounding.AwayFromZero) / 1.000000000000000000000000000000000m;

    private static void MarkUsed(bool[] used, int first, int last)
    {
        for (var k = Math.Max(0, first); k <= last && k < used.Length; k++)
        {
            used[k] = true;
        }
    }

    private static bool Overlaps(bool[] used, int first, int last)
    {
        for (var k = Math.Max(0, first); k <= last && k < used.Length; k++)
        {
            if (used[k])
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The tokens of one article with their sentences and paragraphs.</summary>
    private sealed class Document
    {
        private readonly int[] _sentence;
        private readonly int[] _paragraph;
        private readonly List<(int First, int Last)> _sentences = [];
        private readonly List<(int First, int Last)> _paragraphs = [];

        public Document(AnalyzedText text, List<MoneyToken> tokens)
        {
            Text = text;
            Tokens = tokens;
            _sentence = new int[tokens.Count];
            _paragraph = new int[tokens.Count];
            var sentenceStart = 0;
            var paragraphStart = 0;
            for (var k = 0; k < tokens.Count; k++)
            {
                if (k > 0 && tokens[k].LineBreakBefore)
                {
                    _paragraphs.Add((paragraphStart, k - 1));
                    paragraphStart = k;
                    if (sentenceStart < k)
                    {
                        _sentences.Add((sentenceStart, k - 1));
                        sentenceStart = k;
                    }
                }
                _sentence[k] = _sentences.Count;
                _paragraph[k] = _paragraphs.Count;
                if (EndsSentence(tokens, k))
                {
                    _sentences.Add((sentenceStart, k));
                    sentenceStart = k + 1;
                }
            }
            if (sentenceStart < tokens.Count)
            {
                _sentences.Add((sentenceStart, tokens.Count - 1));
            }
            if (paragraphStart < tokens.Count)
            {
                _paragraphs.Add((paragraphStart, tokens.Count - 1));
            }
        }

        /// <summary>How far around a claim its sentence is searched for cues and names; real sentences are shorter.</summary>
        private const int Reach = 60;

        private Currencies.CountryMentions? _mentions;

        public AnalyzedText Text { get; }

        public List<MoneyToken> Tokens { get; }

        /// <summary>The claim's sentence, cut to <see cref="Reach"/> tokens either side so a text without full stops stays linear.</summary>
        public (int First, int Last) Window(int first, int last)
        {
            var (s0, s1) = SentenceRange(first);
            return (Math.Max(s0, first - Reach), Math.Min(Math.Max(s1, last), last + Reach));
        }

        public string ResolveIso(CurrencyMatch currency)
        {
            if (currency.Iso is { } iso)
            {
                return iso;
            }
            _mentions ??= new Currencies.CountryMentions(Tokens);
            return Currencies.ResolveFamily(currency, _mentions, Scopes(currency.First));
        }

        /// <summary>The catalog entities lying between two normalised offsets (the list is in text order).</summary>
        public IEnumerable<EntityMatch> EntitiesBetween(int from, int to)
        {
            var entities = Text.Entities;
            for (var n = Sorted.FirstWhere(entities, e => e.NormStart >= from); n < entities.Count && entities[n].NormStart < to; n++)
            {
                if (entities[n].NormEnd <= to)
                {
                    yield return entities[n];
                }
            }
        }

        public int SentenceOf(int token) => _sentence[token];

        public int ParagraphOf(int token) => _paragraph[token];

        public (int First, int Last) SentenceRange(int token) => _sentences[_sentence[token]];

        /// <summary>The sentence, the paragraph and the whole article around a token, for resolving a bare currency name.</summary>
        public IReadOnlyList<(int First, int Last)> Scopes(int token) =>
            [ClauseRange(token), SentenceRange(token), _paragraphs[_paragraph[token]], (0, Tokens.Count - 1)];

        /// <summary>The part of the sentence between commas around a token: «شركة سعودية … 150 مليون ريال، فيما خصصت قطر …».</summary>
        public (int First, int Last) ClauseRange(int token)
        {
            var (s0, s1) = SentenceRange(token);
            var first = token;
            while (first > s0 && first > token - Reach && !IsClauseMark(Tokens[first - 1]))
            {
                first--;
            }
            var last = token;
            while (last < s1 && last < token + Reach && !IsClauseMark(Tokens[last + 1]))
            {
                last++;
            }
            return (first, last);
        }

        private static bool IsClauseMark(MoneyToken token) => token.Kind == MoneyTokenKind.Punct && token.Text is "،" or "," or ":" or "(" or ")";

        public bool HasChangeVerbBefore(int token)
        {
            if (token < 0)
            {
                return false;
            }
            var (s0, _) = SentenceRange(token);
            for (var k = token; k >= s0 && k >= token - 8; k--)
            {
                if (Tokens[k].IsWord && Tokens[k].Is(CostVocabulary.ChangeVerbs))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>True when the entity is named as a source: «بحسب تقرير نشره موقع X»، «وفقاً لـX»، "according to X".</summary>
        public bool IsAttributed(EntityMatch entity)
        {
            var index = TokenAt(entity.NormStart);
            if (index < 0)
            {
                return false;
            }
            var sentence = _sentence[index];
            // The name itself may begin with the word («وكالة رويترز» is one catalog alias).
            for (var k = index; k >= 0 && k >= index - 3 && _sentence[k] == sentence; k--)
            {
                if (Tokens[k].IsWord && Tokens[k].Is(CostVocabulary.AttributionWords))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>The sentence of the token at normalised offset <paramref name="offset"/>, or -1.</summary>
        public int SentenceAt(int offset) => TokenAt(offset) is var index and >= 0 ? _sentence[index] : -1;

        /// <summary>The first token that ends after normalised offset <paramref name="offset"/>, or -1.</summary>
        private int TokenAt(int offset)
        {
            var first = Sorted.FirstWhere(Tokens, t => t.End > offset);
            return first < Tokens.Count ? first : -1;
        }

        private static bool EndsSentence(List<MoneyToken> t, int k)
        {
            if (t[k].Kind != MoneyTokenKind.Punct || t[k].Text is not ("." or "!" or "?" or "؟" or "؛" or ";"))
            {
                return false;
            }
            // ج.م، U.S.: a dot between single letters is an abbreviation; 5.6 never reaches here (one number token).
            return !(t[k].Text == "." && k > 0 && t[k - 1].IsWord && t[k - 1].Text.Length == 1 && k + 1 < t.Count && t[k + 1].Joined);
        }
    }
}
