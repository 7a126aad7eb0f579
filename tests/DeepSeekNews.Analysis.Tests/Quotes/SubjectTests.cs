using static DeepSeekNews.Analysis.Tests.Quotes.QuoteKit;

namespace DeepSeekNews.Analysis.Tests.Quotes;

/// <summary>Subjects that are not simply the words after the verb: fronted, relative, titled, affiliated, referred back to.</summary>
public class SubjectTests
{
    [Fact]
    public void TopicFrontedWithAmmaIsTheSubjectOfTheVerbAfterFa()
    {
        var quote = Single("أما شركة هواوي، المصنعة لرقائق أسيند، فأكدت أن إنتاجها سيتضاعف هذا العام.");

        Assert.Equal("huawei", quote.Speaker?.EntityId);
        Assert.Equal("إنتاجها سيتضاعف هذا العام", quote.Text);
    }

    [Fact]
    public void RelativePronounReportsForTheNameBeforeIt()
    {
        var quote = Single("وافتتح المؤتمر جنسن هوانغ، الذي أكد أن الطلب على الرقائق لم يتراجع.");

        Assert.Equal("jensen-huang", quote.Speaker?.EntityId);
    }

    [Fact]
    public void TitledSubjectBeforeTheVerbAndItsContinuationInTheSameSentence()
    {
        var quotes = QuotesOf("لكن الرئيس التنفيذي جنسن هوانغ أعلن في مايو تأجيل الإطلاق، وقال إن المصانع ليست جاهزة بعد.");

        var quote = Assert.Single(quotes);
        Assert.Equal("jensen-huang", quote.Speaker?.EntityId);
        Assert.Equal("المصانع ليست جاهزة بعد", quote.Text);
    }

    [Fact]
    public void AnalystsAtAFirmSpeakForTheFirmAndArePluralForTheParticiple()
    {
        var quotes = QuotesOf("لكن محللين في شركة نور كابيتال رأوا أن التراجع مبالغ فيه، مشيرين إلى أن الطلب سيعود بقوة.");

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("nour-capital", q.Speaker?.EntityId));
    }

    [Fact]
    public void VerbWithNoSubjectContinuesTheSubjectOfAnEarlierClauseOfItsSentence()
    {
        var launched = Single("أطلقت شركة هواوي نموذجها الجديد أمس، وقالت إنه يتفوق على منافسيه في البرمجة.");
        var mocked = Single("كما سخر سام ألتمان من الحديث عن الفقاعة، لكنه اعترف بأن \"المستثمرين متحمسون أكثر من اللازم\".");

        Assert.Equal("huawei", launched.Speaker?.EntityId);
        Assert.Equal("sam-altman", mocked.Speaker?.EntityId);
    }

    [Fact]
    public void ParticipleAfterAConjoinedOpeningAdjunctContinuesTheSubjectOfTheClauseAfterItsComma()
    {
        var quotes = QuotesOf("قال سامي كريم إن الطلب على الحوسبة السحابية سيتضاعف.\n"
            + "وفي القاهرة، افتتح الوزير خالد العمري معرض التقنية، مؤكداً أن الحكومة ستدعم الشركات الناشئة.");

        Assert.Equal(2, quotes.Count);
        var minister = With(quotes, "ستدعم الشركات الناشئة");
        Assert.Equal("خالد العمري", minister.Speaker?.Name);
        Assert.Null(minister.Speaker?.EntityId);
    }

    [Fact]
    public void SurnameAloneRefersToACatalogPersonWhoHasAlreadySpoken()
    {
        var quotes = QuotesOf("قال سامي كريم إن الشركة ستتوسع في آسيا. وأضاف كريم أن المفاوضات مع المستثمرين مستمرة.");

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("sami-karim", q.Speaker?.EntityId));
    }

    [Fact]
    public void TitleAloneRefersToTheSpeakerIntroducedWithIt()
    {
        var minister = QuotesOf("قال خالد منصور، وزير الاقتصاد، إن النمو سيتسارع. وأضاف الوزير أن الحكومة ستدعم الشركات الناشئة.");
        var source = QuotesOf("قال مصدر مطلع إن الصفقة شبه منجزة. وأضاف المصدر أن الإعلان سيتم الشهر المقبل.");

        Assert.All(minister, q => Assert.Equal("خالد منصور", q.Speaker?.Name));
        Assert.All(source, q => Assert.Equal("مصدر مطلع", q.Speaker?.Name));
        Assert.Equal(2, minister.Count);
        Assert.Equal(2, source.Count);
    }

    [Fact]
    public void PersonNounWithAdjectivesBeforeAnUncataloguedName()
    {
        var quote = Single("ويرى المستثمر السعودي البارز فهد العتيبي أن تقييمات الشركات الناشئة معقولة.");

        Assert.Equal("فهد العتيبي", quote.Speaker?.Name);
        Assert.Equal("المستثمر السعودي البارز", quote.Speaker?.Role);
    }

    [Fact]
    public void AttributionInsideTheVerbsClauseDoesNotTakeTheQuote()
    {
        var quote = Single("وتتوقع OpenAI، وفق وثائق اطلعت عليها صحيفة محلية، أن تتضاعف إيراداتها العام المقبل.");

        Assert.Equal("openai", quote.Speaker?.EntityId);
        Assert.Equal("تتضاعف إيراداتها العام المقبل", quote.Text);
    }

    [Fact]
    public void ParentheticalSourceBeforeAnnaGivesTheQuoteAfterIt()
    {
        var quote = Single("غير أن المشكلة، بحسب مسؤول سابق في الشركة تحدث إلينا، أن «الإدارة لم تستمع إلى المهندسين».");

        Assert.Equal("الإدارة لم تستمع إلى المهندسين", quote.Text);
        Assert.Equal("مسؤول سابق في الشركة", quote.Speaker?.Name);
    }

    [Fact]
    public void WhatACompanyDeniedMakesItTheSpeakerOfTheParticipleAfter()
    {
        var quotes = QuotesOf("قالت هيئة الرقابة إنها استدعت ممثلي شركة هواوي، وهو ما نفته الشركة، مؤكدة أن منتجاتها آمنة.");

        Assert.Equal("huawei", With(quotes, "منتجاتها آمنة").Speaker?.EntityId);
    }

    [Fact]
    public void ParticipleFormThatIsAnAdjectiveReportsNothing()
    {
        var quotes = QuotesOf("قالت ليزا سو إن الطلب قوي. وفي مداخلة لافتة، قال جنسن هوانغ إن المنافسة مفيدة للجميع.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("jensen-huang", With(quotes, "المنافسة مفيدة").Speaker?.EntityId);
    }

    [Fact]
    public void QuotedCompanyNameBelongsToTheSubject()
    {
        var quotes = QuotesOf("أعلنت شركة «نبراس» الناشئة أنها جمعت تمويلا جديدا.\nوقالت الشركة في بيان إنها ستفتتح مكتبا في الرياض.");

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("نبراس", q.Speaker?.Name));
    }

    [Fact]
    public void LaWrittenApartAfterATitleIsPartOfTheTitle()
    {
        var quote = Single("من جهته، قال الرئيس التنفيذي لـOpenAI سام ألتمان إن المشروع سيغير القطاع.");

        Assert.Equal("sam-altman", quote.Speaker?.EntityId);
    }

    [Fact]
    public void EstimateVerbsReportWhatTheirSubjectEstimates()
    {
        var estimate = Single("وتقدّر شركة نور كابيتال أن السوق ستنمو بنسبة 30% سنويا.");

        Assert.Equal("nour-capital", estimate.Speaker?.EntityId);
        Assert.Empty(QuotesOf("وتُقدّر قيمة الصفقة بنحو ملياري دولار."));
    }
}
