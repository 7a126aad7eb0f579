namespace DeepSeekNews.Analysis.Tests.Entities;

/// <summary>
/// The catalog beyond the AI labs: banks and brokers, funds, consultancies, regulators, MENA start-ups, chips and
/// models, the people who run them and the places they work in — each in a sentence as an Arabic outlet writes it —
/// and, for precision, Arabic text full of words that such names are spelled like.
/// </summary>
public class CatalogCoverageTests
{
    public static TheoryData<string, string[]> Sentences => new()
    {
        { "رفع محللو ويدبوش للأوراق المالية ومورغان ستانلي السعر المستهدف لسهم إنفيديا، فيما أبقى بنك أوف أمريكا توصيته بالشراء.", ["wedbush", "morgan-stanley", "nvidia", "bank-of-america"] },
        { "قادت أندريسن هورويتز جولة التمويل بمشاركة سيكويا كابيتال وكوتو.", ["andreessen-horowitz", "sequoia-capital", "coatue"] },
        { "وقدّر تقرير لبرايس ووترهاوس كوبرز أن يضيف الذكاء الاصطناعي 320 مليار دولار إلى اقتصادات الشرق الأوسط، بينما توقعت ماكنزي نمواً أسرع.", ["pwc", "middle-east", "mckinsey"] },
        { "وأضاف مكتب الصناعة والأمن رقائق A800 وMI308 إلى قائمة القيود.", ["bis", "a800", "mi308"] },
        { "وأفادت بيانات ماغنيت بأن لوسيديا وتابي كانتا من أكبر صفقات السعودية.", ["magnitt", "lucidya", "tabby", "saudi-arabia"] },
        { "وتسلمت الشركة أولى خوادم GB300 في مركز بياناتها في هيوستن، بعد أن شغّلت أنظمة GB200 في الدمام.", ["gb300", "houston", "gb200", "dammam"] },
        { "واستدعت إدارة الفضاء الإلكتروني الصينية ممثلي الشركات إلى بكين.", ["cac", "beijing"] },
        { "ووقّعت هيئة تنمية صناعة تكنولوجيا المعلومات (إيتيدا) اتفاقاً مع وزارة الاتصالات وتكنولوجيا المعلومات.", ["itida", "egypt-mcit"] },
        { "وقال جيم كوفيلو، رئيس أبحاث الأسهم في غولدمان ساكس، إن العائد غير مؤكد.", ["jim-covello", "goldman-sachs"] },
        { "ويقارن المستخدمون بين كلود 4 وجيميني 2.5 برو وكيمي K2 على منصة إل إم أرينا.", ["claude", "gemini", "kimi", "lmarena"] },
        { "وافتتحت سامسونغ مركزاً جديداً للأبحاث في سيول.", ["samsung", "seoul"] },
        { "وانتقلت الشركة من سان فرانسيسكو إلى أوستن في ولاية تكساس.", ["san-francisco", "austin", "texas"] },
        { "وذكرت غلف نيوز ووكالة يونهاب أن الصفقة اكتملت.", ["gulf-news", "yonhap"] },
        { "والتقى محمد العريان وراي داليو بمسؤولين من صندوق الاستثمارات العامة.", ["mohamed-el-erian", "ray-dalio", "pif"] },
        { "وأكد عمرو طلعت، وزير الاتصالات، أن مصر تستهدف مضاعفة صادرات التعهيد.", ["amr-talaat", "egypt"] },
        { "وحصلت الشركة على تمويل من إس تي في وسنابل للاستثمار والشركة السعودية للاستثمار الجريء.", ["stv", "sanabil", "saudi-venture-capital"] },
        { "وتوقعت غارتنر وآي دي سي أن يتجاوز الإنفاق على الخوادم التقديرات، بحسب بيانات كاونتربوينت.", ["gartner", "idc", "counterpoint"] },
        { "ورفعت ديلويت وكيه بي إم جي وإرنست ويونغ توقعاتها لعقود الاستشارات.", ["deloitte", "kpmg", "ey"] },
        { "وقال جيميسون غرير، الممثل التجاري الأميركي، إن المحادثات مع نائب رئيس الوزراء الصيني هي ليفنغ ستُستأنف في جنيف.", ["jamieson-greer", "he-lifeng", "geneva"] },
        { "وتوقعت غراند فيو ريسيرش أن يتضاعف سوق مراكز البيانات في الخليج، فيما رفع بنك الإمارات دبي الوطني وبنك قطر الوطني إقراضهما للقطاع.", ["grand-view-research", "gulf", "emirates-nbd", "qnb"] },
        { "وأعلنت هايغون وشركة كامبريكون عن رقائق جديدة، بينما تعتمد يانغتسي ميموري على معدات محلية.", ["hygon", "cambricon", "ymtc"] },
        { "وارتفع مؤشر هانغ سنغ 2% وصعد ستاندرد آند بورز 500، في حين تراجع مؤشر تاسي.", ["hang-seng", "sp-500", "tasi"] },
        { "ونقلت وكالة الأنباء الأردنية عن وزارة الاقتصاد الرقمي والريادة أن الاتفاق يشمل تدريب المبرمجين.", ["petra", "jordan-modee"] },
        { "وطرحت أنثروبيك أداة كلود كود للمطورين، في حين حدّثت غوغل ديب مايند نموذج ألفافولد.", ["anthropic", "claude-code", "google-deepmind", "alphafold"] },
        { "وافتتحت مايكروسوفت مركز بيانات في ولاية ويسكونسن، وآخر في جوهور الماليزية.", ["microsoft", "wisconsin", "johor"] },
        { "وقالت رانيا المشاط، وزيرة التخطيط، إن مصر وقعت مع البنك الإسلامي للتنمية اتفاقاً بقيمة مليار دولار.", ["rania-al-mashat", "egypt", "isdb"] },
        { "وقالت كايا كالاس، مسؤولة السياسة الخارجية في الاتحاد الأوروبي، إن التكتل سيحمي قطاع الرقائق.", ["kaja-kallas", "european-union"] },
        { "وحصلت شركة بريدفاست المصرية على تمويل بقيادة إنفستكورب، بعد جولة مماثلة لمنصة ثاندر.", ["breadfast", "investcorp", "thndr"] },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void EachKindOfNameIsFoundInASentenceWrittenLikeNews(string sentence, string[] expected)
    {
        Assert.Equal(expected, Analysis.Ids(sentence));
    }

    [Fact]
    public void ArabicTextWithoutAnyCatalogNameYieldsNoEntity()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Entities", "Articles", "ordinary-words.txt"));
        Assert.Empty(Analysis.Analyze(text).Entities);
    }

    [Fact]
    public void OrdinaryWordsNextToNamesStayOrdinary()
    {
        Assert.Equal(["openai", "google"], Analysis.Ids("وتوزعت الحصص بين OpenAI وغوغل، وقال أمين عام الاتحاد إن الرقابة ضرورية."));
        Assert.Equal(["nvidia"], Analysis.Ids("وأظهرت أرقام إنفيديا أن تداول السهم ارتفع، فيما أعلنت سلة من الشركات نتائجها."));
    }

    [Fact]
    public void NamesThatAreAlsoEverydayPhrasesCountOnlyInTheirNamedForm()
    {
        // "a Sputnik moment" is the satellite, not the news agency; an outlet or a city named by a common word or
        // phrase (الميادين "the squares", العقبة "the obstacle", الأقصر "the shortest") needs its naming form.
        Assert.Empty(Analysis.Ids("وصف مستثمرون النموذج الجديد بأنه لحظة «سبوتنيك» للصناعة، وامتلأت الميادين بالزوار."));
        Assert.Empty(Analysis.Ids("وتبقى العقبة الأكبر أن الطريق الأقصر إلى الربحية غير واضح."));
        Assert.Equal(["sputnik", "al-mayadeen", "aqaba"], Analysis.Ids("ونقلت وكالة سبوتنيك وقناة الميادين عن مسؤولين في ميناء العقبة أن الشحنة وصلت."));
    }

    [Fact]
    public void AnAbbreviationThatIsAlsoATechnicalTermIsNotAnInstitution()
    {
        // GPAI (general-purpose AI in the EU AI Act), AUC (area under the curve) and NPC (a game character).
        Assert.Empty(Analysis.Ids("تخضع نماذج GPAI لالتزامات الشفافية، وبلغت قيمة AUC للنموذج 0.91، وتتحدث شخصيات NPC بلغة طبيعية."));
    }

    [Fact]
    public void AProcliticBeforeAPlaceNameNeverMakesOneOutOfAnEverydayWord()
    {
        // بليون (a billion) reads as ب + ليون (Lyon) and بيوتاً (houses) as ب + يوتا (Utah): such places are catalogued
        // only in their naming form («مدينة ليون»، «ولاية يوتا»).
        Assert.Empty(Analysis.Ids("قدمت الحكومة دعماً بقيمة بليون دولار، وشيّدت الشركة بيوتاً لموظفيها."));
        Assert.Equal(["lyon", "utah"], Analysis.Ids("وافتتحت الشركة مكتباً في مدينة ليون، ومركز بيانات في ولاية يوتا."));
    }
}
