using static DeepSeekNews.Analysis.Tests.Quotes.QuoteKit;

namespace DeepSeekNews.Analysis.Tests.Quotes;

public class IndirectQuoteTests
{
    private const string Claim = "الشركة ستطلق نموذجا جديدا الشهر المقبل";

    [Theory]
    [InlineData("قال", "إن")]
    [InlineData("أكد", "أن")]
    [InlineData("أوضح", "أن")]
    [InlineData("أشار", "إلى أن")]
    [InlineData("لفت", "إلى أن")]
    [InlineData("اعتبر", "أن")]
    [InlineData("رأى", "أن")]
    [InlineData("ذكر", "أن")]
    [InlineData("أفاد", "بأن")]
    [InlineData("كشف", "أن")]
    [InlineData("أعلن", "أن")]
    [InlineData("صرّح", "بأن")]
    [InlineData("حذّر", "من أن")]
    [InlineData("كتب", "أن")]
    [InlineData("غرّد", "بأن")]
    [InlineData("شدد", "على أن")]
    [InlineData("نفى", "أن")]
    [InlineData("توقع", "أن")]
    [InlineData("أقرّ", "بأن")]
    public void ReportingVerbWithItsComplementiserIsIndirectSpeech(string verb, string complementiser)
    {
        var quote = Single($"{verb} سام ألتمان {complementiser} {Claim}.");

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(Claim, quote.Text);
        Assert.Equal("sam-altman", quote.Speaker?.EntityId);
        Assert.Equal(verb, quote.Cue);
    }

    [Theory]
    [InlineData("قالت ليزا سو إن", "lisa-su")]
    [InlineData("أكدت شركة إنفيديا أن", "nvidia")]
    [InlineData("وأشارت مايكروسوفت إلى أن", "microsoft")]
    [InlineData("فأعلنت غوغل أن", "google")]
    [InlineData("ترى ليزا سو أن", "lisa-su")]
    [InlineData("يقول جنسن هوانغ إن", "jensen-huang")]
    [InlineData("وتؤكد شركة إنفيديا أن", "nvidia")]
    public void FeminineConjoinedAndPresentFormsReportSpeechToo(string opening, string speaker)
    {
        var quote = Single($"{opening} {Claim}.");

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(Claim, quote.Text);
        Assert.Equal(speaker, quote.Speaker?.EntityId);
    }

    [Fact]
    public void PluralVerbContinuesAGroupOfSpeakers()
    {
        var quotes = QuotesOf("قال محللون إن الأسعار ستنخفض. وأضافوا أن المنافسة ستشتد في النصف الثاني من العام.");

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("محللون", q.Speaker?.Name));
        Assert.Null(quotes[1].Speaker?.EntityId);
    }

    [Fact]
    public void ComplementRunsToTheEndOfItsSentence()
    {
        var quote = Single("قال سام ألتمان إن النموذج جاهز للإطلاق. وتراجعت أسهم المنافسين في التداولات.");

        Assert.Equal("النموذج جاهز للإطلاق", quote.Text);
    }

    [Fact]
    public void ComplementStopsWhereAParticipleAddsASecondStatement()
    {
        var quotes = QuotesOf("قال جنسن هوانغ إن الطلب على الرقائق قوي جدا، مضيفا أن الإمدادات ستتحسن قريبا.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("الطلب على الرقائق قوي جدا", quotes[0].Text);
        Assert.Equal("الإمدادات ستتحسن قريبا", quotes[1].Text);
        Assert.Equal("مضيفا", quotes[1].Cue);
        Assert.All(quotes, q => Assert.Equal("jensen-huang", q.Speaker?.EntityId));
    }

    [Fact]
    public void ComplementStopsBeforeATrailingAttribution()
    {
        var quote = Single("قال جنسن هوانغ إن الشركة ستضاعف إنتاجها، بحسب وكالة رويترز.");

        Assert.Equal("الشركة ستضاعف إنتاجها", quote.Text);
        Assert.Equal("jensen-huang", quote.Speaker?.EntityId);
    }

    [Fact]
    public void AdjunctsBetweenTheSubjectAndTheComplementiserAreSkipped()
    {
        var quote = Single("قال سام ألتمان، في منشور على منصة X مساء الجمعة، إنه لا يخشى المنافسة الصينية.");

        Assert.Equal("لا يخشى المنافسة الصينية", quote.Text);
        Assert.Equal("sam-altman", quote.Speaker?.EntityId);
    }

    [Fact]
    public void TrailingAttributionMakesTheClauseBeforeItIndirectSpeech()
    {
        var quote = Single("تعتزم شركة ديب سيك إطلاق نموذج جديد خلال أسابيع، بحسب وكالة رويترز.");

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("تعتزم شركة ديب سيك إطلاق نموذج جديد خلال أسابيع", quote.Text);
        Assert.Equal("reuters", quote.Speaker?.EntityId);
        Assert.Equal("بحسب", quote.Cue);
    }

    [Fact]
    public void LeadingAttributionMakesTheRestOfTheSentenceIndirectSpeech()
    {
        var quote = Single("ووفقاً لمصادر مطلعة، فإن الصفقة تبلغ قيمتها نحو مليار دولار.");

        Assert.Equal("الصفقة تبلغ قيمتها نحو مليار دولار", quote.Text);
        Assert.Equal("مصادر مطلعة", quote.Speaker?.Name);
        Assert.Null(quote.Speaker?.EntityId);
    }

    [Fact]
    public void QuotingFromASourceAttributesToTheSource()
    {
        // A body no catalog holds, so that the unnamed official keeps his words as the speaker.
        var quote = Single("تواجه الشركة صعوبات في الحصول على الرقائق المتقدمة، نقلاً عن مسؤول في هيئة الأوقاف البحرية.");

        Assert.Equal("مسؤول في هيئة الأوقاف البحرية", quote.Speaker?.Name);
    }

    [Fact]
    public void ReportsSpeakThroughTheAttributionThatNamesTheirSource()
    {
        var quote = Single("ذكرت تقارير أن الشركة تلقت عرضا للاستحواذ، بحسب صحيفة بكين ديلي.");

        Assert.Equal("الشركة تلقت عرضا للاستحواذ", quote.Text);
        Assert.Equal("beijing-daily", quote.Speaker?.EntityId);
    }

    [Fact]
    public void UnmarkedSpeechAfterAColonIsReported()
    {
        var quote = Single("وقال جنسن هوانغ: الطلب على الرقائق لم يتراجع.");

        Assert.Equal("الطلب على الرقائق لم يتراجع", quote.Text);
        Assert.Equal("jensen-huang", quote.Speaker?.EntityId);
    }

    [Fact]
    public void IndirectSpeechQuotingAFragmentVerbatimIsOneIndirectQuote()
    {
        var quote = Single("أكد سام ألتمان أن الشركة \"لن تتراجع عن خططها الطموحة مهما كانت الظروف\" في السنوات المقبلة.");

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("الشركة \"لن تتراجع عن خططها الطموحة مهما كانت الظروف\" في السنوات المقبلة", quote.Text);
        Assert.Equal("sam-altman", quote.Speaker?.EntityId);
    }

    [Fact]
    public void IndirectSpeechEndingInAQuotedFragmentTakesTheFragmentsClosingMark()
    {
        var quote = Single("وقالت المتحدثة باسم الهيئة إن المنصة \"ستلتزم بكل القواعد التي أقرها البرلمان\".");

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("المنصة \"ستلتزم بكل القواعد التي أقرها البرلمان\"", quote.Text);
    }

    [Fact]
    public void QuotationOpenedInIndirectSpeechAndNeverClosedIsDirectSpeech()
    {
        var quote = Single("وأشار أحد المحللين إلى أن صعود الشركة \"يمثل تحولا في موازين القوى بين الشركات الكبرى والناشئة");

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("يمثل تحولا في موازين القوى بين الشركات الكبرى والناشئة", quote.Text);
    }

    [Fact]
    public void OffsetsIndexTheOriginalTextWithItsDiacritics()
    {
        const string text = "وقالَ سامُ ألتمانَ إنّ النّموذجَ سيُطلقُ قريبًا.";

        var quote = Single(text);

        Assert.Equal("النّموذجَ سيُطلقُ قريبًا", quote.Text);
        Assert.Equal(quote.Text, text[quote.Start..quote.End]);
        Assert.Equal("قالَ", quote.Cue);
    }

    [Fact]
    public void NewReportingClauseAfterACommaEndsTheComplement()
    {
        var quotes = QuotesOf("أكدت شركة إنفيديا أن الطلب قوي، حيث قال جنسن هوانغ إن الطلبات تضاعفت.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("الطلب قوي", quotes[0].Text);
        Assert.Equal("jensen-huang", quotes[1].Speaker?.EntityId);
    }

    [Fact]
    public void AttributionToWhatSomeoneSaidNamesThem()
    {
        var quote = Single("ستنخفض الأسعار خلال العام المقبل، بحسب ما قاله جنسن هوانغ في المؤتمر.");

        Assert.Equal("jensen-huang", quote.Speaker?.EntityId);
        Assert.Equal("ستنخفض الأسعار خلال العام المقبل", quote.Text);
    }

    [Fact]
    public void NestedReportBelongsToTheSpeakerInside()
    {
        var quote = Single("وأوضح محللون أن شركة هواوي، ومقرها مدينة شنجن، قالت إنها ضاعفت إنتاج رقائقها هذا العام.");

        Assert.Equal("huawei", quote.Speaker?.EntityId);
        Assert.Equal("ضاعفت إنتاج رقائقها هذا العام", quote.Text);
    }

    [Fact]
    public void ReportedSpeechThatMentionsSomeoneSpeakingLaterStaysWhole()
    {
        var quote = Single("وأوضح محللون أن الطلب على الرقائق سيبقى قويا حتى لو قالت الحكومة غير ذلك.");

        Assert.Equal("محللون", quote.Speaker?.Name);
        Assert.EndsWith("حتى لو قالت الحكومة غير ذلك", quote.Text);
    }

    [Fact]
    public void ContrastiveClauseAfterACommaIsTheWritersNotTheSpeakers()
    {
        var quote = Single("وقال سام ألتمان إن الطلب على النموذج فاق التوقعات، فيما تراجعت أسهم المنافسين في التداولات.");

        Assert.Equal("الطلب على النموذج فاق التوقعات", quote.Text);
    }

    [Fact]
    public void ConnectiveWithAPronounStartsANewReportingClause()
    {
        var quotes = QuotesOf("كتب جنسن هوانغ أن النموذج الصيني \"مثير للإعجاب\"، لكنه أكد أن الطلب على الرقائق سيبقى قويا.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("أكد", quotes[1].Cue);
        Assert.All(quotes, q => Assert.Equal("jensen-huang", q.Speaker?.EntityId));
    }

    [Fact]
    public void DotInsideAModelNameDoesNotEndTheSentence()
    {
        var quote = Single("أعلنت شركة هواوي أن نموذجها Pangu 5.5 يتفوق على المنافسين في البرمجة.");

        Assert.Equal("نموذجها Pangu 5.5 يتفوق على المنافسين في البرمجة", quote.Text);
    }

    [Fact]
    public void PercentSignStaysWithTheNumberAtTheEndOfTheComplement()
    {
        var quote = Single("قالت ليزا سو إن حصة الشركة من السوق ارتفعت إلى 25%.");

        Assert.EndsWith("25%", quote.Text);
    }

    [Fact]
    public void DescriptionWithBiAnnaAndNoQuotationMarksIsIndirectSpeech()
    {
        var quote = Single("وصف سام ألتمان النموذج الجديد بأنه الأسرع في تاريخ الشركة.");

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("الأسرع في تاريخ الشركة", quote.Text);
        Assert.Equal("sam-altman", quote.Speaker?.EntityId);
    }

    [Fact]
    public void DoubtingMakesTheDoubterTheSpeakerOfTheParticipleAfter()
    {
        var quotes = QuotesOf("وقال سام ألتمان إن المشروع سيكتمل خلال عامين، فيما شكك جنسن هوانغ في الجدول الزمني، قائلا إن بناء المصانع يستغرق وقتا أطول.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("jensen-huang", quotes[1].Speaker?.EntityId);
    }

    [Fact]
    public void NameEndingInAWordThatCouldBlockAnnaStillLetsItReport()
    {
        var quote = Single("وقال مؤسس الشركة، المدير التنفيذي لشركة سكيل إيه آي، إن المنافسة الصينية جدية.");

        Assert.Equal("المنافسة الصينية جدية", quote.Text);
    }

    [Fact]
    public void VerbWithItsOwnSubjectAfterACommaStartsANewQuote()
    {
        var quotes = QuotesOf("وبينما يؤكد المسؤولون أن القيود ضرورية، يرى محللون أنها ستضر بالشركات الأميركية.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("القيود ضرورية", quotes[0].Text);
        Assert.Equal("محللون", quotes[1].Speaker?.Name);
    }
}
