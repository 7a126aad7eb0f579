using System.Text.Json;

namespace DeepSeekNews.Analysis.Tests.Money;

/// <summary>
/// Whole articles, end to end through <see cref="ArticleAnalyzer"/>: every money figure and cost ratio the article
/// states must come out with its value (recall), and nothing else may be reported as an amount or a ratio
/// (precision). The articles are written for these tests in the style of Arabic business news; the seed article is
/// checked against its gold annotation.
/// </summary>
public class NewsArticleCostClaimTests
{
    private static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.CreateDefault();

    [Fact]
    public void MarketValueLossesAreValueClaimsAboutTheCompany()
    {
        const string article =
            "هوت أسهم إنفيديا بنسبة 17 في المئة في جلسة الاثنين، لتفقد الشركة ما يقارب 590 مليار دولار من قيمتها السوقية خلال يوم واحد، وهي أكبر خسارة من نوعها في تاريخ الأسواق الأميركية.\n" +
            "وتراجعت ثروة مؤسس الشركة بنحو 20 مليار دولار، بحسب مؤشر للمليارديرات.\n" +
            "ويرى محللون أن المستثمرين أعادوا النظر في إنفاق مئات المليارات من الدولارات على مراكز البيانات، بعدما أعلنت ديب سيك أن تدريب نموذجها كلف أقل من 6 ملايين دولار.\n" +
            "وفي المقابل، ارتفع سهم شركة صينية منافسة 12% إلى 45 يواناً.\n" +
            "وكانت إنفيديا قد أعلنت في نوفمبر عن إيرادات فصلية قياسية بلغت 35.1 مليار دولار، بزيادة 94% على أساس سنوي.\n" +
            "ويبلغ سعر الرقاقة الواحدة بين 25 و40 ألف دولار، في حين تباع النسخة المخصصة للسوق الصينية بنحو 12 ألف دولار.";

        var claims = AssertClaims(article,
            ("590 مليار دولار", "amount 590000000000 USD approximate"),
            ("20 مليار دولار", "amount 20000000000 USD approximate"),
            ("مئات المليارات من الدولارات", "amount 100000000000 USD unspecified"),
            ("6 ملايين دولار", "amount 6000000 USD atMost"),
            ("45 يواناً", "amount 45 CNY exact"),
            ("35.1 مليار دولار", "amount 35100000000 USD exact"),
            ("بين 25 و40 ألف دولار", "amount 25000-40000 USD range"),
            ("12 ألف دولار", "amount 12000 USD approximate"));

        var loss = Claim(claims, "590 مليار");
        Assert.Equal(CostCategory.Value, loss.Category);
        Assert.Equal("nvidia", loss.Subject);
        Assert.Equal(CostCategory.Revenue, Claim(claims, "35.1 مليار").Category);
        Assert.Equal(CostCategory.Cost, Claim(claims, "6 ملايين").Category);
        Assert.Equal("deepseek", Claim(claims, "6 ملايين").Subject);
        Assert.Equal(CostCategory.Price, Claim(claims, "40 ألف").Category);
    }

    [Fact]
    public void InvestmentPlansAreSpendingAndJobCountsAreNotMoney()
    {
        const string article =
            "أعلن البيت الأبيض عن مشروع \"ستارغيت\" لبناء مراكز بيانات للذكاء الاصطناعي، باستثمارات أولية تبلغ 100 مليار دولار قد ترتفع إلى 500 مليار دولار خلال السنوات الأربع المقبلة.\n" +
            "ويضم المشروع شركة OpenAI وشركاء آخرين، وقال أحد المؤسسين إن المشروع سيوفر أكثر من 100 ألف وظيفة.\n" +
            "وشكك منتقدون في قدرة الشركاء على توفير التمويل، قائلين إن المبالغ المؤمنة حتى الآن أقل من 10 مليارات دولار.\n" +
            "في المقابل، تخطط مايكروسوفت لإنفاق نحو 80 مليار دولار على مراكز البيانات هذا العام، بينما تعتزم منافستها استثمار ما بين 60 و65 مليار دولار.\n" +
            "وتأتي هذه الأرقام بعد عام أنفقت فيه كبرى شركات التكنولوجيا أكثر من 200 مليار دولار على البنية التحتية، وضخت عشرات المليارات في الرقائق.";

        var claims = AssertClaims(article,
            ("100 مليار دولار", "amount 100000000000 USD exact"),
            ("500 مليار دولار", "amount 500000000000 USD exact"),
            ("10 مليارات دولار", "amount 10000000000 USD atMost"),
            ("80 مليار دولار", "amount 80000000000 USD approximate"),
            ("ما بين 60 و65 مليار دولار", "amount 60000000000-65000000000 USD range"),
            ("200 مليار دولار", "amount 200000000000 USD atLeast"),
            ("عشرات المليارات", "amount 10000000000 USD unspecified"));

        Assert.All(claims.Where(c => c.Surface.Contains("مليار") && !c.Surface.Contains("10 مليارات")),
            c => Assert.Equal(CostCategory.Spending, c.Category));
        Assert.Equal("microsoft", Claim(claims, "80 مليار").Subject);
    }

    [Fact]
    public void FundingRoundsInGulfAndEgyptianCurrenciesResolveTheirCountry()
    {
        const string article =
            "أعلنت شركة سعودية ناشئة متخصصة في الذكاء الاصطناعي عن إغلاق جولة تمويلية بقيمة 75 مليون ريال، بقيادة صندوق استثماري محلي.\n" +
            "وقالت الشركة إنها ستستخدم التمويل الجديد لتوسيع فريقها الذي يضم 120 موظفا، ودخول أسواق جديدة خلال 2025.\n" +
            "وفي الإمارات، جمعت منصة ناشئة 40 مليون درهم من مستثمرين إقليميين، فيما ضخ صندوق حكومي قطري 5 مليارات ريال في صناديق رأس المال الجريء.\n" +
            "وفي القاهرة، حصلت شركة تقنية مالية على تمويل بقيمة 300 مليون جنيه، ليرتفع إجمالي ما جمعته منذ تأسيسها إلى نحو مليار جنيه.\n" +
            "أما في الأردن، فقد خصصت الحكومة 10 ملايين دينار لبرنامج دعم الشركات الناشئة.\n" +
            "وبحسب تقرير حديث، استقطبت الشركات الناشئة في المنطقة نحو 2.3 مليار دولار خلال العام الماضي، بتراجع 29% عن العام السابق.";

        var claims = AssertClaims(article,
            ("75 مليون ريال", "amount 75000000 SAR exact"),
            ("40 مليون درهم", "amount 40000000 AED exact"),
            ("5 مليارات ريال", "amount 5000000000 QAR exact"),
            ("300 مليون جنيه", "amount 300000000 EGP exact"),
            ("مليار جنيه", "amount 1000000000 EGP approximate"),
            ("10 ملايين دينار", "amount 10000000 JOD exact"),
            ("2.3 مليار دولار", "amount 2300000000 USD approximate"));

        Assert.Equal(CostCategory.Funding, Claim(claims, "75 مليون").Category);
        Assert.Equal(CostCategory.Funding, Claim(claims, "40 مليون").Category);
        Assert.Equal(CostCategory.Funding, Claim(claims, "300 مليون").Category);
        Assert.Equal(20_000_000m, Claim(claims, "75 مليون").AmountUsd);
    }

    [Fact]
    public void ChipPricesAndCostRatiosKeepApartFromPerformanceComparisons()
    {
        const string article =
            "تبيع الشركة الصينية رقاقتها الجديدة بسعر يقارب 120 ألف يوان للوحدة.\n" +
            "وأفادت تقارير بأن شركات صينية اشترت رقائق بقيمة 5 مليارات دولار قبل دخول القيود الأميركية حيز التنفيذ.\n" +
            "وفي السعودية، يبلغ سعر الخادم المزود بثماني رقائق قرابة مليون ونصف المليون ريال، وفق موزعين محليين.\n" +
            "ويقول مهندسون إن تشغيل النماذج المفتوحة محليا بات أرخص بعشرين مرة مقارنة بالاشتراك في الخدمات السحابية.\n" +
            "لكن النموذج الجديد أقوى بعشر مرات من سابقه، وأسرع بثلاث مرات في الاستجابة، وفق الشركة.\n" +
            "وتطرح الشركة اشتراكا شهريا بسعر 20 دولارا، مقابل 200 دولار للنسخة الاحترافية، أي عشرة أضعاف السعر.";

        var claims = AssertClaims(article,
            ("120 ألف يوان", "amount 120000 CNY approximate"),
            ("5 مليارات دولار", "amount 5000000000 USD exact"),
            ("مليون ونصف المليون ريال", "amount 1500000 SAR approximate"),
            ("أرخص بعشرين مرة", "ratio 20 lower"),
            ("20 دولارا", "amount 20 USD exact"),
            ("200 دولار", "amount 200 USD exact"),
            ("عشرة أضعاف السعر", "ratio 10 higher"));

        Assert.Equal(CostCategory.Price, Claim(claims, "120 ألف").Category);
        Assert.Equal(CostCategory.Price, Claim(claims, "200 دولار").Category);
    }

    [Fact]
    public void EnglishArticleYieldsTheSameKindsOfClaims()
    {
        const string article =
            "DeepSeek said it trained the model for less than $6 million, a fraction of what rivals spend.\n" +
            "Nvidia shed nearly $600bn in market value on Monday, while its shares fell 17%.\n" +
            "OpenAI raised $6.6 billion at a $157 billion valuation and expects revenue of about $11.6bn next year.\n" +
            "The company says its API is 20 times cheaper than o1, though critics put total spending at hundreds of millions of dollars.\n" +
            "Its new model is ten times faster and uses 2,048 chips.";

        var claims = AssertClaims(article,
            ("less than $6 million", "amount 6000000 USD atMost"),
            ("$600bn", "amount 600000000000 USD approximate"),
            ("$6.6 billion", "amount 6600000000 USD exact"),
            ("$157 billion", "amount 157000000000 USD exact"),
            ("$11.6bn", "amount 11600000000 USD approximate"),
            ("20 times cheaper", "ratio 20 lower"),
            ("hundreds of millions of dollars", "amount 100000000 USD unspecified"));

        Assert.Equal(CostCategory.Value, Claim(claims, "$600bn").Category);
        Assert.Equal(CostCategory.Funding, Claim(claims, "$6.6 billion").Category);
        Assert.Equal(CostCategory.Value, Claim(claims, "$157 billion").Category);
        Assert.Equal(CostCategory.Revenue, Claim(claims, "$11.6bn").Category);
    }

    [Fact]
    public void SeedArticleGivesTheGoldClaimsWithExactValuesAndNoSpuriousRatio()
    {
        var text = Fixtures.SeedArticle;
        var paragraphs = Fixtures.SeedParagraphs;
        using var gold = JsonDocument.Parse(File.ReadAllText(Fixtures.Path("seed.gold.json")));
        var claims = Analyzer.Analyze(text).CostClaims;
        var scored = claims.Where(c => c.Kind is CostClaimKind.Amount or CostClaimKind.Ratio).ToList();

        var matched = new HashSet<CostClaim>();
        foreach (var expected in gold.RootElement.GetProperty("costClaims").EnumerateArray())
        {
            var paragraph = paragraphs[expected.GetProperty("paragraph").GetInt32() - 1];
            var evidence = expected.GetProperty("evidence").GetString()!;
            var claim = Assert.Single(scored, c => paragraph.Contains(c.Surface) && (evidence.Contains(c.Surface) || c.Surface.Contains(evidence)));
            matched.Add(claim);
            if (expected.GetProperty("kind").GetString() == "ratio")
            {
                Assert.Equal(CostClaimKind.Ratio, claim.Kind);
                Assert.Equal(expected.GetProperty("factor").GetDecimal(), claim.Factor);
                Assert.Equal(RatioDirection.Lower, claim.Direction);
                continue;
            }
            Assert.Equal(CostClaimKind.Amount, claim.Kind);
            Assert.Equal(expected.GetProperty("currency").GetString(), claim.Currency);
            if (expected.TryGetProperty("amount", out var amount))
            {
                Assert.Equal(amount.GetDecimal(), claim.Amount);
                Assert.Equal(CostBound.AtMost, claim.Bound);
            }
            else
            {
                Assert.InRange(claim.Amount!.Value, expected.GetProperty("amountAtLeast").GetDecimal(), expected.GetProperty("amountBelow").GetDecimal() - 1);
                Assert.Equal(CostBound.Unspecified, claim.Bound);
            }
        }

        // Anything else must be one of the gold's optional claims; «أقوى بعشر مرات» must not be a claim at all.
        var optional = gold.RootElement.GetProperty("optionalCostClaims").EnumerateArray()
            .Select(o => o.GetProperty("evidence").GetString()!).ToList();
        Assert.All(scored.Where(c => !matched.Contains(c)), c => Assert.Contains(optional, o => o.Contains(c.Surface) || c.Surface.Contains(o)));
        Assert.DoesNotContain(claims, c => c.Surface.Contains("أقوى"));
        Assert.Equal("r1", Assert.Single(scored, c => c.Amount == 6_000_000m).Subject);
        Assert.All(claims, c => Assert.Equal(text[c.Start..c.End], c.Surface));
    }

    private static CostClaim Claim(IReadOnlyList<CostClaim> claims, string surfacePart) =>
        Assert.Single(claims, c => c.Surface.Contains(surfacePart) && c.Kind != CostClaimKind.Qualitative);

    /// <summary>Every expected claim is found with its values, and no other amount or ratio is reported.</summary>
    private static IReadOnlyList<CostClaim> AssertClaims(string article, params (string Evidence, string Spec)[] expected)
    {
        var claims = Analyzer.Analyze(article).CostClaims;
        var scored = claims.Where(c => c.Kind is CostClaimKind.Amount or CostClaimKind.Ratio).ToList();
        var problems = new List<string>();
        foreach (var (evidence, spec) in expected)
        {
            var candidates = scored.Where(c => c.Surface.Contains(evidence) || evidence.Contains(c.Surface)).ToList();
            if (candidates.Count != 1)
            {
                problems.Add($"missed '{evidence}' ({candidates.Count} candidates)");
                continue;
            }
            if (ClaimSpec.Parse(spec).Mismatch(evidence, candidates) is { } mismatch)
            {
                problems.Add(mismatch);
            }
        }
        foreach (var claim in scored)
        {
            if (!expected.Any(e => claim.Surface.Contains(e.Evidence) || e.Evidence.Contains(claim.Surface)))
            {
                problems.Add($"spurious {claim.Kind} '{claim.Surface}'");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.All(claims, c => Assert.Equal(article[c.Start..c.End], c.Surface));
        return claims;
    }
}
