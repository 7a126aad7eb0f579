namespace DeepSeekNews.Analysis.Tests.Money;

/// <summary>
/// The category read from the clause around a figure: the figure's own «من …» complement, the nearest cue of its
/// clause, what a cost of a consumer service is (a price), a figure compared with another, charges a company books,
/// and the weaker hints (a project, a commitment received, a payment).
/// </summary>
public class ClauseCategoryTests
{
    private static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.CreateDefault();

    [Theory]
    // The figure's own complement after «من», "in" or "of" names what it is part of.
    [InlineData("شهدت الأسهم موجة بيع أفقدت الشركة 80 مليار دولار من قيمتها", 1, CostCategory.Value)]
    [InlineData("أدت موجة بيع حادة إلى تبخر 50 مليار دولار من قيمة المجموعة السوقية", 1, CostCategory.Value)]
    [InlineData("حققت الشركة في الربع الأخير 3 مليارات دولار من مبيعات الرقائق", 1, CostCategory.Revenue)]
    [InlineData("جذبت المنطقة العام الماضي 5 مليارات دولار من الاستثمارات الأجنبية", 1, CostCategory.Spending)]
    [InlineData("The chip designer booked $2 billion in sales last quarter.", 1, CostCategory.Revenue)]
    [InlineData("The start-up has now secured $300 million in funding.", 1, CostCategory.Funding)]
    // The nearest cue of the figure's own clause wins over a nearer one behind a comma.
    [InlineData("جمعت الشركة التمويل، و600 مليون دولار منها استثمارات في الرقائق", 1, CostCategory.Spending)]
    // The subject of a verb of amounting or reaching says what the figure measures, before a nearer word.
    [InlineData("وتبلغ قيمة الشركة بعد انتهاء الجولة 45 مليار دولار", 1, CostCategory.Value)]
    [InlineData("سجلت إيرادات وحدة الحوسبة خلال جولة الرئيس الآسيوية 6 مليارات دولار", 1, CostCategory.Revenue)]
    [InlineData("بيعت حصة المؤسس بمبلغ 900 مليون دولار", 1, CostCategory.Price)]
    // What a user pays for a service is a price, though the verb is "to cost".
    [InlineData("يكلف الاشتراك الشهري في الخدمة 20 دولاراً", 1, CostCategory.Price)]
    [InlineData("لا تتجاوز تكلفة الاستشارة عبر التطبيق 100 جنيه", 1, CostCategory.Price)]
    [InlineData("ستكلف النسخة الجديدة المستخدم 3 دولارات في الشهر", 1, CostCategory.Price)]
    [InlineData("The model costs $0.035 per image.", 1, CostCategory.Price)]
    [InlineData("تكلف النسخة الاحترافية 30 دولاراً شهرياً", 1, CostCategory.Price)]
    [InlineData("يكلف تشغيل الخوادم الشركة 2 مليون دولار شهرياً", 1, CostCategory.Cost)]
    [InlineData("كلف تدريب النموذج الجديد 80 مليون دولار", 1, CostCategory.Cost)]
    // A figure compared with another takes its category.
    [InlineData("بلغت الإيرادات 8 مليارات دولار في عام شهد خفض الأسعار، مقارنة بـ6 مليارات دولار قبل عام", 2, CostCategory.Revenue)]
    // Charges a company books are a cost; fees it charges are a price.
    [InlineData("قالت الشركة إنها ستسجل رسوماً بقيمة 700 مليون دولار بسبب القيود", 1, CostCategory.Cost)]
    [InlineData("تكبدت المجموعة بالفعل رسوماً قدرها 1.2 مليار دولار", 1, CostCategory.Cost)]
    [InlineData("تفرض المنصة رسوماً قدرها 5 دولارات على كل عملية", 1, CostCategory.Price)]
    // Exports and orders are sales.
    [InlineData("بلغت صادرات البلاد من الرقائق 30 مليار دولار", 1, CostCategory.Revenue)]
    [InlineData("ألغى العملاء الصينيون طلبيات بقيمة 2 مليار دولار", 1, CostCategory.Revenue)]
    // Investment as an adjective, and the weak hints when no stronger word is near.
    [InlineData("أعلنت الحكومة التزامات استثمارية بقيمة 9 مليارات دولار", 1, CostCategory.Spending)]
    [InlineData("أعلنت الحكومة مشروعاً بقيمة 8 مليارات دولار لبناء مدينة ذكية", 1, CostCategory.Spending)]
    [InlineData("حصلت الشركة على التزام بقيمة 500 مليون دولار من صندوق حكومي", 1, CostCategory.Funding)]
    [InlineData("قد يخفض الصندوق مساهمته إلى 3 مليارات دولار", 1, CostCategory.Funding)]
    [InlineData("تدفع الشركة لمزود الحوسبة السحابية مليار دولار سنوياً", 1, CostCategory.Cost)]
    [InlineData("يدفع المشتركون 15 دولاراً شهرياً مقابل الخدمة", 1, CostCategory.Price)]
    // A fortune, a fine or a salary is other money, not the revenue named next to it.
    [InlineData("قدرت المجلة ثروة مؤسس الشركة بنحو 3 مليارات دولار، فيما بلغت إيرادات الشركة 800 مليون دولار", 1, CostCategory.Other)]
    [InlineData("قدرت المجلة ثروة مؤسس الشركة بنحو 3 مليارات دولار، فيما بلغت إيرادات الشركة 800 مليون دولار", 2, CostCategory.Revenue)]
    [InlineData("يتقاضى الرئيس التنفيذي راتباً سنوياً قدره 1.5 مليون دولار", 1, CostCategory.Other)]
    // Grants are funding; what an industry generates is revenue; "values … at" is a valuation.
    [InlineData("قدمت المؤسسة منحة بقيمة 3 ملايين دولار لمختبر الجامعة", 1, CostCategory.Funding)]
    [InlineData("يتوقع التقرير أن تدر التطبيقات الذكية 40 مليار دولار سنوياً", 1, CostCategory.Revenue)]
    [InlineData("The chip unit generated $12 billion last quarter.", 1, CostCategory.Revenue)]
    [InlineData("The new round values the lab at $90 billion.", 1, CostCategory.Value)]
    [InlineData("The stock closed at $48.10 on Friday.", 1, CostCategory.Price)]
    [InlineData("The state earmarked $3 billion for quantum research.", 1, CostCategory.Spending)]
    public void CategoryComesFromTheFiguresClause(string sentence, int figure, CostCategory expected)
    {
        var amounts = Analyzer.Analyze(sentence).CostClaims.Where(c => c.Kind == CostClaimKind.Amount).ToList();

        Assert.True(amounts.Count >= figure, $"only {amounts.Count} amounts in '{sentence}'");
        Assert.Equal(expected, amounts[figure - 1].Category);
    }
}
