namespace DeepSeekNews.Analysis.Text;

/// <summary>
/// Arabic proclitics (conjunction و/ف, preposition ب/ل/ك, article ال) that may stand before a name. Callers strip
/// them only when what remains is a known name or word, so that بكين or لندن are never broken apart.
/// </summary>
public static class Clitics
{
    // Normalised forms, longest first so that the deepest reading is tried first.
    private static readonly string[] Prefixes =
    [
        "وبال", "فبال", "وكال", "فكال", "ولل", "فلل",
        "وال", "فال", "بال", "كال", "لل",
        "وب", "ول", "وك", "فب", "فل", "فك",
        "ال", "و", "ف", "ب", "ل", "ك",
    ];

    /// <summary>
    /// Readings of <paramref name="word"/> with its proclitics removed, longest prefix first: the remaining stem and
    /// how many characters of the word the prefix took. A prefix ending in لل (ل + ال) also yields the stem with its
    /// article restored (للشركة → الشركة), since names are often catalogued with the article.
    /// </summary>
    public static IEnumerable<(string Stem, int PrefixLength)> Strip(string word)
    {
        foreach (var prefix in Prefixes)
        {
            if (word.Length - prefix.Length < 2 || !word.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }
            var rest = word[prefix.Length..];
            if (prefix.EndsWith("لل", StringComparison.Ordinal))
            {
                yield return ("ال" + rest, prefix.Length - 1);
            }
            yield return (rest, prefix.Length);
            if (prefix.EndsWith("ال", StringComparison.Ordinal))
            {
                // وال+X: the article may belong to the catalogued form (والصين → الصين).
                yield return (word[(prefix.Length - 2)..], prefix.Length - 2);
            }
        }
    }

    /// <summary>
    /// The same readings as <see cref="Strip"/> without allocating: each says where the stem starts in
    /// <paramref name="word"/> and whether the catalogued form needs the article put back (للشركة → ال + شركة).
    /// Returns how many readings were written to <paramref name="into"/> (at most <see cref="MaxReadings"/>).
    /// </summary>
    public static int Readings(ReadOnlySpan<char> word, Span<CliticReading> into)
    {
        // Hand-unrolled form of the prefix list above: conjunction (و ف)? then preposition (ب ك ل)? then article (ال)?,
        // with ل + ال written لل. Every Arabic word of an article passes through here, so no string compares.
        var count = 0;
        if (word.Length < 3)
        {
            return 0;
        }
        var at = word[0] is 'و' or 'ف' ? 1 : 0;
        if (at == 1)
        {
            Add(new CliticReading(1, false), word, into, ref count);
        }
        if (at + 1 < word.Length)
        {
            var c = word[at];
            if (c is 'ب' or 'ك')
            {
                Add(new CliticReading(at + 1, false), word, into, ref count);
                if (at + 2 < word.Length && word[at + 1] == 'ا' && word[at + 2] == 'ل')
                {
                    Add(new CliticReading(at + 3, false), word, into, ref count);
                }
            }
            else if (c == 'ل')
            {
                if (word[at + 1] == 'ل')
                {
                    Add(new CliticReading(at + 2, true), word, into, ref count);
                    Add(new CliticReading(at + 2, false), word, into, ref count);
                }
                // Also ل + a name that itself starts with ل (للندن = ل + لندن).
                Add(new CliticReading(at + 1, false), word, into, ref count);
            }
            else if (c == 'ا' && word[at + 1] == 'ل')
            {
                Add(new CliticReading(at + 2, false), word, into, ref count);
            }
        }
        return count;

        static void Add(CliticReading reading, ReadOnlySpan<char> word, Span<CliticReading> into, ref int count)
        {
            if (word.Length - reading.StemStart >= 2 && count < into.Length)
            {
                into[count++] = reading;
            }
        }
    }

    /// <summary>Room enough for every reading <see cref="Readings"/> can produce.</summary>
    public const int MaxReadings = 6;

    /// <summary>True when the whole word is nothing but proclitics (و، ب، لـ before a Latin or quoted name).</summary>
    public static bool IsBareProclitic(string word) => word is "و" or "ف" or "ب" or "ل" or "ك" or "وب" or "ول" or "وك" or "فب" or "فل" or "لل" or "ولل" or "بال" or "وبال" or "ال" or "وال" or "فال" or "كال";
}

/// <summary>
/// One way to read a word as proclitics + stem: the stem starts at <see cref="StemStart"/>. With
/// <see cref="RestoreArticle"/> the word was ل + ال + stem written لل, so the catalogued form is ال + stem and the
/// name itself starts one character earlier, at the second ل.
/// </summary>
public readonly record struct CliticReading(int StemStart, bool RestoreArticle)
{
    /// <summary>Where the name starts within the word.</summary>
    public int NameStart => RestoreArticle ? StemStart - 1 : StemStart;

    /// <summary>True when this reading removed an article (ال، or the ل of لل) from before the stem.</summary>
    public bool StripsArticle(ReadOnlySpan<char> word) =>
        !RestoreArticle && StemStart >= 2 && word[StemStart - 1] == 'ل' && word[StemStart - 2] is 'ا' or 'ل';
}
