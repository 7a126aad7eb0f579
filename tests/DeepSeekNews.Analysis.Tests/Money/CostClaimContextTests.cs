using DeepSeekNews.Analysis.Money;

namespace DeepSeekNews.Analysis.Tests.Money;

/// <summary>What a claim is about: its category, its subject entity, the country of a bare currency name, and its offsets.</summary>
public class CostClaimContextTests
{
    private static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.CreateDefault();

    private static CostClaim Single(string text) =>
        Assert.Single(Analyzer.Analyze(text).CostClaims, c => c.Kind is CostClaimKind.Amount or CostClaimKind.Ratio);

    [Theory]
    [InlineData("بلغت تكلفة بناء مركز البيانات 2 مليار دولار", CostCategory.Cost)]
    [InlineData("كلف تدريب النموذج 80 مليون دولار", CostCategory.Cost)]
    [InlineData("تعتزم الشركة إنفاق 40 مليار دولار على الرقائق", CostCategory.Spending)]
    [InlineData("استثمرت المجموعة 3 مليارات دولار في مصانع جديدة", CostCategory.Spending)]
    [InlineData("يبلغ سعر البطاقة الرسومية 1800 دولار", CostCategory.Price)]
    [InlineData("يباع الهاتف بـ900 يورو في الأسواق الأوروبية", CostCategory.Price)]
    [InlineData("وصلت القيمة السوقية للشركة إلى 2 تريليون دولار", CostCategory.Value)]
    [InlineData("رفعت الجولة تقييم الشركة إلى 60 مليار دولار", CostCategory.Value)]
    [InlineData("بلغت إيرادات الربع الثالث 14 مليار دولار", CostCategory.Revenue)]
    [InlineData("حققت الشركة أرباحا صافية قدرها 900 مليون دولار", CostCategory.Revenue)]
    [InlineData("جمعت الشركة الناشئة 300 مليون دولار في جولة تمويل جديدة", CostCategory.Funding)]
    [InlineData("حصلت المنصة على تمويل بقيمة 12 مليون دولار", CostCategory.Funding)]
    [InlineData("قضت المحكمة بغرامة قدرها 5 ملايين دولار", CostCategory.Other)]
    [InlineData("تقدر قيمة الشركة الأم بـ8 مليارات دولار", CostCategory.Value)]
    [InlineData("تتقاضى المنصة 0.14 دولار لكل مليون رمز", CostCategory.Price)]
    [InlineData("ويبلغ الرسم 0.28 دولار لكل مليون رمز إخراج", CostCategory.Price)]
    [InlineData("The firm plans to spend $30bn on chips this year.", CostCategory.Spending)]
    [InlineData("The startup is now valued at $20 billion.", CostCategory.Value)]
    [InlineData("A monthly subscription is priced at $20.", CostCategory.Price)]
    public void CategoryComesFromTheWordsAroundTheFigure(string sentence, CostCategory expected)
    {
        Assert.Equal(expected, Single(sentence).Category);
    }

    [Fact]
    public void MarketLossesCountAsValueOnlyWhenTheSentenceIsAboutTheMarket()
    {
        Assert.Equal(CostCategory.Value, Single("خسرت الشركة 100 مليار دولار في البورصة خلال أسبوع").Category);
        Assert.Equal(CostCategory.Other, Single("تكبد المصنع خسائر قدرها 3 ملايين دولار بسبب الحريق").Category);
    }

    [Fact]
    public void RatiosAndQualitativeClaimsDefaultToCost()
    {
        var claims = Analyzer.Analyze("صار التشغيل أرخص بعشر مرات. وتحقق ذلك بتكاليف أقل.").CostClaims;

        Assert.All(claims, c => Assert.Equal(CostCategory.Cost, c.Category));
        Assert.Contains(claims, c => c.Kind == CostClaimKind.Qualitative && c.Direction == RatioDirection.Lower);
    }

    [Fact]
    public void TrainingCostBelongsToTheModelRatherThanItsMaker()
    {
        var claim = Single("قالت الشركة إن نموذج R1 من ديب سيك دُرّب بتكلفة بلغت 5.6 مليون دولار");

        Assert.Equal("r1", claim.Subject);
    }

    [Fact]
    public void SpendingBelongsToTheNearestCompanyBeforeIt()
    {
        var claim = Single("بعد إطلاق ChatGPT، أعلنت مايكروسوفت أنها ستنفق 80 مليار دولار على مراكز البيانات");

        Assert.Equal("microsoft", claim.Subject);
    }

    [Fact]
    public void MarketValueLossBelongsToTheCompanyThatLostIt()
    {
        var claim = Single("بعدما أطلقت ديب سيك نموذجها، خسرت إنفيديا نحو 590 مليار دولار من قيمتها السوقية");

        Assert.Equal("nvidia", claim.Subject);
        Assert.Equal(CostCategory.Value, claim.Category);
    }

    [Fact]
    public void NameIntroducedByForAfterTheFigureOwnsIt()
    {
        var claims = Analyzer.Analyze("أنفقت ديب سيك 5.6 مليون دولار مقارنة بأكثر من 100 مليون دولار لـGPT-4").CostClaims;

        Assert.Equal("deepseek", Assert.Single(claims, c => c.Amount == 5_600_000m).Subject);
        Assert.Equal("gpt-4", Assert.Single(claims, c => c.Amount == 100_000_000m).Subject);
    }

    [Fact]
    public void AgentOfTheMoneyVerbAfterTheFigureIsItsSubject()
    {
        var claims = Analyzer.Analyze("يقارن هذا الرقم بمبلغ 78 مليون دولار أنفقته OpenAI على GPT-4 و191 مليون دولار أنفقتها جوجل على جيميناي").CostClaims;

        Assert.Equal("openai", Assert.Single(claims, c => c.Amount == 78_000_000m).Subject);
        Assert.Equal("google", Assert.Single(claims, c => c.Amount == 191_000_000m).Subject);
    }

    [Fact]
    public void SourceNamedAfterBiHasbIsNotTheSubject()
    {
        var claim = Single("بلغت تكلفة المشروع 3 ملايين دولار، بحسب تقرير نشره موقع موني كونترول");

        Assert.Null(claim.Subject);
    }

    [Fact]
    public void PriceQuotedAtACompanyBelongsToThatCompany()
    {
        var claims = Analyzer.Analyze("تتقاضى ديب سيك 0.55 دولار لكل مليون رمز، مقابل 15 دولارا لدى OpenAI").CostClaims;

        Assert.Equal("deepseek", Assert.Single(claims, c => c.Amount == 0.55m).Subject);
        Assert.Equal("openai", Assert.Single(claims, c => c.Amount == 15m).Subject);
    }

    [Theory]
    [InlineData("ضخت قطر 10 مليارات ريال في الصندوق", "QAR")]
    [InlineData("أعلنت سلطنة عمان تخصيص 200 مليون ريال للمشروع", "OMR")]
    [InlineData("بلغت قيمة الصفقة 4 مليارات ريال", "SAR")]
    [InlineData("استثمرت شركة مغربية 300 مليون درهم في مركز بيانات", "MAD")]
    [InlineData("استثمرت شركة في دبي 300 مليون درهم في مركز بيانات", "AED")]
    [InlineData("بلغت ميزانية المشروع 300 مليون درهم", "AED")]
    [InlineData("رصدت الحكومة العراقية 500 مليار دينار للمشروع", "IQD")]
    [InlineData("خصصت البحرين 50 مليون دينار للمشروع", "BHD")]
    [InlineData("بلغت التكلفة 20 مليون دينار", "KWD")]
    [InlineData("تبلغ تكلفة الرحلة من لندن 2000 جنيه", "GBP")]
    [InlineData("يبلغ سعر الجهاز 30 ألف جنيه", "EGP")]
    [InlineData("خسرت الليرة قيمتها في تركيا وبلغ الراتب 20 ألف ليرة", "TRY")]
    [InlineData("بلغت ودائع المصارف في بيروت 90 تريليون ليرة", "LBP")]
    [InlineData("The London firm raised 40 million pounds.", "GBP")]
    [InlineData("The Chinese group spent ¥2 billion on servers.", "CNY")]
    [InlineData("Sony spent ¥2 billion on servers.", "JPY")]
    public void BareCurrencyNameTakesItsCountryFromTheContext(string sentence, string iso)
    {
        Assert.Equal(iso, Single(sentence).Currency);
    }

    [Fact]
    public void CountryWordInTheSameClauseWinsOverOneFurtherAway()
    {
        var claims = Analyzer.Analyze("جمعت شركة سعودية 150 مليون ريال، فيما خصصت قطر 9 مليارات ريال للصناديق").CostClaims;

        Assert.Equal("SAR", Assert.Single(claims, c => c.Amount == 150_000_000m).Currency);
        Assert.Equal("QAR", Assert.Single(claims, c => c.Amount == 9_000_000_000m).Currency);
    }

    [Fact]
    public void CountryNamedEarlierInTheParagraphResolvesALaterBareCurrency()
    {
        const string text = "تعتزم الكويت تطوير قطاع التقنية.\nوأعلنت الشركة عن مشروع جديد.\nوفي الأردن خطط مشابهة. وبلغت التكلفة 8 ملايين دينار.";

        Assert.Equal("JOD", Single(text).Currency);
    }

    [Fact]
    public void FigureWithoutCurrencyInheritsTheCurrencyOfItsSentence()
    {
        var claims = Analyzer.Analyze("بلغت الإيرادات 10 مليارات يورو في 2024 و14 مليارا في 2025").CostClaims;

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("EUR", c.Currency));
    }

    [Fact]
    public void FigureWithoutCurrencyTakesTheCurrencyOfItsParagraphOrArticle()
    {
        const string text = "أنفقت الشركة 3 مليارات درهم إماراتي على مراكز البيانات.\nوفي العام التالي رصدت الشركة 5 مليارات إضافية.";

        var claims = Analyzer.Analyze(text).CostClaims;

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("AED", c.Currency));
        Assert.Null(Assert.Single(Analyzer.Analyze("رصدت الشركة 5 مليارات إضافية.").CostClaims).Currency);
    }

    [Fact]
    public void OffsetsIndexTheOriginalTextThroughDiacriticsAndTatweel()
    {
        const string text = "قالت الشركة إنّ التكلفةَ بلغت بـ٦ مليـونَ دولارٍ تقريباً، وهو رقمٌ متواضعٌ.";

        var claim = Single(text);

        Assert.Equal(text[claim.Start..claim.End], claim.Surface);
        Assert.Equal("٦ مليـونَ دولارٍ تقريباً", claim.Surface);
        Assert.Equal(6_000_000m, claim.Amount);
        Assert.Equal(CostBound.Approximate, claim.Bound);
    }

    [Fact]
    public void AmountUsdConvertsAtTheRateOfTheGivenYear()
    {
        var rates = new ExchangeRates(new Dictionary<int, IReadOnlyDictionary<string, decimal>>
        {
            [2023] = new Dictionary<string, decimal> { ["EUR"] = 0.8m },
            [2024] = new Dictionary<string, decimal> { ["EUR"] = 0.5m },
        });
        var analyzer = new ArticleAnalyzer(Analyzer.Catalog, rates);

        var in2023 = Assert.Single(analyzer.Analyze("بلغت التكلفة 100 مليون يورو", year: 2023).CostClaims);
        var latest = Assert.Single(analyzer.Analyze("بلغت التكلفة 100 مليون يورو").CostClaims);

        Assert.Equal(125_000_000m, in2023.AmountUsd);
        Assert.Equal(2023, in2023.RateYear);
        Assert.Equal(200_000_000m, latest.AmountUsd);
        Assert.Equal(2024, latest.RateYear);
    }

    [Fact]
    public void RangeCarriesBothEndsInDollars()
    {
        var claim = Single("تتراوح التكلفة بين 30 و60 مليون ريال سعودي");

        Assert.Equal(8_000_000m, claim.AmountUsd);
        Assert.Equal(16_000_000m, claim.AmountMaxUsd);
    }

    [Fact]
    public void CurrencyMissingFromTheRateTableLeavesAmountUsdEmpty()
    {
        var claim = Single("بلغت الميزانية 3 تريليونات ريال يمني");

        Assert.Equal("YER", claim.Currency);
        Assert.Null(claim.AmountUsd);
    }
}
