namespace DeepSeekNews.Analysis.Tests.Entities;

/// <summary>Item 11: English articles go through the same recognizer.</summary>
public class EnglishTextTests
{
    [Fact]
    public void PossessivesAndHyphenatedCompoundsKeepTheName()
    {
        var ids = Analysis.Ids("OpenAI's o3 beat DeepSeek's R1, while Nvidia-backed CoreWeave raised funds.", "en");
        Assert.Equal(["openai", "o3", "deepseek", "r1", "nvidia", "coreweave"], ids);
    }

    [Fact]
    public void CapitalisedNamesThatAreAlsoEnglishWordsNeedTheirCapital()
    {
        Assert.Equal(["apple", "meta"], Analysis.Ids("Apple and Meta rose, but apple growers and meta-analyses did not.", "en"));
    }

    [Fact]
    public void AcronymsMatchOnlyInCapitals()
    {
        Assert.Equal(["united-states"], Analysis.Ids("Let us see what the US decides.", "en"));
    }

    [Fact]
    public void LanguageIsDetectedWhenNotGiven()
    {
        var result = Analysis.Analyze("Microsoft and Google invested in Mistral AI, Reuters reported.");
        Assert.Equal("en", result.Language);
        Assert.Equal(["microsoft", "google", "mistral", "reuters"], result.Entities.Select(e => e.Id));
    }
}
