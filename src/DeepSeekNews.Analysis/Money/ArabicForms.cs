using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Analysis.Money;

/// <summary>
/// Word-form helpers for the money rules: proclitic readings of a word and suffix-tolerant matching against cue
/// lists, all on normalised text (ة is ه, ئ is ي, أإآ are ا).
/// </summary>
internal static class ArabicForms
{
    /// <summary>A proclitic is read off only when at least this many letters remain.</summary>
    public const int MinStem = 2;

    // Longest first, so that وبالمليارات is read as و+ب+ال before و alone.
    internal static readonly string[] Prefixes =
    [
        "وبال", "فبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل",
        "وب", "فب", "ول", "فل", "وك", "ال", "و", "ف", "ب", "ل", "ك",
    ];

    /// <summary>The letters a proclitic starts with; a word starting with any other letter has no reading but itself.</summary>
    internal static readonly string ProcliticInitials = string.Concat(Prefixes.Select(p => p[0]).Distinct());

    // Enclitic pronouns and the inflections a cue noun or verb takes in news text (قيمتها، ينفقون، استثمارات).
    private static readonly string[] Suffixes = ["", "ه", "ها", "هم", "هما", "ي", "نا", "كم", "ات", "ا", "ان", "ين", "ون", "وا", "تها", "ته"];

    /// <summary>The word itself, then each reading with a proclitic removed (prefix, stem); لل also yields ال+stem.</summary>
    public static IEnumerable<(string Prefix, string Stem)> Readings(string word, int minStem = MinStem)
    {
        yield return ("", word);
        foreach (var prefix in Prefixes)
        {
            if (word.Length - prefix.Length < minStem || !word.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }
            var rest = word[prefix.Length..];
            if (prefix.EndsWith("لل", StringComparison.Ordinal))
            {
                yield return (prefix[..^1], "ال" + rest);
            }
            yield return (prefix, rest);
        }
    }

    /// <summary>Normalises every entry of a word list with the article rules, so tables can be written in plain Arabic.</summary>
    public static HashSet<string> Set(params string[] words) =>
        new(words.Select(TextNormalizer.NormalizeString), StringComparer.Ordinal);

    public static string N(string word) => TextNormalizer.NormalizeString(word);

    /// <summary>A table keyed by normalised words; spellings that normalise alike (أسترالي، استرالي) collapse into one key.</summary>
    public static Dictionary<string, TValue> Normalized<TValue>(this Dictionary<string, TValue> table)
    {
        var result = new Dictionary<string, TValue>(StringComparer.Ordinal);
        foreach (var (key, value) in table)
        {
            result[N(key)] = value;
        }
        return result;
    }

    /// <summary>
    /// True when <paramref name="word"/>, after any proclitic, is one of <paramref name="cues"/> with at most an
    /// enclitic or inflection after it. A cue ending in ه (ta marbuta) also matches its ت form (قيمه → قيمتها).
    /// </summary>
    public static bool MatchesCue(string word, IReadOnlySet<string> cues) => CuePrefixLength(word, cues) >= 0;

    /// <summary>How many characters of proclitic stand before the cue in <paramref name="word"/>, or -1 when it is no cue.</summary>
    public static int CuePrefixLength(string word, IReadOnlySet<string> cues)
    {
        foreach (var (prefix, stem) in Readings(word))
        {
            if (MatchesStem(stem, cues))
            {
                // للتكلفة is read as ل + التكلفة: the span keeps the article.
                return prefix.Length;
            }
        }
        return -1;
    }

    /// <summary>Like <see cref="MatchesCue"/>, but looks the word up in a table keyed by cue and returns its value.</summary>
    public static bool TryMatch<TValue>(string word, IReadOnlyDictionary<string, TValue> table, out TValue value)
    {
        foreach (var (_, stem) in Readings(word))
        {
            if (table.TryGetValue(stem, out value!))
            {
                return true;
            }
            foreach (var suffix in Suffixes)
            {
                if (suffix.Length == 0 || stem.Length <= suffix.Length + 1 || !stem.EndsWith(suffix, StringComparison.Ordinal))
                {
                    continue;
                }
                var body = stem[..^suffix.Length];
                if (table.TryGetValue(body, out value!) || (body.EndsWith('ت') && table.TryGetValue(body[..^1] + "ه", out value!)))
                {
                    return true;
                }
            }
        }
        value = default!;
        return false;
    }

    /// <summary>
    /// Every stem that <see cref="MatchesCue"/> accepts for <paramref name="cue"/>: the cue itself, the cue with each
    /// enclitic or inflection, and for a cue ending in ه its ت form before one (قيمه → قيمتها).
    /// </summary>
    public static IEnumerable<string> InflectedForms(string cue)
    {
        yield return cue;
        // A suffix is read off only when at least two letters remain before it.
        if (cue.Length < 2)
        {
            yield break;
        }
        foreach (var suffix in Suffixes)
        {
            if (suffix.Length == 0)
            {
                continue;
            }
            yield return cue + suffix;
            if (cue.EndsWith('ه'))
            {
                yield return cue[..^1] + "ت" + suffix;
            }
        }
    }

    private static bool MatchesStem(string stem, IReadOnlySet<string> cues)
    {
        if (cues.Contains(stem))
        {
            return true;
        }
        foreach (var suffix in Suffixes)
        {
            if (suffix.Length == 0 || stem.Length <= suffix.Length + 1 || !stem.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }
            var body = stem[..^suffix.Length];
            if (cues.Contains(body))
            {
                return true;
            }
            if (body.EndsWith('ت') && cues.Contains(body[..^1] + "ه"))
            {
                return true;
            }
        }
        return false;
    }
}
