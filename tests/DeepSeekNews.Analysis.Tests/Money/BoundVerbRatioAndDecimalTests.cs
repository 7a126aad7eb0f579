namespace DeepSeekNews.Analysis.Tests.Money;

/// <summary>
/// "Up to" with «تصل إلى», bounding verbs separated from their figure by a subject, English "exceed"/"top", cost cut
/// to a fraction («إلى النصف»), and prices below one unit. Each row is a sentence and the one claim it must yield.
/// </summary>
public class BoundVerbRatioAndDecimalTests
{
    private static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.CreateDefault();

    public static TheoryData<string, string> UpTo => new()
    {
        { "أطلقت الوزارة برنامج منح تصل إلى 50 ألف دولار لكل شركة ناشئة", "amount 50000 USD atMost" },
        { "يتوقع المحللون خسائر قد تصل إلى 3 مليارات يورو", "amount 3000000000 EUR atMost" },
        { "تعرض الحكومة قروضاً ميسرة يصل إلى مليار ريال سعودي", "amount 1000000000 SAR atMost" },
        { "سيتوسع الصندوق تدريجياً وصولاً إلى 10 مليارات دولار في 2028", "amount 10000000000 USD atMost" },
        { "ويمكن أن تصل قيمة العقد مع التمديد إلى 900 مليون دولار", "amount 900000000 USD atMost" },
        { "ومن المرجح أن يصل الإنفاق خلال العقد المقبل إلى 2 تريليون دولار", "amount 2000000000000 USD atMost" },
        { "The agency will grant up to $25 million to each lab.", "amount 25000000 USD atMost" },

        // إلى meaning "to" after a verb of change, and the past of "reach", give the figure reached: no bound.
        { "رفعت المجموعة ميزانية البحث إلى 4 مليارات دولار", "amount 4000000000 USD exact" },
        { "قفزت مبيعات الرقائق إلى 30 مليار دولار", "amount 30000000000 USD exact" },
        { "ارتفعت الإيرادات بنسبة 40% لتصل إلى 8 مليارات دولار", "amount 8000000000 USD exact" },
        { "وصلت خسائر الشركة العام الماضي إلى 5 مليارات دولار", "amount 5000000000 USD exact" },
    };

    public static TheoryData<string, string> BoundingVerbs => new()
    {
        { "تجاوزت تكلفة بناء المجمع الجديد في الرياض 2 مليار دولار", "amount 2000000000 USD atLeast" },
        { "يتوقع البنك أن يتخطى إنفاق الشركات الخليجية على الحوسبة 12 مليار دولار", "amount 12000000000 USD atLeast" },
        { "فاقت قيمة الطلبيات المتأخرة لدى المصنع 700 مليون دولار", "amount 700000000 USD atLeast" },
        { "لم تتجاوز ميزانية الفريق البحثي طوال العام 4 ملايين دولار", "amount 4000000 USD atMost" },
        { "تزيد ثروة مؤسس الشركة وفق التقديرات على 90 مليار دولار", "amount 90000000000 USD atLeast" },
        { "تربو قيمة الأصول التي يديرها الصندوق على 900 مليار دولار", "amount 900000000000 USD atLeast" },
        { "لا تزيد تكلفة الاشتراك الشهري للطلاب عن 5 دولارات", "amount 5 USD atMost" },
        { "بلغ إنفاق الحكومة على المشروع 7 مليارات دولار", "amount 7000000000 USD exact" },
        { "جمع الصندوق أكثر بقليل من 4 مليارات دولار", "amount 4000000000 USD atLeast" },
        { "بلغت الميزانية أقل بقليل من 900 مليون يورو", "amount 900000000 EUR atMost" },
        { "تحتاج الخطة إلى 20 مليار دولار على أقل تقدير", "amount 20000000000 USD atLeast" },
        { "The round came in just shy of $1 billion.", "amount 1000000000 USD atMost" },
        { "The group has invested upward of $40 million in the region.", "amount 40000000 USD atLeast" },

        // A word that takes its own figure stops the verb's reach.
        { "تجاوزت المجموعة التوقعات ووقعت صفقة بقيمة 3 مليارات دولار", "amount 3000000000 USD exact" },
        { "تخطت الشركة منافسيها وسجلت إيرادات 9 مليارات دولار", "amount 9000000000 USD exact" },
        { "تجاوزت المجموعة الأزمة وأنفقت 5 مليارات دولار على التوسع", "amount 5000000000 USD exact" },
        { "تخطى المصرف العقبات التنظيمية واستثمر 800 مليون دولار في الشركة", "amount 800000000 USD exact" },

        { "Cloud revenue exceeded $25 billion in the quarter.", "amount 25000000000 USD atLeast" },
        { "Annual chip sales could exceed $400 billion by 2027.", "amount 400000000000 USD atLeast" },
        { "The deal tops $12 billion including debt.", "amount 12000000000 USD atLeast" },
        { "Its market value topped $3 trillion on Friday.", "amount 3000000000000 USD atLeast" },
        { "The lab has surpassed $1 billion in annual revenue.", "amount 1000000000 USD atLeast" },
    };

    public static TheoryData<string, string> CutToAFraction => new()
    {
        { "تعد الشركة بأن تخفض رقاقتها الجديدة كلفة الاستدلال إلى النصف", "ratio 2 lower" },
        { "خفضت المنصة أسعار النسخة المخصصة للمطورين «إلى الربع»", "ratio 4 lower" },
        { "انخفضت تكلفة تدريب النماذج المماثلة إلى العشر خلال عامين", "ratio 10 lower" },
        { "نجحت في تقليص نفقات التشغيل إلى الخمس", "ratio 5 lower" },
        { "يدفع المشترون في السوق السوداء ضعف السعر الرسمي", "ratio 2 higher" },
        { "باتت تكلفة الرقاقة أربعة أضعاف التكلفة قبل الحظر", "ratio 4 higher" },

        // Cutting something that is not a cost, or by a percentage, is no ratio claim.
        { "خفض النموذج الجديد زمن الاستجابة إلى النصف", "none" },
        { "تقلص عدد الموظفين في القسم إلى الثلث", "none" },
        { "خفضت الشركة سعر الاشتراك بنسبة 80% لجذب الطلاب", "none" },
    };

    public static TheoryData<string, string> BelowOne => new()
    {
        { "تتقاضى المنصة 0.004 دولار عن كل صورة تولدها", "amount 0.004 USD exact" },
        { "تبيع الشركة الخدمة بـ0.002 يوان لكل ألف رمز", "amount 0.002 CNY exact" },
        { "رصدت الحكومة 0.5 مليار يورو للبرنامج", "amount 500000000 EUR exact" },
        { "يبلغ سعر الرمز الواحد ٠٫٠٠٣ دولار", "amount 0.003 USD exact" },
        { "يكلف طلب الاستعلام الواحد 0,005 دولار", "amount 0.005 USD exact" },
        { "Output is billed at $0.28 per million tokens.", "amount 0.28 USD exact" },
        { "The model costs $0.035 per image.", "amount 0.035 USD exact" },
    };

    [Theory]
    [MemberData(nameof(UpTo))]
    public void PresentOfReachBeforeAFigureMeansUpTo(string sentence, string expected) => Check(sentence, expected);

    [Theory]
    [MemberData(nameof(BoundingVerbs))]
    public void BoundingVerbReachesItsFigureAcrossTheSubject(string sentence, string expected) => Check(sentence, expected);

    [Theory]
    [MemberData(nameof(CutToAFraction))]
    public void CostCutToAFractionIsARatio(string sentence, string expected) => Check(sentence, expected);

    [Theory]
    [MemberData(nameof(BelowOne))]
    public void PricesBelowOneUnitKeepTheirValue(string sentence, string expected) => Check(sentence, expected);

    [Fact]
    public void ConvertedSubCentPriceIsNotRoundedToZero()
    {
        var claim = Assert.Single(Analyzer.Analyze("تتقاضى المنصة 0.004 دولار عن كل صورة تولدها").CostClaims);

        Assert.Equal(0.004m, claim.AmountUsd);
    }

    private static void Check(string sentence, string expected)
    {
        var mismatch = ClaimSpec.Parse(expected).Mismatch(sentence, Analyzer.Analyze(sentence).CostClaims);

        Assert.Null(mismatch);
    }
}
