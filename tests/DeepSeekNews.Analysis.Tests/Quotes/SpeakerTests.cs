using static DeepSeekNews.Analysis.Tests.Quotes.QuoteKit;

namespace DeepSeekNews.Analysis.Tests.Quotes;

public class SpeakerTests
{
    [Fact]
    public void NameAfterTheVerbWithItsAppositionGivesSpeakerAndTheRoleTheRelationsRead()
    {
        var quote = Single("قال جنسن هوانغ، الرئيس التنفيذي لشركة إنفيديا، إن الشركة لا تخشى المنافسة.");

        Assert.Equal("jensen-huang", quote.Speaker?.EntityId);
        Assert.Equal("CEO", quote.Speaker?.Role);
    }

    [Fact]
    public void TitleBeforeTheNameGivesTheRoleAndThePersonNotTheCompany()
    {
        var quote = Single("أكد الرئيس التنفيذي لشركة إنفيديا جنسن هوانغ أن الشركة ستبني مصنعا في أريزونا.");

        Assert.Equal("jensen-huang", quote.Speaker?.EntityId);
        Assert.Equal("CEO", quote.Speaker?.Role);
    }

    [Fact]
    public void TitleWithTheNameInAppositionFindsThePerson()
    {
        var quote = Single("وقالت الرئيسة التنفيذية لشركة إيه إم دي، ليزا سو، إن الشركة ستنافس بقوة.");

        Assert.Equal("lisa-su", quote.Speaker?.EntityId);
    }

    [Fact]
    public void TitleTheRelationsDoNotReadStaysAsWritten()
    {
        var quote = Single("وقال سام ألتمان، صاحب الرؤية الأجرأ في القطاع، إن المنافسة مفيدة.");

        Assert.Equal("sam-altman", quote.Speaker?.EntityId);
        Assert.Null(quote.Speaker?.Role);
    }

    [Fact]
    public void CatalogGenderKeepsAMasculineContinuationFromAWomanNamedWithoutAVerb()
    {
        var quotes = QuotesOf("قال جنسن هوانغ إن الطلب قوي. وبحسب منى حداد، فإن الأسعار ستنخفض. وأضاف أن المصانع الجديدة ستفتح العام المقبل.");

        Assert.Equal(3, quotes.Count);
        Assert.Equal("mona-haddad", quotes[1].Speaker?.EntityId);
        Assert.Equal("jensen-huang", quotes[2].Speaker?.EntityId);
    }

    [Fact]
    public void SubjectBeforeTheVerbIsTheSpeaker()
    {
        var quote = Single("وكانت ليزا سو قد صرّحت سابقا بأن الشركة لن ترفع أسعارها.");

        Assert.Equal("lisa-su", quote.Speaker?.EntityId);
        Assert.Equal("الشركة لن ترفع أسعارها", quote.Text);
    }

    [Fact]
    public void SubjectBeforeTheVerbWithAnAppositionIsTheSpeaker()
    {
        var quote = Single("سام ألتمان، الرئيس التنفيذي لشركة OpenAI، قال إن النموذج سيصل إلى الجميع.");

        Assert.Equal("sam-altman", quote.Speaker?.EntityId);
        Assert.Equal("CEO", quote.Speaker?.Role);
    }

    [Theory]
    [InlineData("أعلنت شركة إنفيديا أن إيراداتها تضاعفت خلال عام.", "nvidia")]
    [InlineData("قالت غوغل في بيان إن خدماتها عادت إلى العمل.", "google")]
    [InlineData("وذكرت صحيفة بكين ديلي أن العقوبات لم تحقق أهدافها.", "beijing-daily")]
    public void OrganisationsSpeak(string text, string speaker)
    {
        Assert.Equal(speaker, Single(text).Speaker?.EntityId);
    }

    [Fact]
    public void CompanyAnaphorRefersToTheCompanyNamedBefore()
    {
        var quotes = QuotesOf("أطلقت شركة ديب سيك نموذجها الجديد أمس. وقالت الشركة إن النموذج مجاني للمطورين.");

        var quote = Assert.Single(quotes);
        Assert.Equal("deepseek", quote.Speaker?.EntityId);
    }

    [Fact]
    public void ContinuationVerbsAgreeInGenderWithThePreviousSpeaker()
    {
        const string text = "قال سام ألتمان إن النموذج سيصدر قريبا. وأعلنت شركة إنفيديا أنها ستوفر الرقائق اللازمة. "
            + "وأضاف أن الأسعار ستنخفض مع الوقت. وتابعت أن الشحنات ستبدأ في مارس.";

        var quotes = QuotesOf(text);

        Assert.Equal(4, quotes.Count);
        Assert.Equal("sam-altman", With(quotes, "الأسعار ستنخفض").Speaker?.EntityId);
        Assert.Equal("nvidia", With(quotes, "الشحنات ستبدأ").Speaker?.EntityId);
    }

    [Fact]
    public void FeminineContinuationSkipsAManForTheWomanWhoSpokeBefore()
    {
        const string text = "قالت ليزا سو إن رقائق الشركة أسرع. وقال جنسن هوانغ إن المقارنة غير عادلة. وأضافت أن الأرقام ستنشر قريبا.";

        var quotes = QuotesOf(text);

        Assert.Equal("lisa-su", With(quotes, "الأرقام ستنشر").Speaker?.EntityId);
    }

    [Theory]
    [InlineData("وقال أيضا إن")]
    [InlineData("وأوضح أن")]
    [InlineData("وأردف قائلا إن")]
    [InlineData("وتابع:")]
    [InlineData("وأضاف في تصريحات للصحفيين أن")]
    public void ContinuationWithNoSubjectKeepsThePreviousSpeaker(string continuation)
    {
        var quotes = QuotesOf($"قال جنسن هوانغ إن الطلب قوي. {continuation} الشركة ستبني مصانع جديدة.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("jensen-huang", With(quotes, "مصانع جديدة").Speaker?.EntityId);
    }

    [Fact]
    public void StanceVerbMakesItsSubjectTheSpeakerOfWhatFollows()
    {
        var quote = Single("انتقدت شركة هواوي القيود الأمريكية بشدة، واعتبرت أنها تضر بالمستهلكين في كل مكان.");

        Assert.Equal("huawei", quote.Speaker?.EntityId);
    }

    [Theory]
    [InlineData("قال مصدر مطلع إن الشركة تدرس الاستحواذ على منافس صغير.", "مصدر مطلع")]
    [InlineData("أشار أحد المحللين إلى أن السهم مقوم بأقل من قيمته.", "أحد المحللين")]
    [InlineData("وقالت مصادر مقربة من الشركة إن المفاوضات متعثرة.", "مصادر مقربة من الشركة")]
    [InlineData("وقال مسؤول في وزارة التجارة في تصريحات صحفية إن القيود ستشدد.", "مسؤول في وزارة التجارة")]
    [InlineData("قال محللون في مذكرة للعملاء إن السهم سيرتفع.", "محللون")]
    public void UnnamedSourcesKeepTheirWordsWithNoEntity(string text, string name)
    {
        var quote = Single(text);

        Assert.Equal(name, quote.Speaker?.Name);
        Assert.Null(quote.Speaker?.EntityId);
    }

    [Fact]
    public void UnnamedWriterOfAnEditorialSpeaksForTheOutlet()
    {
        var quote = Single("في مقال افتتاحي نشرته صحيفة بكين ديلي يوم الأحد، كتب أحد الكتّاب أن العقوبات فشلت في إبطاء الشركات الصينية.");

        Assert.Equal("beijing-daily", quote.Speaker?.EntityId);
        Assert.Equal("Beijing Daily", quote.Speaker?.Name);
    }

    [Fact]
    public void RelayedQuoteIsAttributedToTheOriginalSource()
    {
        var quote = Single("نقلت وكالة رويترز عن مصدر مطلع قوله إن المحادثات متعثرة منذ أسابيع.");

        Assert.Equal("مصدر مطلع", quote.Speaker?.Name);
        Assert.Equal("المحادثات متعثرة منذ أسابيع", quote.Text);
    }

    [Fact]
    public void UncataloguedPersonKeepsTheNameAndTheTitleBecomesTheRole()
    {
        var quote = Single("وأوضح المحلل المالي خالد العمري أن أسهم التكنولوجيا تمر بمرحلة تصحيح.");

        Assert.Equal("خالد العمري", quote.Speaker?.Name);
        Assert.Null(quote.Speaker?.EntityId);
        Assert.Equal("المحلل المالي", quote.Speaker?.Role);
    }

    [Fact]
    public void SurnameOfAnUncataloguedSpeakerRefersBackToTheirFullName()
    {
        var quotes = QuotesOf("قالت الباحثة منى الشمري إن النماذج الصغيرة أكثر كفاءة. وأشارت الشمري إلى أن التكلفة تراجعت كثيرا.");

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("منى الشمري", q.Speaker?.Name));
    }

    [Fact]
    public void SpeakerWordsAreTakenAsWrittenInTheOriginal()
    {
        var quote = Single("وقالَ مصدرٌ مطّلعٌ إنّ الصفقة أُلغيت.");

        Assert.Equal("مصدرٌ مطّلعٌ", quote.Speaker?.Name);
    }

    [Fact]
    public void TitleWithAFieldOfExpertiseBeforeAnUncataloguedName()
    {
        var quote = Single("قال الخبير في الأمن السيبراني أحمد الزعبي لـ\"العربية Business\" إن الهجمات كانت متوقعة.");

        Assert.Equal("أحمد الزعبي", quote.Speaker?.Name);
        Assert.Equal("الخبير في الأمن السيبراني", quote.Speaker?.Role);
    }

    [Fact]
    public void SpokespersonSpeaksForTheOrganisationAndIsContinuedInTheMasculine()
    {
        var quote = Single("ورد المتحدث باسم شركة OpenAI قائلاً: «لدينا أدلة على استخدام نماذجنا دون إذن».");

        Assert.Equal("openai", quote.Speaker?.EntityId);
        Assert.Equal("المتحدث باسم", quote.Speaker?.Role);
    }

    [Fact]
    public void OrganisationTheCatalogLacksIsNamedByItsKindAndName()
    {
        var quote = Single("وحذرت وكالة التصنيف موديز من أن ارتفاع الإنفاق قد يضغط على الأرباح.");

        Assert.Equal("وكالة التصنيف موديز", quote.Speaker?.Name);
        Assert.Null(quote.Speaker?.EntityId);
    }

    [Fact]
    public void ReportSpeaksForTheOwnerNamedWithIt()
    {
        var named = Single("وأشار تقرير لصحيفة نورث ستار تايمز إلى أن المستثمرين يعيدون تقييم شركات الرقائق.");
        var catalogued = Single("وذكر تقرير لوكالة رويترز أن الشركة ستؤجل طرح أسهمها.");

        Assert.Equal("نورث ستار تايمز", named.Speaker?.Name);
        Assert.Equal("reuters", catalogued.Speaker?.EntityId);
    }

    [Fact]
    public void AttributionThroughAnAgencyCreditsTheSourceTheAgencyQuoted()
    {
        var quote = Single("وبحسب ما نقلته وكالة رويترز عن مصادر مطلعة، فإن الشركة تجري محادثات لبيع رقائق معدلة.");

        Assert.Equal("مصادر مطلعة", quote.Speaker?.Name);
        Assert.Equal("الشركة تجري محادثات لبيع رقائق معدلة", quote.Text);
    }

    [Fact]
    public void QuantifiedPeopleSpeakButACountDoesNot()
    {
        var people = Single("ويعتقد كثير من المحللين أن الأزمة لن تؤثر على الأرباح.");

        Assert.Equal("كثير من المحللين", people.Speaker?.Name);
        Assert.Empty(QuotesOf("ويشير عدد المستخدمين إلى أن الإقبال على التطبيق يتزايد."));
    }

    [Fact]
    public void VerbThatAlsoMeansItWasStatedNeedsItsSubject()
    {
        var quote = Single("قال جنسن هوانغ إن الطلب قوي. وورد في التقرير أن المبيعات تضاعفت.");

        Assert.Equal("الطلب قوي", quote.Text);
    }

    [Fact]
    public void NameInAppositionAfterATitleAndAffiliationIsTheSpeaker()
    {
        var quote = Single("وقال المحلل في شركة الرواد للأوراق المالية، فادي حداد، إن \"هذه لحظة فاصلة لقطاع التكنولوجيا\".");

        Assert.Equal("فادي حداد", quote.Speaker?.Name);
        Assert.Equal("المحلل", quote.Speaker?.Role);
    }

    [Fact]
    public void HeadlineWithANameAndAColonQuotesThatName()
    {
        var quotes = QuotesOf("جنسن هوانغ: الطلب على رقائقنا لم يكن أقوى من الآن\nقال جنسن هوانغ في مؤتمر المطورين إن الشركة تبني مصانع جديدة.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("الطلب على رقائقنا لم يكن أقوى من الآن", quotes[0].Text);
        Assert.Equal(QuoteKind.Direct, quotes[0].Kind);
        Assert.Equal("jensen-huang", quotes[0].Speaker?.EntityId);
        Assert.Null(quotes[0].Cue);
    }

    [Fact]
    public void ParagraphOpeningWithAWordAndAColonIsNoHeadlineQuote()
    {
        Assert.Empty(QuotesOf("ملاحظة: الأسعار المذكورة لا تشمل الضرائب.\nالصين: صادرات الرقائق تتراجع للشهر الثالث"));
    }

    [Fact]
    public void SomePeopleSpeakAsAGroup()
    {
        var quote = Single("ويرى البعض أن تقييم الشركة مبالغ فيه.");

        Assert.Equal("البعض", quote.Speaker?.Name);
    }

    [Fact]
    public void PersonAfterAnAffiliationTakesTheLastTwoNameWords()
    {
        var quote = Single("وتعتقد الباحثة في جامعة ستانفورد سارة لي أن النماذج المفتوحة ستنتصر.");

        Assert.Equal("سارة لي", quote.Speaker?.Name);
        Assert.Equal("الباحثة", quote.Speaker?.Role);
    }

    [Fact]
    public void NewspaperTheCatalogLacksIsNamedWithoutItsKind()
    {
        var quote = Single("قالت صحيفة ميدلاند هيرالد إن الشركة تدرس جمع تمويل خارجي.");

        Assert.Equal("ميدلاند هيرالد", quote.Speaker?.Name);
    }

    [Fact]
    public void CompanyDescribedByWhatItMakesIsThatCompany()
    {
        var quote = Single("وقالت الشركة المطورة لتطبيق ديب سيك إن الخدمة عادت إلى العمل.");

        Assert.Equal("deepseek", quote.Speaker?.EntityId);
    }

    [Fact]
    public void AttributionToHisOwnWordsKeepsTheSpeakerOfTheSentenceBefore()
    {
        var quotes = QuotesOf("قالت ليزا سو إن الطلب قوي. والشركة ستضاعف إنتاجها العام المقبل، حسب قولها.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("lisa-su", quotes[1].Speaker?.EntityId);
        Assert.Equal("والشركة ستضاعف إنتاجها العام المقبل", quotes[1].Text);
    }

    [Fact]
    public void FirstNameBeforeACataloguedSurnameNamesSomeoneElse()
    {
        var before = Single("وكانت إيفانكا ترامب قد صرّحت سابقاً بأن والدها يفضل الرقائق الأميركية.");
        var after = Single("وقالت إيفانكا ترامب إن والدها يتابع المنافسة عن كثب.");

        Assert.Equal("إيفانكا ترامب", before.Speaker?.Name);
        Assert.Null(before.Speaker?.EntityId);
        Assert.Equal("إيفانكا ترامب", after.Speaker?.Name);
    }

    [Fact]
    public void MinistryOfADomainIsNotTheCompanyTheDomainNames()
    {
        var ministry = Single("وأكدت وزارة الاتصالات السعودية أنها تتابع التطورات عن كثب.");
        var company = Single("وأكدت شركة الاتصالات السعودية أنها ستستخدم النموذج في خدماتها.");

        Assert.Equal("وزارة الاتصالات السعودية", ministry.Speaker?.Name);
        Assert.Null(ministry.Speaker?.EntityId);
        Assert.Equal("stc", company.Speaker?.EntityId);
    }

    [Fact]
    public void QuotationMarksAroundANameAreLeftOutOfTheSpeakersName()
    {
        // A made-up research house, so that no catalog entry speaks for the analysts.
        var quote = Single("ويقول محللون لدى \"دار الرؤية للأبحاث\" إن التقييم مرتفع.");

        Assert.Equal("محللون لدى دار الرؤية للأبحاث", quote.Speaker?.Name);
    }
}
