namespace DeepSeekNews.Analysis.Money;

/// <summary>A currency written next to a number: which tokens name it and what it resolves to.</summary>
/// <param name="Iso">The ISO 4217 code, or null while a bare جنيه/ريال/درهم/دينار/ليرة waits for its country.</param>
/// <param name="Family">The currency name family (riyal, dinar …), used to pick the country from context.</param>
/// <param name="Factor">1, or 0.01 for cents (سنت، cents, ¢), which are counted in US dollars.</param>
/// <param name="Start">Normalised offset where the currency starts (after a proclitic).</param>
/// <param name="IsEnglish">True for a currency written in Latin script (pounds alone then means sterling).</param>
internal sealed record CurrencyMatch(string? Iso, string Family, decimal Factor, int First, int Last, int Start, bool IsEnglish)
{
    /// <summary>True for an ISO code (USD, SAR), which counts only when written in capitals.</summary>
    public bool IsCode { get; init; }
}

/// <summary>
/// Currency names, symbols and codes, Arabic and English, to ISO 4217. A bare جنيه, ريال, درهم, دينار, ليرة or روبية
/// takes its country from the words around it (<see cref="ResolveFamily"/>); see docs/analysis-money.md for the rule.
/// </summary>
internal static class Currencies
{
    private sealed record Family(string Name, string DefaultIso, string? EnglishDefaultIso, (string Iso, HashSet<string> Cues)[] Countries)
    {
        public IEnumerable<string> Members => Countries.Select(c => c.Iso).Append(DefaultIso).Append(EnglishDefaultIso ?? DefaultIso);
    }

    private static readonly Dictionary<string, Family> Families = BuildFamilies();

    // Arabic currency nouns in every form an article uses (singular, accusative, dual, plural), normalised.
    private static readonly Dictionary<string, (string Family, decimal Factor)> ArabicNouns = BuildArabicNouns();

    // Nouns this short are never read with a clitic: بين is not ب + ين.
    private static readonly HashSet<string> NoCliticNouns = ArabicForms.Set("ين", "وون");

    private static readonly Dictionary<string, (string Family, decimal Factor)> EnglishNouns = new(StringComparer.Ordinal)
    {
        ["dollar"] = ("dollar", 1), ["dollars"] = ("dollar", 1), ["euro"] = ("EUR", 1), ["euros"] = ("EUR", 1),
        ["pound"] = ("pound", 1), ["pounds"] = ("pound", 1), ["sterling"] = ("GBP", 1), ["yuan"] = ("CNY", 1),
        ["renminbi"] = ("CNY", 1), ["yen"] = ("JPY", 1), ["riyal"] = ("riyal", 1), ["riyals"] = ("riyal", 1),
        ["rial"] = ("riyal", 1), ["rials"] = ("riyal", 1), ["dirham"] = ("dirham", 1), ["dirhams"] = ("dirham", 1),
        ["dinar"] = ("dinar", 1), ["dinars"] = ("dinar", 1), ["lira"] = ("lira", 1), ["liras"] = ("lira", 1), ["lire"] = ("lira", 1),
        ["shekel"] = ("ILS", 1), ["shekels"] = ("ILS", 1), ["sheqel"] = ("ILS", 1), ["sheqels"] = ("ILS", 1),
        ["rupee"] = ("rupee", 1), ["rupees"] = ("rupee", 1), ["franc"] = ("CHF", 1), ["francs"] = ("CHF", 1),
        ["won"] = ("KRW", 1), ["ruble"] = ("RUB", 1), ["rubles"] = ("RUB", 1), ["rouble"] = ("RUB", 1), ["roubles"] = ("RUB", 1),
        ["peso"] = ("MXN", 1), ["pesos"] = ("MXN", 1), ["rand"] = ("ZAR", 1), ["cent"] = ("cent", 0.01m), ["cents"] = ("cent", 0.01m),
    };

    // Country adjectives after an Arabic currency noun (masculine, without ال; the feminine ـة and the article are stripped first).
    private static readonly Dictionary<string, string> ArabicAdjectives = new Dictionary<string, string>
    {
        ["أمريكي"] = "USD", ["أميركي"] = "USD", ["كندي"] = "CAD", ["أسترالي"] = "AUD", ["استرالي"] = "AUD",
        ["سنغافوري"] = "SGD", ["تايواني"] = "TWD", ["نيوزيلندي"] = "NZD", ["مصري"] = "EGP", ["إسترليني"] = "GBP",
        ["بريطاني"] = "GBP", ["سوداني"] = "SDG", ["سعودي"] = "SAR", ["قطري"] = "QAR", ["عماني"] = "OMR", ["يمني"] = "YER",
        ["إيراني"] = "IRR", ["برازيلي"] = "BRL", ["إماراتي"] = "AED", ["مغربي"] = "MAD", ["كويتي"] = "KWD", ["أردني"] = "JOD",
        ["بحريني"] = "BHD", ["عراقي"] = "IQD", ["ليبي"] = "LYD", ["تونسي"] = "TND", ["جزائري"] = "DZD", ["لبناني"] = "LBP",
        ["سوري"] = "SYP", ["تركي"] = "TRY", ["صيني"] = "CNY", ["ياباني"] = "JPY", ["هندي"] = "INR", ["باكستاني"] = "PKR",
        ["إندونيسي"] = "IDR", ["سويسري"] = "CHF", ["روسي"] = "RUB", ["كوري"] = "KRW", ["مكسيكي"] = "MXN", ["جديد"] = "ILS",
    }.Normalized();

    private static readonly Dictionary<string, string> EnglishAdjectives = new(StringComparer.Ordinal)
    {
        ["us"] = "USD", ["american"] = "USD", ["canadian"] = "CAD", ["australian"] = "AUD", ["singapore"] = "SGD",
        ["singaporean"] = "SGD", ["taiwan"] = "TWD", ["taiwanese"] = "TWD", ["egyptian"] = "EGP", ["british"] = "GBP",
        ["sudanese"] = "SDG", ["saudi"] = "SAR", ["qatari"] = "QAR", ["omani"] = "OMR", ["yemeni"] = "YER", ["iranian"] = "IRR",
        ["brazilian"] = "BRL", ["emirati"] = "AED", ["uae"] = "AED", ["moroccan"] = "MAD", ["kuwaiti"] = "KWD",
        ["jordanian"] = "JOD", ["bahraini"] = "BHD", ["iraqi"] = "IQD", ["libyan"] = "LYD", ["tunisian"] = "TND",
        ["algerian"] = "DZD", ["lebanese"] = "LBP", ["syrian"] = "SYP", ["turkish"] = "TRY", ["chinese"] = "CNY",
        ["japanese"] = "JPY", ["indian"] = "INR", ["pakistani"] = "PKR", ["indonesian"] = "IDR", ["swiss"] = "CHF",
        ["russian"] = "RUB", ["korean"] = "KRW", ["mexican"] = "MXN", ["israeli"] = "ILS",
    };

    private static readonly Dictionary<string, string> Codes = new(StringComparer.Ordinal)
    {
        ["usd"] = "USD", ["eur"] = "EUR", ["gbp"] = "GBP", ["egp"] = "EGP", ["sar"] = "SAR", ["qar"] = "QAR", ["aed"] = "AED",
        ["kwd"] = "KWD", ["jod"] = "JOD", ["bhd"] = "BHD", ["omr"] = "OMR", ["iqd"] = "IQD", ["lbp"] = "LBP", ["syp"] = "SYP",
        ["try"] = "TRY", ["cny"] = "CNY", ["rmb"] = "CNY", ["jpy"] = "JPY", ["inr"] = "INR", ["ils"] = "ILS", ["nis"] = "ILS",
        ["mad"] = "MAD", ["chf"] = "CHF", ["cad"] = "CAD", ["aud"] = "AUD", ["krw"] = "KRW", ["rub"] = "RUB", ["hkd"] = "HKD",
        ["sgd"] = "SGD", ["twd"] = "TWD", ["tnd"] = "TND", ["dzd"] = "DZD", ["lyd"] = "LYD", ["yer"] = "YER", ["irr"] = "IRR",
        ["brl"] = "BRL", ["mxn"] = "MXN", ["zar"] = "ZAR", ["pkr"] = "PKR", ["idr"] = "IDR", ["nzd"] = "NZD",
        ["rs"] = "INR",
    };

    // Latin letters glued before $ (US$, C$, HK$).
    private static readonly Dictionary<string, string> DollarPrefixes = new(StringComparer.Ordinal)
    {
        ["us"] = "USD", ["u.s"] = "USD", ["c"] = "CAD", ["ca"] = "CAD", ["a"] = "AUD", ["au"] = "AUD", ["hk"] = "HKD",
        ["s"] = "SGD", ["nt"] = "TWD", ["nz"] = "NZD",
    };

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["$"] = "dollar", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "yen-sign", ["₹"] = "INR", ["₪"] = "ILS", ["₩"] = "KRW",
        ["₺"] = "TRY", ["₽"] = "RUB",
    };

    // Arabic abbreviations written letter, dot, letter (ج.م، ر.س، د.إ).
    private static readonly Dictionary<string, string> Abbreviations = new Dictionary<string, string>
    {
        ["ج.م"] = "EGP", ["ر.س"] = "SAR", ["ر.ق"] = "QAR", ["ر.ع"] = "OMR", ["د.إ"] = "AED", ["د.ك"] = "KWD", ["د.ب"] = "BHD",
        ["د.ع"] = "IQD", ["د.م"] = "MAD", ["ل.ل"] = "LBP", ["ل.س"] = "SYP", ["د.ت"] = "TND", ["د.ج"] = "DZD", ["د.ل"] = "LYD",
    }.Normalized();

    // Words that place ¥ in China rather than Japan.
    private static readonly HashSet<string> ChineseCues = ArabicForms.Set(
        "الصين", "صيني", "صينية", "الصينية", "الصيني", "بكين", "شنغهاي", "يوان", "china", "chinese", "beijing", "shanghai", "yuan", "rmb", "renminbi");

    /// <summary>Dual nouns are a number by themselves: «دولارين» is two dollars.</summary>
    internal static readonly HashSet<string> DualNouns = ArabicForms.Set(
        "دولاران", "دولارين", "ريالان", "ريالين", "ديناران", "دينارين", "درهمان", "درهمين", "جنيهان", "جنيهين", "ليرتان",
        "ليرتين", "سنتين", "شيكلين", "روبيتين");

    /// <summary>A dual currency noun standing alone at token <paramref name="k"/> («بدولارين»), read as an amount of 2.</summary>
    public static CurrencyMatch? ReadDual(IReadOnlyList<MoneyToken> t, int k)
    {
        if (t[k].Kind != MoneyTokenKind.Arabic || !t[k].Has(Cue.DualCurrency))
        {
            return null;
        }
        foreach (var (prefix, stem) in ArabicForms.Readings(t[k].Text))
        {
            if (prefix is "" or "ب" or "و" or "ل" or "وب" && DualNouns.Contains(stem))
            {
                var single = new[] { t[k] with { Text = stem, Start = t[k].Start + prefix.Length } };
                return ReadNoun(single, 0, afterOf: false) is { } noun ? noun with { First = k, Last = k } : null;
            }
        }
        return null;
    }

    /// <summary>The currency that follows a number at token <paramref name="k"/> («دولار»، «من الدولارات»، "of dollars", "$", "USD", «ج.م»).</summary>
    public static CurrencyMatch? ReadAfter(IReadOnlyList<MoneyToken> t, int k, bool allowOf)
    {
        if (k >= t.Count || t[k].LineBreakBefore)
        {
            return null;
        }
        if (allowOf && k + 1 < t.Count && t[k].Text is "من" or "of" && ReadNoun(t, k + 1, afterOf: true) is { } ofNoun)
        {
            return ofNoun;
        }
        if (ReadNoun(t, k, afterOf: false) is { } noun)
        {
            return noun;
        }
        var tok = t[k];
        if (tok.Kind == MoneyTokenKind.Symbol && Symbols.TryGetValue(tok.Text, out var family))
        {
            return SymbolMatch(family, k, k, tok.Start);
        }
        if (tok.Kind == MoneyTokenKind.Symbol && tok.Text == "¢")
        {
            return new CurrencyMatch("USD", "cent", 0.01m, k, k, tok.Start, true);
        }
        if (tok.Kind == MoneyTokenKind.Latin && Codes.TryGetValue(tok.Text, out var code) && IsWrittenAsCode(tok))
        {
            return new CurrencyMatch(code, code, 1, k, k, tok.Start, true) { IsCode = true };
        }
        return ReadAbbreviation(t, k);
    }

    /// <summary>The currency written before a number whose first token is <paramref name="numberFirst"/> ("$", "US$", "€", "USD ", "SAR ").</summary>
    public static CurrencyMatch? ReadBefore(IReadOnlyList<MoneyToken> t, int numberFirst)
    {
        var k = numberFirst - 1;
        if (k < 0 || t[numberFirst].LineBreakBefore)
        {
            return null;
        }
        var tok = t[k];
        if (tok.Kind == MoneyTokenKind.Symbol && Symbols.TryGetValue(tok.Text, out var family))
        {
            if (family == "dollar" && k > 0 && t[k].Joined && t[k - 1].Kind == MoneyTokenKind.Latin && DollarPrefixes.TryGetValue(t[k - 1].Text, out var prefixed))
            {
                return new CurrencyMatch(prefixed, "dollar", 1, k - 1, k, t[k - 1].Start, true);
            }
            return SymbolMatch(family, k, k, tok.Start);
        }
        if (tok.Kind == MoneyTokenKind.Latin && Codes.TryGetValue(tok.Text, out var code) && IsWrittenAsCode(tok) && tok.Text != "try")
        {
            return new CurrencyMatch(code, code, 1, k, k, tok.Start, true) { IsCode = true };
        }
        return null;
    }

    /// <summary>
    /// Resolves a bare family name (ريال، دينار …) to a country: an adjective wins (handled when reading); then the
    /// country word nearest to the currency in the clause, then in the sentence, then in the paragraph, then in the
    /// whole article; then the family's default (جنيه → EGP, ريال → SAR, درهم → AED, دينار → KWD, ليرة → LBP,
    /// روبية → INR; in English text pounds → GBP and lira → TRY).
    /// </summary>
    /// <param name="scopes">Token ranges from the narrowest to the widest.</param>
    public static string ResolveFamily(CurrencyMatch match, CountryMentions mentions, IReadOnlyList<(int First, int Last)> scopes)
    {
        if (match.Iso is not null)
        {
            return match.Iso;
        }
        if (match.Family == "yen-sign")
        {
            return scopes.Any(s => mentions.Nearest("yen-sign", s, match.First) is not null) ? "CNY" : "JPY";
        }
        var family = Families[match.Family];
        foreach (var scope in scopes)
        {
            if (mentions.Nearest(family.Name, scope, match.First) is { } iso)
            {
                return iso;
            }
        }
        return match.IsEnglish && family.EnglishDefaultIso is { } english ? english : family.DefaultIso;
    }

    /// <summary>
    /// The country words of an article for each currency family, found in one pass so that resolving many bare
    /// currency names stays linear in the article's length.
    /// </summary>
    internal sealed class CountryMentions
    {
        private static readonly Dictionary<string, List<(string Family, string Iso)>> CueTable = BuildCueTable();

        /// <summary>The country words (and China's, for ¥), matched with clitics and inflections like cue words.</summary>
        public static IEnumerable<string> Words => CueTable.Keys;

        private readonly Dictionary<string, List<(int Index, string Iso)>> _byFamily = new(StringComparer.Ordinal);

        public CountryMentions(IReadOnlyList<MoneyToken> tokens)
        {
            for (var k = 0; k < tokens.Count; k++)
            {
                if (!tokens[k].Has(Cue.CountryWord) || !ArabicForms.TryMatch(tokens[k].Text, CueTable, out var targets))
                {
                    continue;
                }
                foreach (var (family, iso) in targets)
                {
                    if (!_byFamily.TryGetValue(family, out var list))
                    {
                        _byFamily[family] = list = [];
                    }
                    list.Add((k, iso));
                }
            }
        }

        /// <summary>The country nearest to token <paramref name="at"/> within <paramref name="scope"/>; the earlier one on a tie.</summary>
        public string? Nearest(string family, (int First, int Last) scope, int at)
        {
            if (!_byFamily.TryGetValue(family, out var list))
            {
                return null;
            }
            var lo = Sorted.FirstWhere(list, m => m.Index >= at);
            (int Index, string Iso)? left = lo > 0 && list[lo - 1].Index >= scope.First ? list[lo - 1] : null;
            (int Index, string Iso)? right = lo < list.Count && list[lo].Index <= scope.Last ? list[lo] : null;
            if (left is { } l && (right is not { } r0 || at - l.Index <= r0.Index - at))
            {
                return l.Iso;
            }
            return right?.Iso;
        }

        private static Dictionary<string, List<(string Family, string Iso)>> BuildCueTable()
        {
            var table = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
            void Add(string cue, string family, string iso)
            {
                if (!table.TryGetValue(cue, out var list))
                {
                    table[cue] = list = [];
                }
                if (!list.Contains((family, iso)))
                {
                    list.Add((family, iso));
                }
            }
            foreach (var family in Families.Values)
            {
                foreach (var (iso, cues) in family.Countries)
                {
                    foreach (var cue in cues)
                    {
                        Add(cue, family.Name, iso);
                    }
                }
            }
            foreach (var cue in ChineseCues)
            {
                Add(cue, "yen-sign", "CNY");
            }
            return table;
        }
    }

    // USD, SAR: a code is written in capitals (yer is a Turkish word, not the Yemeni rial); Rs only capitalised.
    private static bool IsWrittenAsCode(MoneyToken tok) => tok.Text == "rs" ? tok.CapitalisedInOriginal : tok.UpperInOriginal;

    private static CurrencyMatch SymbolMatch(string family, int first, int last, int start) =>
        family switch
        {
            "dollar" => new CurrencyMatch("USD", "dollar", 1, first, last, start, true),
            "yen-sign" => new CurrencyMatch(null, "yen-sign", 1, first, last, start, true),
            _ => new CurrencyMatch(family, family, 1, first, last, start, true),
        };

    private static CurrencyMatch? ReadNoun(IReadOnlyList<MoneyToken> t, int k, bool afterOf)
    {
        if (k >= t.Count)
        {
            return null;
        }
        var tok = t[k];
        if (tok.Kind == MoneyTokenKind.Arabic)
        {
            foreach (var (prefix, stem) in ArabicForms.Readings(tok.Text))
            {
                // After a number the noun is bare or definite (دولار، الدولارات); after من it is definite.
                if (prefix is not ("" or "ال") || (afterOf && prefix != "ال" && !stem.StartsWith("ال", StringComparison.Ordinal)))
                {
                    continue;
                }
                if (prefix.Length > 0 && NoCliticNouns.Contains(stem))
                {
                    continue;
                }
                var bare = stem.StartsWith("ال", StringComparison.Ordinal) && stem.Length > 4 ? stem[2..] : stem;
                if (!ArabicNouns.TryGetValue(stem, out var noun) && !ArabicNouns.TryGetValue(bare, out noun))
                {
                    continue;
                }
                var last = k;
                var iso = ResolveNounIso(noun.Family);
                var familyName = noun.Family;
                if (k + 1 < t.Count && !t[k + 1].LineBreakBefore && ArabicAdjective(t, k + 1) is { } adjective && Fits(noun.Family, adjective.Iso))
                {
                    iso = adjective.Iso;
                    last = adjective.Last;
                }
                return new CurrencyMatch(iso, familyName, noun.Factor, k, last, tok.Start + prefix.Length, false);
            }
            return null;
        }
        if (tok.Kind == MoneyTokenKind.Latin)
        {
            // "US dollars", "Saudi riyals", "Hong Kong dollars", "pounds sterling"
            string? adjectiveIso = null;
            var j = k;
            if (EnglishAdjectives.TryGetValue(tok.Text, out var adj) && j + 1 < t.Count)
            {
                adjectiveIso = adj;
                j++;
            }
            else if (tok.Text is "hong" or "new" or "south" && j + 2 < t.Count)
            {
                var pair = tok.Text + " " + t[j + 1].Text;
                adjectiveIso = pair switch
                {
                    "hong kong" => "HKD",
                    "new zealand" => "NZD",
                    "new taiwan" => "TWD",
                    "south african" => "ZAR",
                    "south korean" => "KRW",
                    _ => null,
                };
                if (adjectiveIso is not null)
                {
                    j += 2;
                }
            }
            if (!EnglishNouns.TryGetValue(t[j].Text, out var noun))
            {
                return null;
            }
            var iso = ResolveNounIso(noun.Family);
            if (adjectiveIso is not null)
            {
                if (!Fits(noun.Family, adjectiveIso))
                {
                    return null;
                }
                iso = adjectiveIso;
            }
            var last = j;
            if (noun.Family == "pound" && j + 1 < t.Count && t[j + 1].Text == "sterling")
            {
                iso = "GBP";
                last = j + 1;
            }
            return new CurrencyMatch(iso, noun.Family, noun.Factor, k, last, tok.Start, true);
        }
        return null;
    }

    private static string? ResolveNounIso(string family) =>
        family switch
        {
            "dollar" => "USD",
            "cent" => "USD",
            _ when Families.ContainsKey(family) => null,
            _ => family,
        };

    private static bool Fits(string family, string iso) =>
        family == "dollar" ? iso is "USD" or "CAD" or "AUD" or "SGD" or "TWD" or "NZD" or "HKD"
        : family == "pound" && iso is "LBP" or "SYP" ? true // "Lebanese pounds" is the English name of the lira
        : Families.TryGetValue(family, out var f) ? f.Members.Contains(iso)
        : family == iso;

    private static (string Iso, int Last)? ArabicAdjective(IReadOnlyList<MoneyToken> t, int k)
    {
        var tok = t[k];
        if (tok.Kind != MoneyTokenKind.Arabic)
        {
            return null;
        }
        if (tok.Text is "هونغ" or "هونج" && k + 1 < t.Count && t[k + 1].Text is "كونغ" or "كونج")
        {
            return ("HKD", k + 1);
        }
        var word = tok.Text;
        if (word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 4)
        {
            word = word[2..];
        }
        if (ArabicAdjectives.TryGetValue(word, out var iso) || (word.EndsWith('ه') && ArabicAdjectives.TryGetValue(word[..^1], out iso)))
        {
            return (iso, k);
        }
        return null;
    }

    private static CurrencyMatch? ReadAbbreviation(IReadOnlyList<MoneyToken> t, int k)
    {
        if (k + 2 >= t.Count || t[k].Kind != MoneyTokenKind.Arabic || t[k].Text.Length != 1 || t[k + 1].Text != "." || !t[k + 1].Joined
            || t[k + 2].Kind != MoneyTokenKind.Arabic || !t[k + 2].Joined || t[k + 2].Text.Length != 1)
        {
            return null;
        }
        var key = t[k].Text + "." + t[k + 2].Text;
        if (!Abbreviations.TryGetValue(key, out var iso))
        {
            return null;
        }
        var last = k + 2 + 1 < t.Count && t[k + 3].Text == "." && t[k + 3].Joined ? k + 3 : k + 2;
        return new CurrencyMatch(iso, iso, 1, k, last, t[k].Start, false);
    }

    private static Dictionary<string, (string Family, decimal Factor)> BuildArabicNouns()
    {
        var table = new Dictionary<string, (string, decimal)>(StringComparer.Ordinal);
        void Add(string family, decimal factor, params string[] forms)
        {
            foreach (var form in forms)
            {
                table[ArabicForms.N(form)] = (family, factor);
            }
        }
        Add("dollar", 1, "دولار", "دولاراً", "دولاران", "دولارين", "دولارات");
        Add("EUR", 1, "يورو", "أورو", "يوروهات");
        Add("pound", 1, "جنيه", "جنيهاً", "جنيهان", "جنيهين", "جنيهات");
        Add("GBP", 1, "إسترليني", "استرليني", "باوند");
        Add("riyal", 1, "ريال", "ريالاً", "ريالان", "ريالين", "ريالات");
        Add("dirham", 1, "درهم", "درهماً", "درهمان", "درهمين", "دراهم");
        Add("dinar", 1, "دينار", "ديناراً", "ديناران", "دينارين", "دنانير");
        Add("lira", 1, "ليرة", "ليرتان", "ليرتين", "ليرات");
        Add("CNY", 1, "يوان", "يواناً", "يوانات", "رنمينبي");
        Add("JPY", 1, "ين");
        Add("rupee", 1, "روبية", "روبيات", "روبيتين");
        Add("ILS", 1, "شيكل", "شيكلاً", "شيكلات", "شيكلين", "شيقل", "شيقلاً", "شواقل");
        Add("CHF", 1, "فرنك", "فرنكاً", "فرنكات");
        Add("RUB", 1, "روبل", "روبلاً", "روبلات");
        Add("KRW", 1, "وون");
        Add("MXN", 1, "بيزو");
        Add("ZAR", 1, "راند");
        Add("cent", 0.01m, "سنت", "سنتاً", "سنتات", "سنتين", "سينت", "سينتات");
        return table;
    }

    private static Dictionary<string, Family> BuildFamilies()
    {
        static (string, HashSet<string>) Country(string iso, params string[] cues) => (iso, ArabicForms.Set(cues));
        var families = new[]
        {
            new Family("pound", "EGP", "GBP",
            [
                Country("GBP", "بريطانيا", "بريطاني", "بريطانية", "لندن", "إسترليني", "استرليني", "britain", "british", "london", "uk"),
                Country("SDG", "السودان", "سوداني", "سودانية", "الخرطوم", "sudan", "sudanese"),
                Country("EGP", "مصر", "مصري", "مصرية", "القاهرة", "egypt", "egyptian", "cairo"),
            ]),
            new Family("riyal", "SAR", null,
            [
                Country("QAR", "قطر", "قطري", "قطرية", "الدوحة", "qatar", "qatari", "doha"),
                Country("OMR", "عمان", "عماني", "عمانية", "مسقط", "oman", "omani", "muscat"),
                Country("YER", "اليمن", "يمني", "يمنية", "صنعاء", "yemen", "yemeni"),
                Country("IRR", "إيران", "إيراني", "إيرانية", "طهران", "iran", "iranian"),
                Country("BRL", "البرازيل", "برازيلي", "برازيلية", "brazil", "brazilian"),
                Country("SAR", "السعودية", "سعودي", "سعودية", "الرياض", "saudi", "riyadh"),
            ]),
            new Family("dirham", "AED", null,
            [
                Country("MAD", "المغرب", "مغربي", "مغربية", "الرباط", "morocco", "moroccan"),
                Country("AED", "الإمارات", "إماراتي", "إماراتية", "دبي", "أبوظبي", "uae", "emirati", "dubai"),
            ]),
            new Family("dinar", "KWD", null,
            [
                Country("KWD", "الكويت", "كويتي", "كويتية", "kuwait", "kuwaiti"),
                Country("JOD", "الأردن", "أردني", "أردنية", "jordan", "jordanian"),
                Country("BHD", "البحرين", "بحريني", "بحرينية", "المنامة", "bahrain", "bahraini"),
                Country("IQD", "العراق", "عراقي", "عراقية", "بغداد", "iraq", "iraqi"),
                Country("LYD", "ليبيا", "ليبي", "ليبية", "طرابلس", "libya", "libyan"),
                Country("TND", "تونس", "تونسي", "تونسية", "tunisia", "tunisian"),
                Country("DZD", "الجزائر", "جزائري", "جزائرية", "algeria", "algerian"),
            ]),
            new Family("lira", "LBP", "TRY",
            [
                Country("TRY", "تركيا", "تركي", "تركية", "أنقرة", "إسطنبول", "turkey", "turkish", "türkiye"),
                Country("SYP", "سوريا", "سورية", "سوري", "دمشق", "syria", "syrian"),
                Country("LBP", "لبنان", "لبناني", "لبنانية", "بيروت", "lebanon", "lebanese"),
            ]),
            new Family("rupee", "INR", null,
            [
                Country("PKR", "باكستان", "باكستاني", "باكستانية", "pakistan", "pakistani"),
                Country("IDR", "إندونيسيا", "إندونيسي", "إندونيسية", "indonesia", "indonesian"),
                Country("INR", "الهند", "هندي", "هندية", "india", "indian"),
            ]),
        };
        return families.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }
}
