namespace DeepSeekNews.Analysis.Tests;

public class SeedSmokeTests
{
    [Fact]
    public void SeedArticleNamesDeepSeekNvidiaAndOpenAiWithOffsetsIntoTheText()
    {
        var text = Fixtures.SeedArticle;
        var result = ArticleAnalyzer.CreateDefault().Analyze(text);

        Assert.Equal("ar", result.Language);
        Assert.Equal(text, result.Text);
        foreach (var id in new[] { "deepseek", "nvidia", "openai" })
        {
            var entity = Assert.Single(result.Entities, e => e.Id == id);
            Assert.NotEmpty(entity.Mentions);
            Assert.All(entity.Mentions, m => Assert.Equal(text[m.Start..m.End], m.Surface));
        }
        foreach (var e in result.Entities)
        {
            Console.WriteLine($"{e.Id}: {string.Join(" | ", e.Mentions.Select(m => m.Surface))}");
        }
    }
}
