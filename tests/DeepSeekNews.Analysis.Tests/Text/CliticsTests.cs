using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Analysis.Tests.Text;

public class CliticsTests
{
    private static string[] Stems(string word)
    {
        var normalized = TextNormalizer.NormalizeString(word);
        Span<CliticReading> readings = stackalloc CliticReading[Clitics.MaxReadings];
        var count = Clitics.Readings(normalized, readings);
        var stems = new List<string>();
        for (var r = 0; r < count; r++)
        {
            stems.Add((readings[r].RestoreArticle ? "ال" : "") + normalized[readings[r].StemStart..]);
        }
        return stems.ToArray();
    }

    [Fact]
    public void ConjunctionPrepositionAndArticleAreEachOffered()
    {
        Assert.Equal(["بالصين", "الصين", "صين"], Stems("وبالصين"));
    }

    [Fact]
    public void LamLamIsReadAsPrepositionPlusArticle()
    {
        Assert.Contains("الشركه", Stems("للشركة"));
        Assert.Contains("الصين", Stems("وللصين"));
    }

    [Fact]
    public void ShortWordsAndWordsWithoutProcliticsHaveNoReadings()
    {
        Assert.Empty(Stems("من"));
        Assert.Empty(Stems("نموذج"));
    }

    [Fact]
    public void TheAllocationFreeReadingsAgreeWithStrip()
    {
        foreach (var word in new[] { "والصين", "للشركة", "فبالنموذج", "لغوغل", "كالشركة", "بكين" })
        {
            var normalized = TextNormalizer.NormalizeString(word);
            var fromStrip = Clitics.Strip(normalized).Select(s => s.Stem).ToHashSet();
            Assert.True(fromStrip.SetEquals(Stems(word)), word);
        }
    }
}
