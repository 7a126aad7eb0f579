namespace DeepSeekNews.Analysis.Tests.Entities;

/// <summary>Item 6: one edit away from a long alias is the entity, unless it is an ordinary word.</summary>
public class TypoTests
{
    [Fact]
    public void OneWrongLetterInATwoWordNameStillNamesTheEntity()
    {
        Assert.Equal(["deepseek:ديك سيك"], Analysis.Mentions("أثار نجاح ديك سيك قلق المنافسين."));
    }

    [Fact]
    public void AMissingLetterInALongNameStillNamesTheEntity()
    {
        Assert.Equal(["microsoft:مايكروسفت"], Analysis.Mentions("أعلنت مايكروسفت نتائجها الفصلية."));
    }

    [Fact]
    public void SwappedLettersBehindAProcliticStillNameTheEntity()
    {
        Assert.Equal(["nvidia:إنفدييا"], Analysis.Mentions("وارتفع الطلب على رقائق لإنفدييا هذا العام."));
    }

    [Fact]
    public void ShortNamesAreNeverMatchedWithATypo()
    {
        Assert.Empty(Analysis.Ids("انتقد بايد الخطة، وزار تسلم المكتب."));
    }

    [Fact]
    public void OrdinaryWordsNearANameAreNotTypos()
    {
        Assert.Empty(Analysis.Ids("تحدث الوزير عن الدولة والغرب والرياضة والإدارات الجديدة ومبادرة الشراكة."));
    }

    [Fact]
    public void CountryAdjectivesAreNotTyposOfTheCountry()
    {
        Assert.Empty(Analysis.Ids("قال المستثمر الأمريكي إن الاقتصاد الياباني والسوق التايواني يتأثران."));
    }

    [Fact]
    public void EnglishWordsNearANameAreNotTyposInEnglishText()
    {
        Assert.Empty(Analysis.Ids("The routers failed and the judge declared a mistrial.", "en"));
    }

    [Fact]
    public void ANameSpelledExactlyIsNotATypoOfAnotherName()
    {
        // إنستاباي (InstaPay, Egypt's instant payments) is one letter from إنستاباغ (Instabug): the exact name wins.
        Assert.Equal(["instapay:إنستاباي", "instapay:انستاباي"],
            Analysis.Mentions("وسجلت تحويلات إنستاباي رقماً قياسياً، فيما أتاح البنك الربط مع انستاباي لعملائه."));
        Assert.Equal(["instabug:إنستاباغ"], Analysis.Mentions("وجمعت إنستاباغ تمويلاً جديداً من مستثمرين أميركيين."));
    }

    [Fact]
    public void EverydayWordsOneLetterFromANewPlaceNameAreNotTypos()
    {
        // روحانياً is one letter from رومانيا (Romania), كولونيل from كولونيا (Cologne).
        Assert.Empty(Analysis.Ids("قال كولونيل متقاعد إن الجنود تلقوا دعماً روحانياً ومعنوياً."));
        Assert.Equal(["romania:رومنيا"], Analysis.Mentions("ووقعت الشركة عقداً مع رومنيا لبناء مركز بيانات."));
    }
}
