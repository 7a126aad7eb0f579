namespace DeepSeekNews.Analysis.Money;

/// <summary>
/// One bit per word list that the money rules match with proclitics and inflections (<see cref="CueList"/>), and
/// one for each word class a reader tests every word for before it looks closer (number words, dual currency
/// nouns, country words, fractions and multiples, approximators). A new list needs a bit here and a line in
/// <see cref="CostVocabulary.All"/>.
/// </summary>
[Flags]
internal enum Cue : long
{
    None = 0,
    CostCue = 1L << 0,
    SpendingCue = 1L << 1,
    PriceCue = 1L << 2,
    ValueCue = 1L << 3,
    RevenueCue = 1L << 4,
    FundingCue = 1L << 5,
    WeakCostCue = 1L << 6,
    CompanyWord = 1L << 7,
    ValueNoun = 1L << 8,
    MarketWord = 1L << 9,
    LossWord = 1L << 10,
    CostNoun = 1L << 11,
    CostVerb = 1L << 12,
    CostComplement = 1L << 13,
    Cheaper = 1L << 14,
    Dearer = 1L << 15,
    Lower = 1L << 16,
    Higher = 1L << 17,
    InherentlyCostly = 1L << 18,
    LowQualifier = 1L << 19,
    HighQualifier = 1L << 20,
    MoneyContext = 1L << 21,
    MoneyNoun = 1L << 22,
    Attribution = 1L << 23,
    ChangeVerb = 1L << 24,
    CountWord = 1L << 25,
    Effective = 1L << 26,
    PartWord = 1L << 27,
    PriceNoun = 1L << 28,
    SpendingNoun = 1L << 29,

    /// <summary>A reading of the word is a number word (<see cref="NumberWords.ClassifyArabic"/>, <see cref="NumberWords.ClassifyEnglish"/>).</summary>
    NumberWord = 1L << 30,

    /// <summary>A reading of the word is a dual currency noun («بدولارين»).</summary>
    DualCurrency = 1L << 31,

    /// <summary>The word names a country that decides a bare currency name (قطر، الدوحة، قطري …).</summary>
    CountryWord = 1L << 32,

    /// <summary>A reading of the word is a fraction or a multiple of a cost (نصف، ربع، ضعف، twice).</summary>
    CostFraction = 1L << 33,
    CostMultiple = 1L << 34,

    /// <summary>A reading of the word is one that may stand before a multiplier (بنحو، about).</summary>
    Approximator = 1L << 35,

    FigureTaker = 1L << 36,
    ReduceVerb = 1L << 37,
    ConsumerWord = 1L << 38,
    IncurVerb = 1L << 39,
    WeakSpendingCue = 1L << 40,
    WeakFundingCue = 1L << 41,
    ComparedWord = 1L << 42,
    FigureVerb = 1L << 43,
    CompanyAnaphor = 1L << 44,
    PayVerb = 1L << 45,
    OtherCue = 1L << 46,
}

/// <summary>
/// A word list matched with proclitics and inflections: a word belongs to it when <see cref="ArabicForms.MatchesCue"/>
/// says so (بتكلفة، تكلفتها، استثماراتها، ينفقون). Words are normalised when the list is built.
/// </summary>
internal sealed class CueList
{
    public CueList(Cue flag, params string[] words)
    {
        Flag = flag;
        Words = ArabicForms.Set(words);
    }

    public Cue Flag { get; }

    /// <summary>The listed words themselves, for the rules that want a word exactly as listed.</summary>
    public HashSet<string> Words { get; }
}

/// <summary>
/// Finds every list a word belongs to with one table probe per proclitic reading of the word, instead of trying each
/// reading and each inflection against each list. The table holds every inflected form of every listed word (what
/// <see cref="ArabicForms.MatchesCue"/> accepts), so the answer is the same; <see cref="MoneyLexer"/> looks each word
/// up once and the rules test <see cref="MoneyToken.Cues"/>.
/// </summary>
internal static class WordCues
{
    private static readonly Dictionary<string, Cue> Forms = BuildForms();

    // For the reading ل + ال + stem of a word written لل + stem (للتكلفة): the forms that begin with the article,
    // keyed without it, so the stem is looked up without building ال + stem.
    private static readonly Dictionary<string, Cue> DefiniteForms = Forms
        .Where(f => f.Key.StartsWith("ال", StringComparison.Ordinal))
        .ToDictionary(f => f.Key[2..], f => f.Value, StringComparer.Ordinal);

    private static readonly Dictionary<string, Cue>.AlternateLookup<ReadOnlySpan<char>> FormsBySpan = Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, Cue>.AlternateLookup<ReadOnlySpan<char>> DefiniteFormsBySpan = DefiniteForms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The lists <paramref name="word"/> (a normalised token) belongs to, under any of its proclitic readings.</summary>
    public static Cue Of(string word)
    {
        // The readings of ArabicForms.Readings, as slices of the word.
        var cues = Forms.GetValueOrDefault(word);
        if (word.Length <= ArabicForms.MinStem || !ArabicForms.ProcliticInitials.Contains(word[0]))
        {
            return cues;
        }
        foreach (var prefix in ArabicForms.Prefixes)
        {
            if (word.Length - prefix.Length < ArabicForms.MinStem || !word.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }
            var rest = word.AsSpan(prefix.Length);
            if (prefix.EndsWith("لل", StringComparison.Ordinal) && DefiniteFormsBySpan.TryGetValue(rest, out var definite))
            {
                cues |= definite;
            }
            if (FormsBySpan.TryGetValue(rest, out var found))
            {
                cues |= found;
            }
        }
        return cues;
    }

    private static Dictionary<string, Cue> BuildForms()
    {
        var forms = new Dictionary<string, Cue>(StringComparer.Ordinal);
        void Add(string form, Cue flag) => forms[form] = forms.GetValueOrDefault(form) | flag;

        var seen = Cue.None;
        foreach (var list in CostVocabulary.All)
        {
            if ((seen & list.Flag) != 0)
            {
                throw new InvalidOperationException($"Two cue lists share the bit {list.Flag}.");
            }
            seen |= list.Flag;
            foreach (var word in list.Words)
            {
                foreach (var form in ArabicForms.InflectedForms(word))
                {
                    Add(form, list.Flag);
                }
            }
        }
        foreach (var word in Currencies.CountryMentions.Words)
        {
            foreach (var form in ArabicForms.InflectedForms(word))
            {
                Add(form, Cue.CountryWord);
            }
        }
        // The word classes take no inflection: only their exact stems.
        foreach (var stem in NumberWords.Stems)
        {
            Add(stem, Cue.NumberWord);
        }
        foreach (var noun in Currencies.DualNouns)
        {
            Add(noun, Cue.DualCurrency);
        }
        foreach (var fraction in CostVocabulary.CostFractions.Keys)
        {
            Add(fraction, Cue.CostFraction);
        }
        foreach (var multiple in CostVocabulary.CostMultiples.Keys)
        {
            Add(multiple, Cue.CostMultiple);
        }
        foreach (var approximator in RatioReader.Approximators)
        {
            Add(approximator, Cue.Approximator);
        }
        return forms;
    }
}
