namespace DeepSeekNews.Ingestion.Extraction;

/// <summary>
/// The article's language from its text, refined by what the markup declares: Arabic script
/// means "ar"; Latin script with common English words means "en"; otherwise the markup's code.
/// </summary>
internal static class LanguageGuesser
{
    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "was", "on", "as", "are", "be", "this", "by", "has", "have", "said",
    };

    public static string? Guess(string text, string? declared)
    {
        var markup = Primary(declared);
        int arabic = 0, latin = 0;
        foreach (var c in text.Length > 20000 ? text[..20000] : text)
        {
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            {
                if (char.IsLetter(c))
                    arabic++;
            }
            else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F')
                latin++;
        }
        var letters = arabic + latin;
        if (letters < 20)
            return markup;
        if (arabic * 2 > letters)
            return markup is "fa" or "ur" or "ps" or "ku" or "ckb" ? markup : "ar";
        if (latin * 2 > letters)
        {
            var words = text.Split([' ', '\n', ',', '.'], StringSplitOptions.RemoveEmptyEntries);
            var sample = words.Take(2000).ToList();
            var english = sample.Count(EnglishWords.Contains);
            var looksEnglish = sample.Count > 0 && english * 100 / sample.Count >= 8;
            if (markup is null or "ar")
                return looksEnglish ? "en" : null;
            return markup == "en" || !looksEnglish ? markup : "en";
        }
        return markup;
    }

    /// <summary>"ar-EG" → "ar", "en_US" → "en"; null for empty or odd values.</summary>
    public static string? Primary(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
            return null;
        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }
}
