using System.Text.Json;

namespace DeepSeekNews.Analysis.Tests.Entities;

/// <summary>
/// News paragraphs written for these tests about AI stories other than the seed — Nvidia's market loss, Stargate,
/// Qwen and the Chinese model race, G42/Mistral/Humain, chip export limits, Amazon and Anthropic, the week after R1
/// (Arabic), the chip selloff (English), banks and brokers on AI stocks, MENA start-up funding, and the regulators of
/// chip exports with Groq beside Grok — with the entities an annotator expects. They guard precision
/// (adjectives, common words, ambiguous aliases) and recall across the catalog.
/// </summary>
public class GeneralisationTests
{
    private static readonly string[] Names =
    [
        "nvidia-selloff", "stargate", "qwen", "gulf-europe", "chips-export", "anthropic-amazon", "deepseek-aftermath", "english-selloff",
        "analysts-ai-stocks", "mena-funding", "chips-regulators",
    ];

    public static TheoryData<string> Articles => new(Names);

    private static string ArticlePath(string name, string extension) =>
        Path.Combine(AppContext.BaseDirectory, "Entities", "Articles", name + extension);

    [Theory]
    [MemberData(nameof(Articles))]
    public void EachWrittenArticleScoresAtLeast093EntityF1(string name)
    {
        var text = File.ReadAllText(ArticlePath(name, ".txt"));
        var score = GoldScoring.Entities(text, File.ReadAllText(ArticlePath(name, ".gold.json")), Analysis.Analyze(text), Analysis.Catalog);
        Assert.True(score.F1 >= 0.93, $"{name}: {score}");
    }

    [Fact]
    public void AllWrittenArticlesTogetherScoreAtLeast093WithHighPrecision()
    {
        var total = new GoldScoring.Score(0, 0, 0, [], []);
        foreach (var name in Names)
        {
            var text = File.ReadAllText(ArticlePath(name, ".txt"));
            total += GoldScoring.Entities(text, File.ReadAllText(ArticlePath(name, ".gold.json")), Analysis.Analyze(text), Analysis.Catalog);
        }
        Assert.True(total.F1 >= 0.93 && total.Precision >= 0.95, total.ToString());
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void TheExpectedRelationsOfEachArticleAreFound(string name)
    {
        var text = File.ReadAllText(ArticlePath(name, ".txt"));
        var relations = Analysis.Analyze(text).Relations;
        using var gold = JsonDocument.Parse(File.ReadAllText(ArticlePath(name, ".gold.json")));
        foreach (var expected in gold.RootElement.GetProperty("relations").EnumerateArray())
        {
            var subject = expected.GetProperty("subject").GetString();
            var kind = expected.GetProperty("relation").GetString();
            var role = expected.TryGetProperty("role", out var r) ? r.GetString() : null;
            var obj = expected.GetProperty("object").GetString();
            Assert.Contains(relations, x => x.Subject == subject && x.Relation == kind && x.Role == role && x.Object == obj);
        }
    }
}
