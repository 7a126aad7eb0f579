namespace DeepSeekNews.Analysis.Tests.Entities;

/// <summary>The seed article end to end against its hand annotation (tests/Fixtures/seed.gold.json).</summary>
public class SeedEntityTests
{
    [Fact]
    public void TheSeedArticleScoresEntityF1OfOneWithNothingSpurious()
    {
        var text = Fixtures.SeedArticle;
        var score = GoldScoring.Entities(text, File.ReadAllText(Fixtures.Path("seed.gold.json")), Analysis.Analyze(text), Analysis.Catalog);
        Assert.True(score.F1 == 1.0, score.ToString());
    }

    [Fact]
    public void TheSeedArticlesFourRelationsAreFound()
    {
        var relations = Analysis.Analyze(Fixtures.SeedArticle).Relations;
        Assert.Contains(relations, r => r is { Subject: "jim-fan", Relation: "role", Role: "senior research director", Object: "nvidia" });
        Assert.Contains(relations, r => r is { Subject: "sam-altman", Relation: "role", Role: "CEO", Object: "openai" });
        Assert.Contains(relations, r => r is { Subject: "r1", Relation: "madeBy", Object: "deepseek" });
        Assert.Contains(relations, r => r is { Subject: "o3", Relation: "madeBy", Object: "openai" });
    }
}
