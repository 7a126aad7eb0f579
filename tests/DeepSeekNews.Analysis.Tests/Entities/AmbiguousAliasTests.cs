namespace DeepSeekNews.Analysis.Tests.Entities;

/// <summary>Item 4: short or ambiguous aliases count only with a cue.</summary>
public class AmbiguousAliasTests
{
    [Fact]
    public void AShortModelNameCountsAfterACueWord()
    {
        Assert.Equal(["r1"], Analysis.Ids("حقق نموذج R1 نتائج لافتة في اختبارات الرياضيات."));
    }

    [Fact]
    public void AShortModelNameWithoutCueOrOwnerIsNotAnEntity()
    {
        Assert.Empty(Analysis.Ids("حصل الفريق على تصنيف R1 في دوري الجامعات، وصعد إلى المستوى V3 هذا الموسم."));
    }

    [Fact]
    public void AShortModelNameCountsWhenItsOwnerIsNamedInTheArticle()
    {
        var ids = Analysis.Ids("أعلنت OpenAI موعد طرح o3 للمشتركين.\nويقول مطورون إن o3 أسرع بكثير.");
        Assert.Equal(["openai", "o3"], ids);
    }

    [Fact]
    public void AnAmbiguousCompanyNameNeedsACue()
    {
        Assert.Empty(Analysis.Ids("باع الرعاة إبل القبيلة في سوق الماشية."));
        Assert.Equal(["apple"], Analysis.Ids("وقّعت شركة أبل اتفاقاً مع الموردين."));
        Assert.Equal(["deepseek", "apple"], Analysis.Ids("تصدّر تطبيق ديب سيك متجر آبل للتطبيقات."));
    }

    [Fact]
    public void QuotationMarksAroundAnAmbiguousNameAreACue()
    {
        Assert.Equal(["apple"], Analysis.Ids("قالت \"آبل\" إنها ستؤجل إطلاق الميزة."));
    }

    [Fact]
    public void AnAmbiguousNameInAListOfCompaniesCounts()
    {
        Assert.Equal(["microsoft", "apple", "google"], Analysis.Ids("ضخت مايكروسوفت وأبل وغوغل مليارات الدولارات في مراكز البيانات."));
    }

    [Fact]
    public void OnceNamedWithACueTheSameNameCountsLaterWithoutOne()
    {
        var mentions = Analysis.Mentions("تراجعت أسهم شركة أبل.\nوقال محللون إن أبل تواجه منافسة في الصين.");
        Assert.Equal(["apple:أبل", "apple:أبل", "china:الصين"], mentions);
    }

    [Fact]
    public void AnAmbiguousNameCountsWhenSomethingItOwnsIsNamed()
    {
        Assert.Contains("apple", Analysis.Ids("بدأ بيع آيفون الجديد، وتراهن أبل على الذكاء الاصطناعي."));
    }

    [Fact]
    public void ACueAliasMadeOfOrdinaryWordsNeedsACueWordEvenWhenTheOwnerIsNamed()
    {
        Assert.Equal(["openai"], Analysis.Ids("تعتزم OpenAI إطلاق نموذجين أو 3 نماذج هذا العام."));
        Assert.Equal(["openai", "o3"], Analysis.Ids("كشفت OpenAI عن نموذج أو 3 الجديد."));
    }

    [Fact]
    public void APlatformNamedXNeedsItsCueAndItsCapitalLetter()
    {
        Assert.Equal(["x"], Analysis.Ids("كتب على منصة X أن الإطلاق تأجل."));
        Assert.Equal(["x"], Analysis.Ids("قال في منشور على إكس إن الإطلاق تأجل."));
        Assert.Equal(["x"], Analysis.Ids("He posted on X that the launch slipped.", "en"));
        Assert.Empty(Analysis.Ids("جلس على إكس الكرسي الثالث في الصف."));
        Assert.Empty(Analysis.Ids("the value of x grew", "en"));
        Assert.Empty(Analysis.Ids("يقع المحور X في منتصف الرسم."));
    }
}
