using static DeepSeekNews.Analysis.Tests.Quotes.QuoteKit;

namespace DeepSeekNews.Analysis.Tests.Quotes;

public class EnglishQuoteTests
{
    [Fact]
    public void QuoteFollowedBySaidAndTheNameIsDirect()
    {
        var quote = Single("\"We are not worried about the competition,\" said Jensen Huang, the chief executive of Nvidia.");

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("We are not worried about the competition", quote.Text);
        Assert.Equal("jensen-huang", quote.Speaker?.EntityId);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void QuoteFollowedByTheNameAndSaidIsDirect()
    {
        var quote = Single("\"The model is far cheaper to run,\" Sam Altman said on Friday.");

        Assert.Equal("The model is far cheaper to run", quote.Text);
        Assert.Equal("sam-altman", quote.Speaker?.EntityId);
    }

    [Fact]
    public void NameSaidColonQuoteIsDirect()
    {
        var quote = Single("Lisa Su told reporters: \"We will ship our new chips this year.\"");

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("We will ship our new chips this year.", quote.Text);
        Assert.Equal("lisa-su", quote.Speaker?.EntityId);
    }

    [Fact]
    public void NameSaidThatIsIndirect()
    {
        var quote = Single("Sam Altman said that OpenAI would release two new models before the summer.");

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("OpenAI would release two new models before the summer", quote.Text);
        Assert.Equal("sam-altman", quote.Speaker?.EntityId);
    }

    [Fact]
    public void NameSaidAndAClauseIsIndirectEvenWithoutThat()
    {
        var quote = Single("Jensen Huang, the chief executive of Nvidia, said the market had misread the news.");

        Assert.Equal("the market had misread the news", quote.Text);
        Assert.Equal("jensen-huang", quote.Speaker?.EntityId);
    }

    [Fact]
    public void PronounAndParticipleContinueThePreviousSpeaker()
    {
        var quotes = QuotesOf("Jensen Huang spoke to investors on Monday. Sam Altman said that prices would fall.\n"
            + "\"More efficient models mean more demand for computing,\" Jensen Huang said.\n"
            + "\"Our orders are still growing,\" he said, adding that supply would improve by the summer.");

        Assert.Equal(4, quotes.Count);
        Assert.All(quotes.Skip(1), q => Assert.Equal("jensen-huang", q.Speaker?.EntityId));
        Assert.Equal("supply would improve by the summer", quotes[3].Text);
    }

    [Fact]
    public void AccordingToAttributesTheClause()
    {
        var trailing = Single("Microsoft will offer the model on its cloud platform, according to Reuters.");
        var leading = Single("According to people familiar with the matter, the deal is worth about $1 billion.");

        Assert.Equal("Microsoft will offer the model on its cloud platform", trailing.Text);
        Assert.Equal("reuters", trailing.Speaker?.EntityId);
        Assert.Equal("the deal is worth about $1 billion", leading.Text);
        Assert.Equal("people familiar with the matter", leading.Speaker?.Name);
    }

    [Fact]
    public void CompanySpokespersonSpeaksForTheCompany()
    {
        var quote = Single("\"DeepSeek is an excellent AI advancement,\" an Nvidia spokesperson said in a statement.");

        Assert.Equal("nvidia", quote.Speaker?.EntityId);
    }

    [Fact]
    public void NamesInQuotationMarksAreNotQuotes()
    {
        Assert.Empty(QuotesOf("The startup calls its method \"test time scaling\" and sells it through \"DeepSeek\" apps."));
    }
}
