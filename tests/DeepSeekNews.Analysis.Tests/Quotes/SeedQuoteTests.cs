using System.Text.Json;

namespace DeepSeekNews.Analysis.Tests.Quotes;

/// <summary>The seed article against its hand annotation: the yardstick the issue names, used end to end only.</summary>
public class SeedQuoteTests
{
    private static readonly IReadOnlyList<Quote> Found = ArticleAnalyzer.CreateDefault().Analyze(Fixtures.SeedArticle).Quotes;

    [Fact]
    public void SeedYieldsTheSevenAnnotatedQuotesAndNothingElse()
    {
        var gold = Gold();
        var required = gold.GetProperty("quotes").EnumerateArray().ToList();
        var optional = gold.GetProperty("optionalQuotes").EnumerateArray().ToList();
        var matched = new HashSet<Quote>();

        foreach (var quote in required)
        {
            var hit = Assert.Single(Found, q => Matches(q, quote));
            Assert.Equal(quote.GetProperty("kind").GetString(), hit.Kind.ToString().ToLowerInvariant());
            matched.Add(hit);
        }
        Assert.All(Found.Where(q => !matched.Contains(q)), q => Assert.Contains(optional, o => Matches(q, o)));
    }

    [Fact]
    public void NamesInQuotationMarksAreNeverQuotesInTheSeed()
    {
        foreach (var name in Gold().GetProperty("notQuotes").EnumerateArray().Select(n => n.GetString()!))
        {
            Assert.DoesNotContain(Found, q => q.Text.Trim() == name);
        }
    }

    [Fact]
    public void SeedSpeakersAreTheAnnotatedOnes()
    {
        foreach (var quote in Gold().GetProperty("quotes").EnumerateArray())
        {
            var hit = Assert.Single(Found, q => Matches(q, quote));
            Assert.Equal(quote.GetProperty("speaker").GetString(), hit.Speaker?.Name);
            Assert.NotNull(hit.Speaker?.EntityId);
        }
    }

    private static bool Matches(Quote quote, JsonElement annotated)
    {
        var paragraph = Fixtures.SeedArticle[..quote.Start].Count(c => c == '\n') + 1;
        return paragraph == annotated.GetProperty("paragraph").GetInt32()
            && quote.Text.Contains(annotated.GetProperty("evidence").GetString()!, StringComparison.Ordinal);
    }

    private static JsonElement Gold() => JsonDocument.Parse(File.ReadAllText(Fixtures.Path("seed.gold.json"))).RootElement;
}
