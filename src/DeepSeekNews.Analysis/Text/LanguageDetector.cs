namespace DeepSeekNews.Analysis.Text;

/// <summary>Tells Arabic from English by the share of Arabic letters among all letters.</summary>
public static class LanguageDetector
{
    public const string Arabic = "ar";
    public const string English = "en";

    public static string Detect(string text)
    {
        var arabic = 0;
        var latin = 0;
        foreach (var c in text)
        {
            if (TextNormalizer.IsArabicLetter(c))
            {
                arabic++;
            }
            else if (TextNormalizer.IsLatinLetter(c))
            {
                latin++;
            }
        }
        // Arabic articles quote Latin names often; a fifth of Arabic letters already makes the text Arabic.
        return arabic > 0 && arabic * 4 >= latin ? Arabic : English;
    }
}
