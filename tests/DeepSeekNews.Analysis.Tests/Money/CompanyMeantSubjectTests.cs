namespace DeepSeekNews.Analysis.Tests.Money;

/// <summary>
/// «الشركة» standing for a company named earlier: a figure whose clause names no one belongs to that company, not to
/// the names of an aside, an outlet or the company paid.
/// </summary>
public class CompanyMeantSubjectTests
{
    private static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.CreateDefault();

    private static CostClaim Amount(string text, decimal amount) =>
        Assert.Single(Analyzer.Analyze(text).CostClaims, c => c.Kind == CostClaimKind.Amount && c.Amount == amount);

    [Fact]
    public void CompanyNamedInTheSentenceBeforeOwnsTheFigureAfterAnAside()
    {
        const string text = "تسعى شركة أنثروبيك إلى توسيع حضورها في أوروبا.\n"
            + "وقالت الشركة، التي أسسها موظفون سابقون في OpenAI وغوغل، إنها جمعت 2 مليار دولار من مستثمرين جدد.";

        Assert.Equal("anthropic", Amount(text, 2_000_000_000m).Subject);
    }

    [Fact]
    public void PossessiveCompanyWordPointsBackToTheCompany()
    {
        const string text = "واصلت أسهم إنفيديا تراجعها أمس. وهبط سهم الشركة 5% إلى 120 دولاراً، فيما صعد مؤشر ناسداك.";

        Assert.Equal("nvidia", Amount(text, 120m).Subject);
    }

    [Fact]
    public void CompanyPaidIsNotThePayer()
    {
        const string text = "تواجه OpenAI ضغوطاً متزايدة على هوامشها. وأفادت مصادر بأن الشركة تدفع لأوراكل 30 مليار دولار سنوياً.";

        Assert.Equal("openai", Amount(text, 30_000_000_000m).Subject);
    }

    [Fact]
    public void OutletThatWasToldIsNotTheCompanyMeant()
    {
        const string text = "أطلقت ميسترال نموذجاً جديداً. وقال مسؤول لوكالة رويترز إن الشركة أنفقت 300 مليون يورو على تدريبه.";

        Assert.Equal("mistral", Amount(text, 300_000_000m).Subject);
    }

    [Fact]
    public void WithinItsSentenceTheCompanyIsTheSentencesSubject()
    {
        const string text = "أعلنت أنثروبيك عن جولة تمويل جديدة بقيادة أمازون، تقدر قيمة الشركة بنحو 60 مليار دولار.";

        Assert.Equal("anthropic", Amount(text, 60_000_000_000m).Subject);
    }

    [Fact]
    public void NameInTheFiguresClauseStillWins()
    {
        const string text = "تراقب الشركة السوق عن كثب. وقالت الشركة إن مايكروسوفت استثمرت 10 مليارات دولار في المشروع.";

        Assert.Equal("microsoft", Amount(text, 10_000_000_000m).Subject);
    }

    [Fact]
    public void FromAnotherSentenceTheCompanyIsThatSentencesSubjectNotItsPartner()
    {
        const string text = "أعلنت هيوماين عن شراكة مع أمازون لبناء مراكز بيانات. وقالت الشركة إن المرحلة الأولى تكلف نحو 1.2 مليار دولار.";

        Assert.Equal("humain", Amount(text, 1_200_000_000m).Subject);
    }

    [Fact]
    public void PlaceAfterTheCompanyWordIsNotItsName()
    {
        const string text = "باعت سامسونج رقائق كثيرة. وزادت شحنات الشركة إلى الهند، فيما ارتفع سعر السهم إلى 70 دولاراً.";

        Assert.Equal("samsung", Amount(text, 70m).Subject);
    }

    [Fact]
    public void CompanyFollowedByItsNameIsNotAnAnaphor()
    {
        const string text = "تنافس غوغل بقوة في السوق. وأعلنت الشركة الصينية ديب سيك أن تدريب نموذجها كلف 6 ملايين دولار.";

        Assert.Equal("deepseek", Amount(text, 6_000_000m).Subject);
    }
}
