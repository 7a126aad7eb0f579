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

    /// <summary>True when the whole word is nothing but proclitics (و، ب، لـ before a Latin or quoted name).</summary>
    public static bool IsBareProclitic(string word) => word is "و" or "ف" or "ب" or "ل" or "ك" or "وب" or "ول" or "وك" or "فب" or "فل" or "لل" or "ولل" or "بال" or "وبال" or "ال" or "وال" or "فال" or "كال";
}
