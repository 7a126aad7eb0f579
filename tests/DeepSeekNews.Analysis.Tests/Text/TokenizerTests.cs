using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Analysis.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(TextNormalizer.NormalizeString(text)).Select(t => t.Text).ToArray();

    [Fact]
    public void LettersAndDigitsOfAModelNameStayOneWord()
    {
        Assert.Equal(["نموذج", "gpt4o", "و", "r1"], Words("نموذج GPT4o وR1"));
    }

    [Fact]
    public void AClingingProcliticBecomesAWordOfItsOwnBeforeLatinScript()
    {
        Assert.Equal(["ل", "deepseek", "و", "openai"], Words("لـDeepSeek وOpenAI"));
    }

    [Fact]
    public void NumbersKeepTheirDecimalAndThousandsSeparators()
    {
        var tokens = Tokenizer.Tokenize(TextNormalizer.NormalizeString("بلغت ٥٫٦ مليون و1,500 رقاقة"));
        Assert.Contains(tokens, t => t is { Text: "5.6", Kind: TokenKind.Number });
        Assert.Contains(tokens, t => t is { Text: "1,500", Kind: TokenKind.Number });
    }

    [Theory]
    [InlineData("العربية.نت", true)]
    [InlineData("سوفت بنك", true)]
    [InlineData("DeepSeek-R1", true)]
    [InlineData("الصين. بنك", false)]
    [InlineData("الصين، بنك", false)]
    public void WordsAreJoinedOnlyBySpacesHyphensOrAnInnerDot(string text, bool joined)
    {
        var normalized = TextNormalizer.NormalizeString(text);
        var tokens = Tokenizer.Tokenize(normalized);
        Assert.Equal(joined, Tokenizer.AreJoined(normalized, tokens[0], tokens[1]));
    }
}
