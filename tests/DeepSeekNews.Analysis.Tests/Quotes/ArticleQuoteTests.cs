using static DeepSeekNews.Analysis.Tests.Quotes.QuoteKit;

namespace DeepSeekNews.Analysis.Tests.Quotes;

/// <summary>Whole articles written for these tests in the style of Arabic business news: several speakers, continuations, unnamed sources.</summary>
public class ArticleQuoteTests
{
    [Fact]
    public void MarketReactionArticleAttributesEveryQuote()
    {
        const string article =
            "هبطت أسهم شركة إنفيديا بنحو 17% في تعاملات يوم الإثنين، بعد أن أثار نموذج ديب سيك الجديد مخاوف المستثمرين من تراجع الطلب على الرقائق المتقدمة.\n"
            + "وقال جنسن هوانغ، الرئيس التنفيذي لشركة إنفيديا، في مقابلة مع شبكة \"CNBC\"، إن السوق أساء فهم ما يعنيه النموذج الصيني لقطاع الحوسبة.\n"
            + "وأضاف: «النماذج الأكثر كفاءة تعني أن مزيداً من الشركات ستتمكن من استخدام الذكاء الاصطناعي، وهذا يعني طلباً أكبر على رقائقنا».\n"
            + "من جهتها، أكدت شركة مايكروسوفت أنها ستتيح نموذج R1 لعملائها عبر منصتها السحابية.\n"
            + "وأوضحت في بيان أن النموذج خضع لاختبارات أمان مكثفة قبل إتاحته.\n"
            + "في المقابل، قال مصدر مطلع على خطط الشركة الصينية إن ديب سيك لا تنوي طرح أسهمها للاكتتاب العام في الوقت الحالي.\n"
            + "ويرى محللون أن تراجع الأسهم مبالغ فيه، مشيرين إلى أن الطلب على مراكز البيانات لا يزال قوياً.\n"
            + "«ما حدث هو تصحيح صحي للسوق وليس بداية انهيار»، قال خالد المنصوري، المحلل في بنك الإمارات دبي الوطني.";

        var quotes = QuotesOf(article);

        Assert.Equal(
            [
                ("السوق أساء فهم", QuoteKind.Indirect, "Jensen Huang"),
                ("النماذج الأكثر كفاءة", QuoteKind.Direct, "Jensen Huang"),
                ("ستتيح نموذج R1", QuoteKind.Indirect, "Microsoft"),
                ("النموذج خضع لاختبارات", QuoteKind.Indirect, "Microsoft"),
                ("ديب سيك لا", QuoteKind.Indirect, "مصدر مطلع"),
                ("تراجع الأسهم مبالغ", QuoteKind.Indirect, "محللون"),
                ("الطلب على مراكز", QuoteKind.Indirect, "محللون"),
                ("ما حدث هو", QuoteKind.Direct, "خالد المنصوري"),
            ],
            quotes.Select(q => (Opening(q, 3), q.Kind, q.Speaker?.Name)).ToList());
        Assert.Equal("المحلل", quotes[^1].Speaker?.Role);
        Assert.All(quotes, q => Assert.Equal(q.Text, article[q.Start..q.End]));
    }

    [Fact]
    public void LaunchArticleFollowsAWomanAcrossParagraphsAndCreditsTheEditorialToItsNewspaper()
    {
        const string article =
            "أعلنت شركة OpenAI، الجمعة، عن إطلاق نموذج جديد مخصص للبرمجة، في خطوة تهدف إلى مواجهة المنافسة المتزايدة من الشركات الصينية.\n"
            + "وكتب سام ألتمان، الرئيس التنفيذي للشركة، على منصة X: \"هذا أفضل نموذج أطلقناه حتى الآن، وسيكون متاحاً للجميع مجاناً\".\n"
            + "وكانت ليزا سو، الرئيسة التنفيذية لشركة إيه إم دي، قد صرّحت الأسبوع الماضي بأن المنافسة بين النماذج ستخفض تكاليف الحوسبة.\n"
            + "وأضافت أن شركتها تعمل مع OpenAI على تحسين أداء الرقائق.\n"
            + "ونقلت وكالة رويترز عن مسؤول في وزارة التجارة الأمريكية قوله إن الإدارة تدرس فرض قيود جديدة على تصدير الرقائق.\n"
            + "وفي مقال نشرته صحيفة بكين ديلي، رأى أحد الكتّاب أن القيود الأمريكية \"لن توقف تقدم الشركات الصينية، بل ستدفعها إلى الاعتماد على نفسها\".\n"
            + "وبحسب بيانات جمعتها الصحيفة، فإن عدد المستخدمين الصينيين للنماذج المحلية تضاعف خلال عام.";

        var quotes = QuotesOf(article);

        Assert.Equal(
            [
                ("هذا أفضل نموذج", QuoteKind.Direct, "sam-altman"),
                ("المنافسة بين النماذج", QuoteKind.Indirect, "lisa-su"),
                ("شركتها تعمل مع", QuoteKind.Indirect, "lisa-su"),
                ("الإدارة تدرس فرض", QuoteKind.Indirect, null),
                ("القيود الأمريكية \"لن", QuoteKind.Indirect, "beijing-daily"),
            ],
            quotes.Select(q => (Opening(q, 3), q.Kind, q.Speaker?.EntityId)).ToList());
        Assert.Equal("CEO", quotes[1].Speaker?.Role);
        Assert.Equal("مسؤول في وزارة التجارة الأمريكية", quotes[3].Speaker?.Name);
    }

    [Fact]
    public void ChipArticleHandlesAttributionsQuotesWithTheirVerbAfterAndATopicFrontedWithAmma()
    {
        const string article =
            "تخطط شركة هواوي لإطلاق رقاقة جديدة للذكاء الاصطناعي قبل نهاية العام، وفقاً لما ذكرته وكالة رويترز.\n"
            + "وقالت الشركة في بيان مقتضب إنها \"ملتزمة بتوفير بدائل محلية عالية الأداء لعملائها في الصين والعالم\".\n"
            + "«لا يمكن لأي قيود أن تمنع الابتكار»، يقول المهندس وانغ لي، الذي يعمل في أحد مختبرات الشركة في شنجن.\n"
            + "وتابع: «نحن نعمل ليلاً ونهاراً لتقليص الفجوة مع المنافسين».\n"
            + "أما الخبيرة في شؤون التكنولوجيا سارة الخطيب، فقد اعتبرت أن الرقاقة الجديدة لن تنافس منتجات إنفيديا قبل سنوات.\n"
            + "وأشارت إلى أن العقوبات حرمت الشركة من أدوات التصنيع الأكثر تقدماً.";

        var quotes = QuotesOf(article);

        Assert.Equal(
            [
                ("تخطط شركة هواوي", QuoteKind.Indirect, "Reuters"),
                ("ملتزمة بتوفير بدائل", QuoteKind.Direct, "Huawei"),
                ("لا يمكن لأي", QuoteKind.Direct, "وانغ لي"),
                ("نحن نعمل ليلاً", QuoteKind.Direct, "وانغ لي"),
                ("الرقاقة الجديدة لن", QuoteKind.Indirect, "سارة الخطيب"),
                ("العقوبات حرمت الشركة", QuoteKind.Indirect, "سارة الخطيب"),
            ],
            quotes.Select(q => (Opening(q, 3), q.Kind, q.Speaker?.Name)).ToList());
        Assert.Equal("المهندس", quotes[2].Speaker?.Role);
        Assert.Equal("يقول", quotes[2].Cue);
    }

    /// <summary>The first words of a quote, enough to tell the quotes of an article apart.</summary>
    private static string Opening(Quote quote, int words) => string.Join(' ', quote.Text.Split(' ').Take(words));
}
