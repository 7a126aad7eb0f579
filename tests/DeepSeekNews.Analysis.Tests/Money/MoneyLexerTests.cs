using DeepSeekNews.Analysis.Money;

namespace DeepSeekNews.Analysis.Tests.Money;

public class MoneyLexerTests
{
    [Theory]
    [InlineData("6", 6)]
    [InlineData("1,200", 1200)]
    [InlineData("1,250,000", 1250000)]
    [InlineData("1.000.000", 1000000)]
    [InlineData("2.5", 2.5)]
    [InlineData("2,5", 2.5)]
    [InlineData("1.200", 1.2)]
    [InlineData("1,234.56", 1234.56)]
    [InlineData("1.234,56", 1234.56)]
    public void DigitsReadWithThousandsSeparatorsAndDecimalPoints(string digits, double expected)
    {
        Assert.Equal((decimal)expected, MoneyLexer.ParseDigits(digits));
    }

    [Fact]
    public void ScaleSuffixIsSplitFromItsNumberButOtherLettersStayAWord()
    {
        var tokens = MoneyLexer.Lex("$5.6m 3nm 1.2bn gpt-4 h800 10x");

        Assert.Equal(["$", "5.6", "m", "3nm", "1.2", "bn", "gpt", "-", "4", "h800", "10", "x"], tokens.Select(t => t.Text));
        Assert.Equal(MoneyTokenKind.Number, tokens[1].Kind);
        Assert.True(tokens[2].Joined);
        Assert.Equal(MoneyTokenKind.Latin, tokens[3].Kind);
    }
}
