namespace DeepSeekNews.Analysis.Tests.Entities;

/// <summary>Item 7: after a person is named in full, the surname or first name names them.</summary>
public class NamesWithinArticleTests
{
    [Fact]
    public void TheSurnameAfterTheFullNameIsTheSamePerson()
    {
        var mentions = Analysis.Mentions("التقى سام ألتمان بالمستثمرين في طوكيو.\nوقال ألتمان إن الطلب يفوق العرض، وأكد لألتمان مساعدوه ذلك.");
        Assert.Equal(["sam-altman:سام ألتمان", "tokyo:طوكيو", "sam-altman:ألتمان", "sam-altman:ألتمان"], mentions);
    }

    [Fact]
    public void ASurnameBeforeAnyFullNameNamesNobody()
    {
        Assert.Empty(Analysis.Ids("قال هوانغ إن الطلب قوي."));
    }

    [Fact]
    public void TheFirstNameAlsoNamesThePerson()
    {
        var mentions = Analysis.Mentions("تحدث جنسن هوانغ في المؤتمر، ثم أضاف جنسن أن الرقائق نفدت.");
        Assert.Equal(["jensen-huang:جنسن هوانغ", "jensen-huang:جنسن"], mentions);
    }

    [Fact]
    public void ChineseSurnamesComeFromTheCatalogsExplicitShortForms()
    {
        var mentions = Analysis.Mentions("أسس ليانغ وين فنغ الشركة عام 2023، ويقول ليانغ إن الفريق صغير.");
        Assert.Equal(["liang-wenfeng:ليانغ وين فنغ", "liang-wenfeng:ليانغ"], mentions);
    }

    [Fact]
    public void AShortFormThatIsAlsoACommonWordIsNotRead()
    {
        var ids = Analysis.Ids("كتب جيم فان منشوراً، فإن الأمر بات واضحاً.");
        Assert.Equal(["jim-fan"], ids);
        Assert.Single(Analysis.Analyze("كتب جيم فان منشوراً، فإن الأمر بات واضحاً.").Entities[0].Mentions);
    }

    [Fact]
    public void ASharedShortFormNamesThePersonNamedMostRecently()
    {
        var mentions = Analysis.Mentions("ردّ مارك زوكربيرغ على الانتقادات، ثم تحدث مارك أندريسن، وقال مارك إن السوق مبالغ فيه.");
        Assert.Equal("marc-andreessen:مارك", mentions[^1]);
    }

    [Fact]
    public void LatinSurnamesMustBeCapitalised()
    {
        var mentions = Analysis.Mentions("Jim Fan posted a thread. Fan said every fan of robotics should read it.", "en");
        Assert.Equal(["jim-fan:Jim Fan", "jim-fan:Fan"], mentions);
    }

    [Fact]
    public void SurnamesComeOutAsMatchesOfTheFullPersonForOtherExtractors()
    {
        var analyzer = Analysis.Default;
        var text = "قال إيلون ماسك إن العرض مرفوض. وكرر ماسك موقفه.";
        var normalized = DeepSeekNews.Analysis.Text.TextNormalizer.Normalize(text);
        var tokens = DeepSeekNews.Analysis.Text.Tokenizer.Tokenize(normalized.Value);
        var matches = new DeepSeekNews.Analysis.Entities.EntityRecognizer(analyzer.Catalog).Recognize(normalized, tokens, "ar");

        Assert.Equal(2, matches.Count);
        Assert.All(matches, m => Assert.Equal("elon-musk", m.Entry.Id));
        Assert.Equal(DeepSeekNews.Analysis.Entities.MatchKind.ShortForm, matches[1].Kind);
        Assert.Equal("ماسك", normalized.OriginalSlice(matches[1].NormStart, matches[1].NormEnd));
        Assert.Equal(matches[1].FirstToken, matches[1].LastToken);
    }

    [Fact]
    public void ASurnameThatIsAlsoAWordNamesThePersonWhereANameStands()
    {
        var mentions = Analysis.Mentions("عرض طارق أمين خطة الشركة على المستثمرين في الرياض.\nوأوضح أمين أن الطلب على الحوسبة يتضاعف، وبحسب أمين فإن المرحلة الأولى تكتمل العام المقبل.");
        Assert.Equal(["tareq-amin:طارق أمين", "riyadh:الرياض", "tareq-amin:أمين", "tareq-amin:أمين"], mentions);
    }

    [Fact]
    public void ASurnameThatIsAlsoAWordIsTheWordWhereItHeadsAPhrase()
    {
        var mentions = Analysis.Mentions("تحدث طارق أمين في الجلسة الافتتاحية.\nوقال أمين عام المنتدى إن الدورة المقبلة أكبر، وشكر أمين الصندوق والشريك الأمين للمبادرة.");
        Assert.Equal(["tareq-amin:طارق أمين"], mentions);
    }

    [Fact]
    public void ATwoLetterSurnameNamesThePersonAfterAVerbOfSayingOrBeforeAComma()
    {
        var mentions = Analysis.Mentions("قدّمت ليزا سو معالجات الشركة الجديدة.\nوتقول سو إن الطلب يفوق التوقعات، ثم عادت سو، التي تقود الشركة منذ عقد، إلى المسرح.");
        Assert.Equal(["lisa-su:ليزا سو", "lisa-su:سو", "lisa-su:سو"], mentions);
    }

    [Fact]
    public void ATwoLetterSurnameElsewhereInTheSentenceNamesNobody()
    {
        var mentions = Analysis.Mentions("ألقت ليزا سو كلمة قصيرة.\nوجاء في الكتيب أن سو هي كلمة صينية قديمة.");
        Assert.Equal(["lisa-su:ليزا سو"], mentions);
    }

    [Fact]
    public void AGuardedSurnameBeforeTheFullNameNamesNobody()
    {
        Assert.Empty(Analysis.Ids("وقال أمين إن الطلب قوي، وأضافت سو أن الأسعار مستقرة."));
    }

    [Fact]
    public void ASurnameThatMeansRussiansNamesThePersonOnlyAsASubject()
    {
        var mentions = Analysis.Mentions("أسس جوناثان روس شركة الرقائق قبل سنوات.\nوأكد روس أن الطلب يتزايد، فيما تراقب شركات وخبراء روس السوق من بعيد.");
        Assert.Equal(["jonathan-ross:جوناثان روس", "jonathan-ross:روس"], mentions);
    }

    [Fact]
    public void ATwoLetterSurnameNamesThePersonAfterAVerbOfMeeting()
    {
        var mentions = Analysis.Mentions("وصل الرئيس الصيني شي جين بينغ إلى موسكو.\nواستقبل بوتين شي في الكرملين، والتقى شي رئيس الوزراء.");
        Assert.Equal(["xi-jinping:شي جين بينغ", "moscow:موسكو", "vladimir-putin:بوتين", "kremlin:الكرملين", "xi-jinping:شي"], mentions);
    }
}
