namespace DeepSeekNews.Analysis.Tests.Entities;

/// <summary>Item 10: names the catalog lacks go to candidates with a type guess, never to entities.</summary>
public class CandidateFinderTests
{
    [Fact]
    public void AQuotedNameAfterACompanyCueIsAnOrganisationCandidate()
    {
        var result = Analysis.Analyze("أطلقت شركة \"زيفر\" الصينية نموذجاً لغوياً جديداً.");
        var candidate = Assert.Single(result.Candidates);
        Assert.Equal(("زيفر", EntityType.Organization, "شركه"), (candidate.Name, candidate.TypeGuess, candidate.Cue));
        Assert.Empty(result.Entities);
    }

    [Fact]
    public void AnUnquotedTransliteratedNameAfterANewspaperCueIsACandidate()
    {
        var candidate = Assert.Single(Analysis.Analyze("نقلت صحيفة لوماتينال الفرنسية عن مسؤولين قولهم إن القمة ناجحة.").Candidates);
        Assert.Equal("لوماتينال", candidate.Name);
        Assert.Equal(EntityType.Organization, candidate.TypeGuess);
    }

    [Fact]
    public void ALatinNameAfterAPlatformCueIsAProductCandidate()
    {
        var candidate = Assert.Single(Analysis.Analyze("نشر الباحث تعليقه عبر منصة Bluesky مساء الأحد.").Candidates);
        Assert.Equal(("Bluesky", EntityType.Product), (candidate.Name, candidate.TypeGuess));
    }

    [Fact]
    public void LatinWordsInArabicTextAreCandidatesWithoutTheirEdgeWords()
    {
        var result = Analysis.Analyze("تعتمد الشركة على تقنية the Mixture of Experts لتقليل التكلفة.");
        Assert.Equal(["Mixture of Experts"], result.Candidates.Select(c => c.Name));
        Assert.Equal("latin", result.Candidates[0].Cue);
    }

    [Fact]
    public void OrdinaryWordsAfterACueAndKnownEntitiesAreNotCandidates()
    {
        var result = Analysis.Analyze("قالت شركة ناشئة إن الشركة الصينية تتعاون مع شركة OpenAI ومنصة رقمية محلية.");
        Assert.Empty(result.Candidates);
    }

    [Fact]
    public void EnglishTextOffersNoLatinRunCandidates()
    {
        Assert.Empty(Analysis.Analyze("The Mixture of Experts design cut costs, analysts said.", "en").Candidates);
    }

    [Fact]
    public void EachCandidateIsOfferedOnceWithOffsetsIntoTheText()
    {
        var text = "أعلنت شركة \"زيفر\" نتائجها، وقالت شركة \"زيفر\" إنها ستتوسع.";
        var candidate = Assert.Single(Analysis.Analyze(text).Candidates);
        Assert.Equal("زيفر", text[candidate.Start..candidate.End]);
    }
}
