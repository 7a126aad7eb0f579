namespace DeepSeekNews.Analysis.Tests.Entities;

/// <summary>Item 1–2 and 4–5: spellings, clitics, multi-word names and one mention per name.</summary>
public class CliticAndSpellingTests
{
    [Fact]
    public void AConjunctionBeforeAQuotationMarkIsNotPartOfTheName()
    {
        var mentions = Analysis.Mentions("تتنافس مايكروسوفت و\"غوغل\" على عقود الحوسبة السحابية.");
        Assert.Equal(["microsoft:مايكروسوفت", "google:غوغل"], mentions);
    }

    [Fact]
    public void APrepositionJoinedByTatweelOrGluedToLatinScriptIsStripped()
    {
        var mentions = Analysis.Mentions("قدم صندوق أميركي تمويلاً لـDeepSeek ولـ OpenAI وبـ\"إنفيديا\" في الجولة نفسها.");
        Assert.Equal(["deepseek:DeepSeek", "openai:OpenAI", "nvidia:إنفيديا"], mentions);
    }

    [Fact]
    public void ProcliticsAttachedToArabicNamesAreStrippedWhenTheRestIsAName()
    {
        var mentions = Analysis.Mentions("وجّه المشرعون انتقادات لغوغل وللصين وبالرياض، وكذلك فلإنفيديا نصيب من الانتقاد.");
        Assert.Equal(["google:غوغل", "china:لصين", "riyadh:الرياض", "nvidia:إنفيديا"], mentions);
    }

    [Fact]
    public void NamesThatBeginWithCliticLettersAreNeverBrokenApart()
    {
        var ids = Analysis.Ids("سافر الوفد من بكين إلى لندن ثم إلى باريس، ومنها إلى للندن الكندية كما يسميها السكان.");
        Assert.Equal(["beijing", "london", "paris"], ids);
    }

    [Fact]
    public void DiacriticsTatweelAndHamzaVariantsDoNotStopAMatch()
    {
        var ids = Analysis.Ids("أعلنت إنفيـــديا وَ أَمازون دوت كوم وانفيديا عن شراكة، بحسب جُوجل.");
        Assert.Equal(["nvidia", "amazon", "google"], ids);
    }

    [Fact]
    public void TheLongestNameWins()
    {
        var mentions = Analysis.Mentions("نشرت صحيفة بكين ديلي مقالاً عن شركات وادي السيليكون، بينما غطت واشنطن بوست الخبر من واشنطن.");
        Assert.Equal(["beijing-daily:بكين ديلي", "silicon-valley:وادي السيليكون", "washington-post:واشنطن بوست", "washington:واشنطن"], mentions);
    }

    [Fact]
    public void AnArabicNameFollowedByItsLatinFormIsOneMention()
    {
        var mentions = Analysis.Mentions("أطلقت شركة أنثروبيك (Anthropic) نموذجاً جديداً، ورحب المستثمرون بخطوة ديب سيك DeepSeek.");
        Assert.Equal(["anthropic:أنثروبيك (Anthropic", "deepseek:ديب سيك DeepSeek"], mentions);
    }

    [Fact]
    public void AnAliasSharedWithACueOnlyEntityDependsOnTheCueWord()
    {
        Assert.Equal(["asharq-al-awsat"], Analysis.Ids("نشرت صحيفة الشرق الأوسط مقابلة مع الوزير."));
        Assert.Equal(["middle-east"], Analysis.Ids("تتسارع الاستثمارات في الشرق الأوسط."));
    }

    [Fact]
    public void CompanyNamesAreNotReadBehindTheArticleButProductsAre()
    {
        Assert.Empty(Analysis.Ids("تتقلص غابات الأمازون عاماً بعد عام."));
        Assert.Equal(["amazon"], Analysis.Ids("أعلنت أمازون نتائجها."));
        Assert.Equal(["iphone"], Analysis.Ids("ارتفعت مبيعات الآيفون في الربع الأخير."));
    }
}
