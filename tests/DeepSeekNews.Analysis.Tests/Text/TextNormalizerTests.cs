using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Analysis.Tests.Text;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("الذَّكَاءُ الاصْطِنَاعِيُّ", "الذكاء الاصطناعي")]
    [InlineData("إنفيـــديا", "انفيديا")]
    [InlineData("أعلنت آبل إطلاق ٱلنموذج", "اعلنت ابل اطلاق النموذج")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("الشركة الصينية", "الشركه الصينيه")]
    [InlineData("مسؤول رئيس", "مسوول رييس")]
    [InlineData("یک کتاب", "يك كتاب")]
    [InlineData("٢٠٢٥ و۱۹", "2025 و19")]
    [InlineData("٢٫٥ مليار و١٬٠٠٠", "2.5 مليار و1,000")]
    [InlineData("«نموذج» “R1” ″o3″", "\"نموذج\" \"r1\" \"o3\"")]
    [InlineData("OpenAI — GPT–4", "openai - gpt-4")]
    public void FoldsArabicAndLatinForMatching(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.NormalizeString(input));
    }

    [Fact]
    public void InvisibleMarksAreRemovedButOffsetsStillPointIntoTheOriginal()
    {
        var original = "قالت\u200F شركة\u200C \u200Eإنفيديا\uFEFF اليوم";
        var normalized = TextNormalizer.Normalize(original);

        Assert.Equal("قالت شركه انفيديا اليوم", normalized.Value);
        var at = normalized.Value.IndexOf("انفيديا", StringComparison.Ordinal);
        Assert.Equal("إنفيديا", normalized.OriginalSlice(at, at + "انفيديا".Length));
    }

    [Fact]
    public void PresentationFormsAreDecomposedAndMapBackToTheLigature()
    {
        var original = "قال ﻻعبون";
        var normalized = TextNormalizer.Normalize(original);

        Assert.Equal("قال لاعبون", normalized.Value);
        Assert.Equal("ﻻعبون", normalized.OriginalSlice(4, normalized.Length));
    }

    [Fact]
    public void ACharacterOutsideTheBasicPlaneMapsBackWhole()
    {
        var original = "شعار 🚀 إنفيديا";
        var normalized = TextNormalizer.Normalize(original);
        var at = normalized.Value.IndexOf('\uD83D');
        Assert.Equal("🚀", normalized.OriginalSlice(at, at + 2));
        var name = normalized.Value.IndexOf("انفيديا", StringComparison.Ordinal);
        Assert.Equal("إنفيديا", normalized.OriginalSlice(name, name + 7));
    }
}
