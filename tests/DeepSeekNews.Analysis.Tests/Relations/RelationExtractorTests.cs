namespace DeepSeekNews.Analysis.Tests.Relations;

/// <summary>Item 9: roles from titles and apposition, makers from patterns and the catalog.</summary>
public class RelationExtractorTests
{
    private static string[] Relations(string text, string? language = null) =>
        Analysis.Analyze(text, language).Relations.Select(r => $"{r.Subject} {r.Relation} {r.Role} {r.Object}".Replace("  ", " ")).ToArray();

    [Fact]
    public void ATitleBeforeTheOrganisationAndTheNameGivesARole()
    {
        Assert.Equal(["jensen-huang role CEO nvidia"], Relations("قال الرئيس التنفيذي لشركة إنفيديا جنسن هوانغ إن الطلب قوي."));
    }

    [Fact]
    public void ATitleInAppositionAfterTheNameGivesARole()
    {
        Assert.Equal(["lisa-su role CEO amd"], Relations("قالت ليزا سو، الرئيسة التنفيذية لشركة AMD، إن الرقائق الجديدة جاهزة."));
    }

    [Fact]
    public void TitleWordsAreRenderedInEnglishOrder()
    {
        Assert.Equal(["yann-lecun role chief scientist meta"], Relations("يرى يان ليكون، كبير العلماء في ميتا، أن النماذج المفتوحة ستنتصر."));
        Assert.Equal(["yann-lecun role chief AI scientist meta"], Relations("يرى يان ليكون، كبير علماء الذكاء الاصطناعي في ميتا، أن النماذج المفتوحة ستنتصر."));
        Assert.Equal(["greg-brockman role senior research director openai"], Relations("كتب غريغ بروكمان، مدير البحوث الأول في أوبن إيه آي، منشوراً."));
    }

    [Fact]
    public void AnIdafaTitleWithoutPrepositionGivesARole()
    {
        Assert.Equal(["liang-wenfeng role founder deepseek"], Relations("قال مؤسس ديب سيك ليانغ وين فنغ إن الشركة لا تبحث عن تمويل."));
    }

    [Fact]
    public void ACountryAdjectiveAfterTheTitleGivesTheCountry()
    {
        Assert.Equal(["donald-trump role president united-states"], Relations("وقّع الرئيس الأميركي دونالد ترامب الأمر التنفيذي."));
    }

    [Fact]
    public void ATitleWithoutOrganisationFallsBackToTheCatalogOrganisation()
    {
        Assert.Equal(["sam-altman role CEO openai"], Relations("قال الرئيس التنفيذي سام ألتمان إن الطلب يفوق التوقعات."));
    }

    [Fact]
    public void EnglishTitlePatternsGiveRoles()
    {
        var relations = Relations("OpenAI CEO Sam Altman met Jensen Huang, Nvidia's chief executive, and Lisa Su, CEO of AMD.", "en");
        Assert.Equal(["sam-altman role CEO openai", "jensen-huang role CEO nvidia", "lisa-su role CEO amd"], relations);
    }

    [Fact]
    public void AModelFollowedByItsMakerGivesMadeBy()
    {
        Assert.Contains("gemini madeBy google", Relations("أطلقت الشركة نموذج Gemini 2.0 من غوغل للمطورين."));
        Assert.Contains("h20 madeBy nvidia", Relations("تعتمد الشركات على رقائق H20 التي تصممها إنفيديا للسوق الصينية.".Replace("تصممها", "صممتها")));
    }

    [Fact]
    public void AnEnglishPossessiveGivesMadeBy()
    {
        Assert.Contains("gemini madeBy google", Relations("Google's Gemini topped the chart.", "en"));
    }

    [Fact]
    public void AProductNamedWithItsCatalogOwnerGivesMadeByWithTheProductsOffsets()
    {
        var text = "تستخدم الجامعة ChatGPT في التدريس.\nوقالت OpenAI إن عدد المستخدمين تضاعف.";
        var relation = Assert.Single(Analysis.Analyze(text).Relations);
        Assert.Equal(("chatgpt", "madeBy", "openai"), (relation.Subject, relation.Relation, relation.Object));
        Assert.Equal("ChatGPT", text[relation.Start!.Value..relation.End!.Value]);
    }

    [Fact]
    public void TheTextNeverContradictsTheCatalogsMaker()
    {
        Assert.DoesNotContain("chatgpt madeBy microsoft", Relations("يعمل ChatGPT على خوادم من مايكروسوفت."));
    }

    [Fact]
    public void RelationsAreOnTheAnalyzedTextBeforeOtherExtractorsRun()
    {
        var relations = Analysis.Analyze("قال جيم فان، مدير الأبحاث في إنفيديا، إن الروبوتات قادمة.").Relations;
        var relation = Assert.Single(relations);
        Assert.Equal(("jim-fan", "research director", "nvidia"), (relation.Subject, relation.Role, relation.Object));
    }

    [Fact]
    public void TheWordsOfATitleAreNotReadAgainAsShorterTitles()
    {
        Assert.Equal(["yann-lecun role chief AI scientist meta"], Relations("Meta's chief AI scientist Yann LeCun disagreed.", "en"));
        Assert.Equal(["sam-altman role CEO openai"], Relations("قال الرئيس التنفيذي لشركة OpenAI سام ألتمان إن الطلب كبير."));
    }
}
