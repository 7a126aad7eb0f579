using static DeepSeekNews.Analysis.Tests.Quotes.QuoteKit;

namespace DeepSeekNews.Analysis.Tests.Quotes;

public class DirectQuoteTests
{
    [Fact]
    public void GuillemetsAfterAColonAreADirectQuoteOfTheNamedSpeaker()
    {
        const string text = "قال جنسن هوانغ، الرئيس التنفيذي لشركة إنفيديا، في مؤتمر صحفي: «نحن نعيش بداية عصر جديد للحوسبة».";

        var quote = Single(text);

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("نحن نعيش بداية عصر جديد للحوسبة", quote.Text);
        Assert.Equal(quote.Text, text[quote.Start..quote.End]);
        Assert.Equal("jensen-huang", quote.Speaker?.EntityId);
        Assert.Equal("Jensen Huang", quote.Speaker?.Name);
        Assert.Equal("CEO", quote.Speaker?.Role);
        Assert.Equal("قال", quote.Cue);
    }

    [Fact]
    public void CurlyQuotesOpenWithTheLeftMarkAndCloseWithTheRight()
    {
        var quote = Single("وقالت ليزا سو للصحفيين: “سنطرح رقائق جديدة قبل نهاية العام”.");

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("سنطرح رقائق جديدة قبل نهاية العام", quote.Text);
        Assert.Equal("lisa-su", quote.Speaker?.EntityId);
        Assert.Equal("قالت", quote.Cue);
    }

    [Fact]
    public void StraightQuotesPairByPosition()
    {
        var quotes = QuotesOf("قال جنسن هوانغ: \"الطلب يفوق العرض بكثير\". وأضاف: \"لا نستطيع تلبية كل الطلبات حاليا\".");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("الطلب يفوق العرض بكثير", quotes[0].Text);
        Assert.Equal("لا نستطيع تلبية كل الطلبات حاليا", quotes[1].Text);
        Assert.All(quotes, q => Assert.Equal("jensen-huang", q.Speaker?.EntityId));
        Assert.Equal("أضاف", quotes[1].Cue);
    }

    [Fact]
    public void LowOpeningMarkPairsWithAHighClosingMark()
    {
        var quote = Single("كتب سام ألتمان على مدونته: „لقد تعلمنا الكثير من هذه التجربة“");

        Assert.Equal("لقد تعلمنا الكثير من هذه التجربة", quote.Text);
        Assert.Equal("sam-altman", quote.Speaker?.EntityId);
    }

    [Fact]
    public void SingleGuillemetsMarkAQuoteToo()
    {
        var quote = Single("قال مصدر مطلع: ‹الصفقة ستعلن الأسبوع المقبل›");

        Assert.Equal("الصفقة ستعلن الأسبوع المقبل", quote.Text);
        Assert.Equal("مصدر مطلع", quote.Speaker?.Name);
        Assert.Null(quote.Speaker?.EntityId);
    }

    [Fact]
    public void GuillemetsWrittenTheOtherWayRoundStillPair()
    {
        var quote = Single("قال مصدر في الشركة: »لن نعلن السعر قبل موعد الإطلاق«.");

        Assert.Equal("لن نعلن السعر قبل موعد الإطلاق", quote.Text);
    }

    [Fact]
    public void AQuoteSpansSeveralSentences()
    {
        var quote = Single("قالت ليزا سو: «المنافسة شديدة. لكننا مستعدون لها! وسنفاجئ السوق قريبا».");

        Assert.Equal("المنافسة شديدة. لكننا مستعدون لها! وسنفاجئ السوق قريبا", quote.Text);
    }

    [Fact]
    public void UnclosedQuoteRunsToEndOfParagraph()
    {
        const string text = "قال جنسن هوانغ: «هذه أكبر صفقة في تاريخ الشركة وسنواصل الاستثمار في الصين\nوتراجع سهم الشركة بنسبة 3% في التداولات المسائية.";

        var quote = Single(text);

        Assert.Equal("هذه أكبر صفقة في تاريخ الشركة وسنواصل الاستثمار في الصين", quote.Text);
        Assert.Equal(text.IndexOf('\n'), quote.End);
    }

    [Fact]
    public void QuoteCarriedIntoNextParagraphByNewOpeningMarkIsOneQuote()
    {
        const string text = "قالت ليزا سو: «نحن نستثمر في مراكز البيانات منذ سنوات.\n«وسنضاعف هذه الاستثمارات خلال العامين المقبلين».\nوارتفع السهم بعد التصريحات.";

        var quote = Single(text);

        Assert.Equal("نحن نستثمر في مراكز البيانات منذ سنوات.\nوسنضاعف هذه الاستثمارات خلال العامين المقبلين", quote.Text);
        Assert.Equal("lisa-su", quote.Speaker?.EntityId);
        Assert.Equal(text.IndexOf('»'), quote.End);
    }

    [Fact]
    public void InnerQuotesStayInsideTheOuterQuote()
    {
        var quote = Single("قال سام ألتمان: «سمّينا النموذج \"o3\" لأسباب تتعلق بالعلامة التجارية».");

        Assert.Equal("سمّينا النموذج \"o3\" لأسباب تتعلق بالعلامة التجارية", quote.Text);
    }

    [Fact]
    public void QuoteWithItsVerbAfterItTakesTheSpeakerAfterTheVerb()
    {
        var quote = Single("«لم نر طلبا كهذا من قبل»، قال جنسن هوانغ خلال المؤتمر.");

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("لم نر طلبا كهذا من قبل", quote.Text);
        Assert.Equal("jensen-huang", quote.Speaker?.EntityId);
        Assert.Equal("قال", quote.Cue);
    }

    [Fact]
    public void QuoteWithAnAttributionAfterItTakesTheSource()
    {
        var quote = Single("«السعر سيكون مفاجئا للجميع»، بحسب مصدر مطلع على المفاوضات.");

        Assert.Equal("السعر سيكون مفاجئا للجميع", quote.Text);
        Assert.Equal("مصدر مطلع", quote.Speaker?.Name);
    }

    [Fact]
    public void ColonAtTheEndOfAParagraphIntroducesTheQuoteInTheNext()
    {
        var quote = Single("وقال جنسن هوانغ في ختام كلمته:\n«المستقبل سيكتب بالرقائق».");

        Assert.Equal("المستقبل سيكتب بالرقائق", quote.Text);
        Assert.Equal("jensen-huang", quote.Speaker?.EntityId);
    }

    [Fact]
    public void ParticipleIntroducesADirectQuoteOfTheSameSpeaker()
    {
        var quotes = QuotesOf("انتقدت ليزا سو قيود التصدير الجديدة، قائلة: «هذه القيود تضر بالجميع».");

        var quote = Assert.Single(quotes);
        Assert.Equal("lisa-su", quote.Speaker?.EntityId);
        Assert.Equal("قائلة", quote.Cue);
    }

    [Fact]
    public void LongQuotationOnItsOwnContinuesTheSpeakerOfThePreviousParagraph()
    {
        var quotes = QuotesOf("قال جنسن هوانغ إن الشركة ستفتتح مركزا جديدا في الرياض.\n«سيكون هذا المركز الأكبر لنا خارج الولايات المتحدة».");

        Assert.Equal(2, quotes.Count);
        Assert.Equal(QuoteKind.Direct, quotes[1].Kind);
        Assert.Equal("jensen-huang", quotes[1].Speaker?.EntityId);
    }

    [Fact]
    public void QuotationSplitByItsAttributionIsTwoQuotesOfOneSpeaker()
    {
        var quotes = QuotesOf("«نحن لا نخشى المنافسة»، قال سام ألتمان، «لكننا نريد قواعد عادلة».");

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("sam-altman", q.Speaker?.EntityId));
        Assert.Equal("لكننا نريد قواعد عادلة", quotes[1].Text);
    }

    [Fact]
    public void QuoteFollowedByHisOwnWordsKeepsTheSpeaker()
    {
        var quotes = QuotesOf("قال جنسن هوانغ إن السوق بخير. وأكد أن الشركة \"لم تخسر أي عميل مهم\"، على حد قوله.");

        Assert.Equal("jensen-huang", With(quotes, "لم تخسر").Speaker?.EntityId);
    }
}
