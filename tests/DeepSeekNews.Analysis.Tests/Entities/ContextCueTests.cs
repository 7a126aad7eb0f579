namespace DeepSeekNews.Analysis.Tests.Entities;

/// <summary>
/// Cues beyond the word right before a name: a company as the subject of a verb, cue words with a pronoun or with
/// descriptive words, context words in the paragraph, and spellings that two entities share (غروك: Grok and Groq).
/// </summary>
public class ContextCueTests
{
    [Fact]
    public void ACompanyRightAfterAVerbOfActingIsItsSubject()
    {
        Assert.Equal(["apple"], Analysis.Ids("تعهدت أبل بضخ استثمارات جديدة في مصانع الخوادم."));
        Assert.Equal(["apple"], Analysis.Ids("وكشفت آبل عن خطة لتوسيع مراكز بياناتها."));
        Assert.Equal(["arm", "taiwan"], Analysis.Ids("وأعلنت آرم عن تصميم معالج جديد لمصانع تايوان."));
    }

    [Fact]
    public void AVerbBeforeAnOrdinaryWordDoesNotMakeItACompany()
    {
        Assert.Empty(Analysis.Ids("وأظهرت أرقام الربع الأخير تراجعاً في المبيعات."));
        Assert.Empty(Analysis.Ids("وأعلنت العربية للطيران عن رحلات جديدة."));
    }

    [Fact]
    public void AVerbCueNeedsTheNameRightAfterIt()
    {
        Assert.Empty(Analysis.Ids("أعلنت، بعد تأخير، أبل القبيلة عن بيعها."));
    }

    [Fact]
    public void ACueWordWithAPossessivePronounIsACue()
    {
        Assert.Equal(["mistral", "le-chat"], Analysis.Ids("حدّثت ميسترال مساعدها لو شا بميزات بحث جديدة."));
        Assert.Equal(["x"], Analysis.Ids("نشر الملياردير على منصته X صورة للمركز الجديد."));
    }

    [Fact]
    public void ACueWordAcrossDescriptiveWordsIsACue()
    {
        Assert.Equal(["le-chat"], Analysis.Ids("يتيح روبوت الدردشة لو شا البحث في الإنترنت."));
        Assert.Equal(["x"], Analysis.Ids("انتشر المقطع على منصة التواصل الاجتماعي إكس خلال ساعات."));
    }

    [Fact]
    public void DescriptiveWordsDoNotCarryACueToAnOrdinaryPhrase()
    {
        Assert.Empty(Analysis.Ids("تعلم نموذج اللغة العربية من ملايين النصوص."));
    }

    [Fact]
    public void AnOrdinaryWordNextToCompaniesIsNotOneOfThem()
    {
        Assert.Equal(["google", "microsoft", "amazon", "apple"], Analysis.Ids("اشتدت المنافسة بين غوغل ومايكروسوفت، وتوزعت الحصص بين أمازون وأبل."));
        Assert.Equal(["amazon"], Analysis.Ids("وتراجعت أرقام أمازون في الربع الأخير."));
    }

    [Fact]
    public void AnOrdinaryWordJoinedToACompanyByAConjunctionIsInTheList()
    {
        Assert.Equal(["mubadala", "mgx"], Analysis.Ids("قادت مبادلة وإم جي إكس جولة التمويل الأخيرة."));
    }

    [Fact]
    public void AContextWordInTheParagraphAcceptsACueAlias()
    {
        var ids = Analysis.Ids("شددت وزارة التجارة قيود التصدير على رقائق الذكاء الاصطناعي المتقدمة.");
        Assert.Equal(["us-commerce-department"], ids);
        Assert.Empty(Analysis.Ids("أطلقت وزارة التجارة حملة لمراقبة أسعار السلع الغذائية في الأسواق."));
    }

    [Fact]
    public void ASharedSpellingAfterACompanyCueWordIsTheCompany()
    {
        var result = Analysis.Analyze("جمعت شركة غروك الناشئة لصناعة الرقائق 640 مليون دولار.");
        Assert.Equal(["groq"], result.Entities.Select(e => e.Id));
        Assert.Equal(EntityType.Organization, result.Entities[0].Type);
    }

    [Fact]
    public void ASharedSpellingBesideChipWordsIsTheChipMaker()
    {
        Assert.Equal(["groq"], Analysis.Ids("تبيع غروك شرائح مخصصة لتشغيل النماذج بسرعة عالية."));
    }

    [Fact]
    public void ASharedSpellingBesideItsOwnerOrAChatbotWordIsTheChatbot()
    {
        Assert.Equal(["elon-musk", "grok"], Analysis.Ids("قال إيلون ماسك إن غروك سيتفوق على منافسيه قريباً."));
        Assert.Equal(["grok"], Analysis.Ids("أجاب روبوت الدردشة غروك عن أسئلة المستخدمين."));
    }

    [Fact]
    public void ASharedSpellingWithNothingToGoOnKeepsTheEntryListedFirst()
    {
        Assert.Equal(["grok"], Analysis.Ids("حقق غروك انتشاراً واسعاً هذا الأسبوع."));
    }

    [Fact]
    public void ASharedSpellingFollowsThePeopleOfItsCompany()
    {
        Assert.Equal(["jonathan-ross", "groq"], Analysis.Ids("يقول جوناثان روس إن غروك تضاعف إنتاجها هذا العام."));
    }

    [Fact]
    public void AShortInstitutionNameIsTheOneNamedInFullBefore()
    {
        var ids = Analysis.Ids("ردّت وزارة التجارة الصينية على القرار الأميركي.\nوقالت وزارة التجارة إنها ستتخذ إجراءات مضادة.");
        Assert.Equal(["china-commerce-ministry"], ids);
        var mentions = Analysis.Analyze("ردّت وزارة التجارة الصينية على القرار الأميركي.\nوقالت وزارة التجارة إنها ستتخذ إجراءات مضادة.").Entities[0].Mentions;
        Assert.Equal(2, mentions.Count);
    }

    [Fact]
    public void TheGulfAloneIsTheRegionAndAfterANewspaperCueTheNewspaper()
    {
        Assert.Equal(["gulf"], Analysis.Ids("تتسابق دول المنطقة على جذب الاستثمارات، ويبقى الخليج الوجهة الأولى."));
        Assert.Equal(["al-khaleej"], Analysis.Ids("نقلت صحيفة الخليج عن مسؤولين أن المشروع يبدأ قريباً."));
    }
}
