using DeepSeekNews.Analysis.Entities;

namespace DeepSeekNews.Analysis.Tests.Quotes;

/// <summary>
/// Runs the analyzer over sentences written for the quote tests. The embedded catalog is extended with a few people and
/// outlets the sentences name, so the tests hold whatever the shipped catalog contains.
/// </summary>
internal static class QuoteKit
{
    private static readonly ArticleAnalyzer Analyzer = new(EntityCatalog.LoadEmbedded().With(
    [
        new CatalogEntry("jensen-huang", "Jensen Huang", EntityType.Person, ["Jensen Huang", "جنسن هوانغ", "جينسن هوانغ"], Owner: "nvidia"),
        new CatalogEntry("lisa-su", "Lisa Su", EntityType.Person, ["Lisa Su", "ليزا سو"]),
        new CatalogEntry("reuters", "Reuters", EntityType.Organization, ["Reuters", "رويترز"]),
        new CatalogEntry("huawei", "Huawei", EntityType.Organization, ["Huawei", "هواوي"]),
        new CatalogEntry("amd", "AMD", EntityType.Organization, ["AMD", "إيه إم دي"]),
        new CatalogEntry("donald-trump", "Donald Trump", EntityType.Person, ["Donald Trump", "دونالد ترامب", "ترامب"]),
        new CatalogEntry("stc", "stc", EntityType.Organization, ["stc", "الاتصالات السعودية"]),
        new CatalogEntry("mona-haddad", "Mona Haddad", EntityType.Person, ["Mona Haddad", "منى حداد"], Gender: "female"),
        new CatalogEntry("sami-karim", "Sami Karim", EntityType.Person, ["Sami Karim", "سامي كريم"], Gender: "male", ShortForms: []),
        new CatalogEntry("nour-capital", "Nour Capital", EntityType.Organization, ["Nour Capital", "نور كابيتال"]),
    ]));

    public static IReadOnlyList<Quote> QuotesOf(string text)
    {
        var result = Analyzer.Analyze(text);
        foreach (var quote in result.Quotes)
        {
            // Every quote must point into the text it came from.
            Assert.InRange(quote.Start, 0, quote.End);
            Assert.InRange(quote.End, quote.Start, text.Length);
        }
        return result.Quotes;
    }

    /// <summary>The one quote of a text.</summary>
    public static Quote Single(string text) => Assert.Single(QuotesOf(text));

    /// <summary>The quote whose text contains <paramref name="words"/>.</summary>
    public static Quote With(IReadOnlyList<Quote> quotes, string words) => Assert.Single(quotes, q => q.Text.Contains(words, StringComparison.Ordinal));
}
