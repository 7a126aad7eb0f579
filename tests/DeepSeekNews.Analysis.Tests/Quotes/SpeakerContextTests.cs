using static DeepSeekNews.Analysis.Tests.Quotes.QuoteKit;

namespace DeepSeekNews.Analysis.Tests.Quotes;

/// <summary>
/// Speakers read from their context: what a quotation contains, where a title's organisation is quoted, where a name
/// ends and an object starts, and which speaker a continuation or an anaphor refers to.
/// </summary>
public class SpeakerContextTests
{
    [Fact]
    public void VerbInsideAQuotationDoesNotBecomeTheSpeakerOfTheNextContinuation()
    {
        var quotes = QuotesOf("وقال المهندس طارق الزهراني: «لم يعد المشترون يسألون عن الضمان وحده، بل عن سرعة الصيانة». "
            + "وأوضح أن الشركة ستعلن نتائجها في مارس.");

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("طارق الزهراني", q.Speaker?.Name));
    }

    [Fact]
    public void QuotedOrganisationOfATitleIsNoQuoteAndTheNameInAppositionSpeaks()
    {
        var quote = Single("وقال المدير العام لـ«واحة»، ماجد الحربي، في تصريحات صحفية، إن المبيعات نمت بنسبة الثلث.");

        Assert.Equal("ماجد الحربي", quote.Speaker?.Name);
        Assert.Null(quote.Speaker?.EntityId);
        Assert.Equal("المبيعات نمت بنسبة الثلث", quote.Text);
    }

    [Fact]
    public void GeneralAfterATitleIsPartOfTheTitleNotTheWordForYear()
    {
        var quote = Single("وقال الأمين العام لاتحاد المصارف خالد سعيد إن الاجتماع تأجل إلى الشهر المقبل.");

        Assert.Equal("خالد سعيد", quote.Speaker?.Name);
        Assert.Equal("الأمين العام", quote.Speaker?.Role);
    }

    [Fact]
    public void SpeakersOwnWordsAfterTheSurnameAreTheObjectNotPartOfTheName()
    {
        var quotes = QuotesOf("قال المهندس سعيد الغامدي إن المشروع تأخر بسبب الأمطار. واختتم الغامدي حديثه بالقول إن الافتتاح سيكون في الربيع.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("سعيد الغامدي", With(quotes, "الافتتاح سيكون").Speaker?.Name);
    }

    [Theory]
    [InlineData("نقلت وكالة رويترز عن مصدر مطلع على المفاوضات قوله إن الصفقة ستعلن الأسبوع المقبل.", "مصدر مطلع")]
    [InlineData("ونقلت صحيفة محلية عن مسؤولين مطلعين على الملف قولهم إن الصفقة ستعلن الأسبوع المقبل.", "مسؤولين مطلعين")]
    [InlineData("نقلت وكالة رويترز عن مسؤول في وزارة المالية قوله إن الصفقة ستعلن الأسبوع المقبل.", "مسؤول في وزارة المالية")]
    public void RelayedUnnamedSourceEndsBeforeWhatItKnowsAboutButKeepsWhereItWorks(string text, string name)
    {
        var quote = Single(text);

        Assert.Equal(name, quote.Speaker?.Name);
        Assert.Equal("الصفقة ستعلن الأسبوع المقبل", quote.Text);
    }

    [Fact]
    public void TopicFrontedWithAmmaKeepsItsVerbAcrossALongRelativeClause()
    {
        var quotes = QuotesOf("قال سامي كريم إن الأسعار سترتفع. أما متحدث باسم شركة هواوي، التي تملك حصة كبيرة في سوق الرقائق "
            + "عبر ذراعها «سيليكون»، فقال إن الشركة لا تعلق على الشائعات.");

        Assert.Equal("huawei", With(quotes, "لا تعلق على الشائعات").Speaker?.EntityId);
    }

    [Fact]
    public void CompanyAnaphorSkipsAKindOfCompanyDescribedWithAdjectives()
    {
        var quote = Single("استحوذت شركة «رمال» على منافستها، في أكبر صفقة لشركة خدمات لوجستية سعودية منذ سنوات. "
            + "وقالت الشركة في بيان إنها ستدمج الفريقين قبل نهاية العام.");

        Assert.Equal("رمال", quote.Speaker?.Name);
    }

    [Fact]
    public void CompanyAnaphorIsNotTheLastWordOfAnUnnamedSourceBeforeIt()
    {
        var quotes = QuotesOf("«نحن أمام أكبر تحول في سوق الهواتف منذ عقد»، قال المدير الإقليمي لشركة «هواوي» سامي كريم، خلال مؤتمر في دبي.\n"
            + "وقال مسؤول تنفيذي في الشركة، طلب عدم الكشف عن هويته، إن المبيعات فاقت التوقعات.\n"
            + "وأشارت الشركة في بيانها إلى أن الهاتف سيطرح في مصر الشهر المقبل.");

        Assert.Equal("huawei", With(quotes, "سيطرح في مصر").Speaker?.EntityId);
    }

    [Theory]
    [InlineData("وقال مسؤول في الوزارة، طلب عدم نشر اسمه، إن القرار سيصدر قريباً.")]
    [InlineData("وقال مسؤول في الوزارة، فضّل عدم ذكر اسمه، إن القرار سيصدر قريباً.")]
    public void SourceAskingForAnonymityKeepsItsWordsAndTheRequestIsNoName(string text)
    {
        var quote = Single(text);

        Assert.Equal("مسؤول في الوزارة", quote.Speaker?.Name);
    }

    [Fact]
    public void HonorificBeforeANameInAppositionIsLeftOutOfTheName()
    {
        var quote = Single("وأكد رئيس مجلس الإدارة، الشيخ حمد بن راشد، أن الشركة ملتزمة بخطتها.");

        Assert.Equal("حمد بن راشد", quote.Speaker?.Name);
    }

    [Fact]
    public void AttributionToWhatASourceToldAnOutletCreditsTheSourceNotTheOutlet()
    {
        var quote = Single("وبحسب ما قاله مصدر في الشركة لصحيفة فايننشال تايمز، فإن الصفقة قد تشمل منصة محلية.");

        Assert.Equal("مصدر في الشركة", quote.Speaker?.Name);
        Assert.Equal("الصفقة قد تشمل منصة محلية", quote.Text);
    }

    [Fact]
    public void QuotedNameWithTheArticleAfterTheKindIsTheOrganisationAndItsAnaphor()
    {
        var quotes = QuotesOf("أعلنت مجموعة «الريان» القطرية عن خطة توسع في أوروبا. وقالت المجموعة في بيان إنها لم تختر الأسواق بعد.");

        Assert.Equal("الريان", With(quotes, "لم تختر الأسواق").Speaker?.Name);
    }

    [Fact]
    public void FeminineContinuationWithItsComplementReachesAWomanTwoParagraphsBack()
    {
        var quotes = QuotesOf("قالت منى حداد إن الطلب على السندات قوي.\n"
            + "وأشار سامي كريم إلى أن البنوك مستعدة للتمويل.\n"
            + "ولفتت إلى أن أسعار الفائدة المرتفعة تضغط على الشركات الصغيرة.");

        Assert.Equal(3, quotes.Count);
        Assert.Equal("mona-haddad", With(quotes, "تضغط على الشركات").Speaker?.EntityId);
    }

    [Fact]
    public void HeadlineWithTheOutletTheWordsWereSaidToQuotesTheSpeaker()
    {
        var quote = Single("جنسن هوانغ لـ«العربية Business»: الطلب على الرقائق لم يكن أقوى من اليوم");

        Assert.Equal("jensen-huang", quote.Speaker?.EntityId);
        Assert.Equal("الطلب على الرقائق لم يكن أقوى من اليوم", quote.Text);
    }

    [Fact]
    public void SubheadingWithTheSurnameOfAnEarlierSpeakerQuotesThem()
    {
        var quotes = QuotesOf("قال وزير المالية خالد العبيدي إن الموازنة ستحقق فائضاً.\n"
            + "العبيدي لـ«الشرق»: لن نرفع الضرائب هذا العام");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("خالد العبيدي", With(quotes, "لن نرفع الضرائب").Speaker?.Name);
    }

    [Fact]
    public void SpokespersonForTheCompanyNamedBeforeSpeaksForItUnlessNamed()
    {
        var quotes = QuotesOf("أطلقت شركة هواوي حاسوباً جديداً في الرياض. وقالت المتحدثة باسم الشركة إن المبيعات ستبدأ في مايو. "
            + "وقال متحدث باسم الشركة، فهد العلي، إن الأسعار لم تحدد بعد.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("huawei", With(quotes, "المبيعات ستبدأ").Speaker?.EntityId);
        Assert.Equal("فهد العلي", With(quotes, "الأسعار لم تحدد").Speaker?.Name);
    }

    [Fact]
    public void NameInAppositionBeforeAColonSpeaksAndTheQuotedCompanyAfterAGluedKindIsNoQuote()
    {
        var quotes = QuotesOf("وأضاف الرئيس التنفيذي لشركة «نخلة»، عماد الطيب: «المنافسة صحية للسوق وللمستهلكين معاً». "
            + "ويعتقد الطيب أن السوق تتسع لأكثر من لاعب.");

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("عماد الطيب", q.Speaker?.Name));
    }

    [Theory]
    [InlineData("وأضافت الباحثة في جامعة هارفارد إليزابيث تشانغ أن الصين ستطور بدائل محلية.", "إليزابيث تشانغ")]
    [InlineData("وقال المهندس إلياس حداد إن الصين ستطور بدائل محلية.", "إلياس حداد")]
    public void GivenNameOpeningWithIlIsNotReadAsTheArticle(string text, string name)
    {
        Assert.Equal(name, Single(text).Speaker?.Name);
    }

    [Fact]
    public void VerbAskingForAnonymityBetweenCommasIsPartOfTheSourcesApposition()
    {
        var quote = Single("وقال مسؤول أوروبي، تحدث شريطة عدم الكشف عن هويته، إن المفوضية لن تمنح استثناءات جديدة.");

        Assert.Equal("مسؤول أوروبي", quote.Speaker?.Name);
        Assert.Equal("المفوضية لن تمنح استثناءات جديدة", quote.Text);
    }

    [Fact]
    public void DefiniteTitleAfterAQuoteWithTheAgencyItSpokeToRefersBackToTheSource()
    {
        var quotes = QuotesOf("وقال مسؤول أوروبي إن المفوضية لن تمنح استثناءات. «نحن نراقب كل شحنة تغادر موانئنا»، قال المسؤول لرويترز.");

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("مسؤول أوروبي", q.Speaker?.Name));
    }

    [Fact]
    public void DefiniteTitleRefersBackToANameGivenAfterATitleWithACatalogOrganisation()
    {
        var quotes = QuotesOf("وقال المتحدث باسم شركة هواوي، فهد العلي، إن الشركة تدرس الطلب. كما أكد المتحدث أن القرار سيصدر خلال شهرين.");

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("فهد العلي", q.Speaker?.Name));
    }

    [Fact]
    public void CompanyAnaphorDoesNotReferToAUniversityNamedBefore()
    {
        var quotes = QuotesOf("وقالت الباحثة في جامعة هارفارد سارة الخطيب إن الصين ستطور بدائل. وقالت الشركة إن المصنع جاهز للإنتاج.");

        Assert.Null(With(quotes, "المصنع جاهز").Speaker?.EntityId);
    }
}
