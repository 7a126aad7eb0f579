using DeepSeekNews.Analysis;
using DeepSeekNews.Api.Data;

namespace DeepSeekNews.Api.Tests;

public sealed class AnalysisMappingTests
{
    [Fact]
    public void AnalysisSurvivesTheTripThroughRowsUnchanged()
    {
        const string text = "قال جيم فان إن ديب سيك طورت R1 بأقل من 6 ملايين دولار.";
        var analysis = new AnalysisResult(
            "ar",
            text,
            [
                new EntityResult("jim-fan", "Jim Fan", EntityType.Person, [new Mention(4, 11, "جيم فان")]),
                new EntityResult("deepseek", "DeepSeek", EntityType.Organization, [new Mention(15, 22, "ديب سيك")]),
            ],
            [
                new CostClaim(0, 10, "بين 2 و3 مليارات يورو", CostClaimKind.Amount, 2e9m, 3e9m, "EUR", CostBound.Range, null, null, CostCategory.Spending, null, 2_164_000_000m, 3_246_000_000m, 2024),
                new CostClaim(33, 54, "أقل من 6 ملايين دولار", CostClaimKind.Amount, 6_000_000m, null, "USD", CostBound.AtMost, null, null, CostCategory.Cost, "r1", 6_000_000m, null, 2025),
            ],
            [new Quote(15, 54, "ديب سيك طورت R1", QuoteKind.Indirect, new Speaker("Jim Fan", "jim-fan", "research director"), "قال")],
            [new EntityRelation("r1", "madeBy", null, "deepseek", 27, 29)],
            [new Candidate("Moonshot", EntityType.Organization, 0, 3, "شركة")]);
        var article = new Article { Language = "ar", Text = text, ContentHash = "h", AnalysisVersion = "v", EffectiveAt = new DateTime(2025, 1, 28, 0, 0, 0, DateTimeKind.Utc) };

        AnalysisMapping.ApplyTo(article, analysis, "v2", DateTime.UtcNow);
        var entities = new Dictionary<string, KnownEntity>
        {
            ["jim-fan"] = new() { Id = "jim-fan", Name = "Jim Fan", Type = EntityType.Person },
            ["deepseek"] = new() { Id = "deepseek", Name = "DeepSeek", Type = EntityType.Organization },
        };
        var back = AnalysisMapping.ToAnalysis(article, entities);

        Assert.Equal("v2", article.AnalysisVersion);
        Assert.All(article.Mentions, m => Assert.Equal(article.EffectiveAt, m.ArticleDate));
        Assert.Equal(analysis.Language, back.Language);
        Assert.Equal(analysis.Text, back.Text);
        Assert.Equal(
            analysis.Entities.OrderBy(e => e.Id).Select(e => (e.Id, e.Name, e.Type, string.Join(",", e.Mentions))),
            back.Entities.OrderBy(e => e.Id).Select(e => (e.Id, e.Name, e.Type, string.Join(",", e.Mentions))));
        Assert.Equal(analysis.CostClaims, back.CostClaims);
        Assert.Equal(analysis.Quotes.Single() with { Speaker = null }, back.Quotes.Single() with { Speaker = null });
        Assert.Equal(analysis.Quotes.Single().Speaker, back.Quotes.Single().Speaker);
        Assert.Equal(analysis.Relations, back.Relations);
        Assert.Equal(analysis.Candidates, back.Candidates);
        Assert.Equal("ديب سيك طورت r1", article.Quotes.Single().SearchText);
    }

    [Fact]
    public void ContentHashIgnoresDiacriticsSpacingAndQuotationStyle()
    {
        var plain = ArticleImporter.ContentHash("قالت الشركة \"إنها\" ستنمو.\nوأضافت: نعم");
        Assert.Equal(plain, ArticleImporter.ContentHash("  قالَت الشركة «إنها» ستنمو.\n\n وأضافت:   نعم "));
        Assert.NotEqual(plain, ArticleImporter.ContentHash("قالت الشركة إنها لن تنمو."));
        Assert.Equal(
            ArticleImporter.ContentHash("أعلنت الشركة عن نموذج R1 بتكلفة 6 ملايين دولار.\nوقال المدير إن العمل مستمر."),
            ArticleImporter.ContentHash("  أعلنَتِ الشّركةُ عن نموذج r1 بتكلفة ٦ ملايين دولار.  وقال   المدير إن العمـــل مستمر.\r\n"));
    }
}
