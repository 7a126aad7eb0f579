namespace DeepSeekNews.Analysis.Tests.Entities;

/// <summary>Item 8: country adjectives are not mentions of the country.</summary>
public class CountryAdjectiveTests
{
    [Fact]
    public void AdjectivesOfACountryAreNotTheCountry()
    {
        Assert.Empty(Analysis.Ids("تتنافس الشركات الصينية والأميركية والأوروبية، ويقول خبير ياباني إن السوق المصرية واعدة."));
    }

    [Fact]
    public void TheCountryNameNextToItsAdjectiveIsStillFound()
    {
        Assert.Equal(["china"], Analysis.Ids("قالت الحكومة الصينية إن الصين ستزيد الإنفاق."));
    }

    [Fact]
    public void SaudiAfterADefiniteNounIsTheAdjective()
    {
        Assert.Empty(Analysis.Ids("أعلنت الجمعية الزراعية السعودية عن حوافز للشركات السعودية."));
    }

    [Fact]
    public void SaudiAsSubjectObjectOrInACoordinationIsTheCountry()
    {
        Assert.Equal(["donald-trump", "saudi-arabia"], Analysis.Ids("زار ترامب السعودية في مايو."));
        Assert.Equal(["uae", "saudi-arabia"], Analysis.Ids("تتسابق الإمارات والسعودية على مراكز البيانات."));
        Assert.Equal(["saudi-arabia"], Analysis.Ids("تستثمر السعودية في الرقائق."));
    }

    [Fact]
    public void AdjectivesNameTheCountryInRelationsOnly()
    {
        var result = Analysis.Analyze("قال الرئيس الصيني شي جين بينغ إن بلاده ستدعم الابتكار.");
        Assert.Equal(["xi-jinping"], result.Entities.Select(e => e.Id));
        Assert.Contains(result.Relations, r => r is { Subject: "xi-jinping", Relation: "role", Role: "president", Object: "china" });
    }
}
