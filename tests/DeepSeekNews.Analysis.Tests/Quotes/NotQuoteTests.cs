using static DeepSeekNews.Analysis.Tests.Quotes.QuoteKit;

namespace DeepSeekNews.Analysis.Tests.Quotes;

public class NotQuoteTests
{
    [Theory]
    [InlineData("أعلنت \"هواوي\" و\"غوغل\" عن شراكة جديدة مع «ديب سيك DeepSeek» في مجال الحوسبة السحابية.")]
    [InlineData("تعتمد الشركة على تقنية \"Mixture of Experts\" لتقليل تكاليف التدريب.")]
    [InlineData("نشر موقع \"TechCrunch\" تقريرا مطولا عن خطط الشركة في آسيا.")]
    [InlineData("وصلت رقائق \"إنفيديا\" إلى الأسواق الخليجية بكميات كبيرة هذا الشهر.")]
    [InlineData("يطلق المطورون على هذه الطريقة اسم \"التقطير المعرفي\" في أوساط الصناعة.")]
    [InlineData("شبه كثيرون أداء النموذج بـ\"المعجزة الصغيرة\" على مواقع التواصل.")]
    public void NamesTitlesAndTermsInQuotationMarksAreNotQuotes(string text)
    {
        Assert.Empty(QuotesOf(text));
    }

    [Fact]
    public void ShortQuotedSpanCountsWhenADescriptionVerbIntroducesIt()
    {
        var quote = Single("أشادت شركة مايكروسوفت بالنموذج الجديد، ووصفته بأنه \"قفزة نوعية\" في القطاع.");

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("قفزة نوعية", quote.Text);
        Assert.Equal("microsoft", quote.Speaker?.EntityId);
        Assert.Equal("وصفته", quote.Cue);
    }

    [Fact]
    public void ShortQuotedSpanCountsAfterAColon()
    {
        var quote = Single("وعلّق جنسن هوانغ على النتائج: «مذهلة».");

        Assert.Equal("مذهلة", quote.Text);
        Assert.Equal("jensen-huang", quote.Speaker?.EntityId);
    }

    [Fact]
    public void QuotedTermInsideIndirectSpeechKeepsTheSpeechIndirect()
    {
        var quote = Single("قال سام ألتمان إن \"الذكاء الاصطناعي العام\" سيصل قبل نهاية العقد.");

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("\"الذكاء الاصطناعي العام\" سيصل قبل نهاية العقد", quote.Text);
    }

    [Fact]
    public void QuotedNameAsTheSubjectIsNotTheQuote()
    {
        var quote = Single("قالت \"إنفيديا\" إن مبيعاتها في الصين تراجعت بشدة.");

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("nvidia", quote.Speaker?.EntityId);
        Assert.Equal("مبيعاتها في الصين تراجعت بشدة", quote.Text);
    }

    [Theory]
    [InlineData("كما أن الشركة تخطط لإطلاق نموذج جديد في الربيع.")]
    [InlineData("بعد أن أعلنت الشركة عن نتائجها، ارتفع السهم بقوة.")]
    [InlineData("يوضح نموذج o3 من OpenAI أن التفكير المتسلسل يحسن النتائج.")]
    [InlineData("ويشير نجاح الشركة الصينية إلى أن قواعد المنافسة تتغير.")]
    [InlineData("وتكشف هذه الأرقام أن الطلب على الرقائق ما زال قويا.")]
    [InlineData("يُقال إن الشركة تدرس عرضا للاستحواذ على منافس أصغر.")]
    [InlineData("يذكر أن الشركة تأسست في مدينة هانغتشو عام 2023.")]
    [InlineData("أشارت التقارير إلى أن الشركة خفضت أسعارها مرتين هذا العام.")]
    [InlineData("من المتوقع أن تعلن الشركة نتائجها الفصلية الأسبوع المقبل.")]
    [InlineData("ارتفعت إيرادات الشركة إلى 5 مليارات دولار، بحسب بيانات السوق.")]
    public void SentencesWithNoSpeakerHaveNoQuote(string text)
    {
        Assert.Empty(QuotesOf(text));
    }

    [Fact]
    public void DescriptionParticipleWithBaIntroducesAShortQuote()
    {
        var quote = Single("أشاد سام ألتمان بالنموذج الصيني، واصفاً إياه بـ\"المثير للإعجاب\".");

        Assert.Equal("المثير للإعجاب", quote.Text);
        Assert.Equal("sam-altman", quote.Speaker?.EntityId);
        Assert.Equal("واصفاً", quote.Cue);
    }
}
