using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Analysis.Quotes;

/// <summary>
/// The closed word classes the quote rules lean on, written as an Arabic reader would and normalised once. Nouns are
/// listed without the article; <see cref="Bare"/> strips it (and a conjunction) before a lookup.
/// </summary>
internal static class QuoteLexicon
{
    /// <summary>أن and its forms that open reported speech: إن، أنه، بأنها …</summary>
    public static readonly IReadOnlySet<string> Complementisers = Words(
        "إن إنه إنها إنهم إنهما إنني إننا إنه أن أنه أنها أنهم أنهما أنني أننا "
        + "بأن بأنه بأنها بأنهم بأنهما بأنني بأننا");

    /// <summary>Words before أن that make it a conjunction, not the start of what someone said (بعد أن، كما أن، علماً بأن).</summary>
    public static readonly IReadOnlySet<string> ComplementiserBlockers = Words(
        "بعد قبل منذ دون بدون حتى بدل بدلا يجب يمكن ينبغي بد يتعين مجرد رغم برغم لو كما غير إلا بيد حيث ذلك بما طالما مع "
        + "علما لولا ريثما شريطة شرط بشرط مقابل خشية المتوقع المقرر المرجح المنتظر المحتمل المفترض الممكن الواضح يبدو بمعنى أي");

    /// <summary>Words that may stand between a verb and its أن without being its subject: «وختم بالقول إن».</summary>
    public static readonly IReadOnlySet<string> SayingNouns = Words("بالقول قوله قولها قولهم");

    /// <summary>
    /// What a speaker ends or opens with their own words («واختتم القحطاني حديثه بالقول إن»): the object of the verb, which
    /// ends its subject.
    /// </summary>
    public static readonly IReadOnlySet<string> OwnSpeechNouns = Words(
        "حديثه حديثها كلمته كلمتها كلامه كلامها تصريحاته تصريحاتها مداخلته مداخلتها تعليقه تعليقها خطابه خطابها "
        + "رسالته رسالتها منشوره منشورها حديثهم كلمتهم تصريحاتهم");

    /// <summary>Adverbs and time words that may follow a verb before its subject or its أن.</summary>
    public static readonly IReadOnlySet<string> Adverbs = Words(
        "أيضا كذلك بدوره بدورها بدورهم سابقا مؤخرا بالفعل فعلا علنا صراحة اليوم أمس حينها لاحقا مجددا مرارا أخيرا "
        + "مساء صباحا ظهر مساء الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت يوم ليلة الليلة "
        + "الأسبوع الشهر العام الماضي الماضية الجاري المقبل الحالي حينئذ آنذاك تحديدا شخصيا نفسه نفسها ذاته ذاتها "
        + "قد لقد بوضوح بصراحة");

    /// <summary>Words that end a subject: prepositions, connectives and relative pronouns.</summary>
    public static readonly IReadOnlySet<string> SubjectStoppers = Words(
        "في على خلال عبر من إلى عن مع أمام لدى بعد قبل حول ضمن منذ أثناء تجاه نحو عند بين داخل خارج حسب بحسب وفق وفقا "
        + "طبقا تعليقا ردا إزاء بشأن حيال فيما كما حين عندما بينما إذ الذي التي الذين اللذين اللتين اللواتي اللاتي ممن "
        + "ما مما لأن لكن ولكن ثم أو أم هو هي هم إنه وسط");

    /// <summary>Outlets and audiences a speaker talks to: «لصحيفة ديلي ميل»، «للصحفيين».</summary>
    public static readonly IReadOnlySet<string> MediaNouns = Words(
        "صحيفة جريدة مجلة موقع وكالة قناة شبكة إذاعة تلفزيون نشرة بوابة صحف الصحفيين الصحافيين الصحافة الإعلام "
        + "وسائل المراسلين مراسل مراسلة");

    /// <summary>Pieces an outlet publishes; an unnamed writer of one is the outlet's voice.</summary>
    public static readonly IReadOnlySet<string> EditorialPieces = Words("مقال مقالة افتتاحية افتتاحي عمود تعليق");

    /// <summary>Documents that "say" something only through whoever issued them.</summary>
    public static readonly IReadOnlySet<string> Documents = Words(
        "تقرير تقارير دراسة دراسات بحث وثيقة وثائق مذكرة رسالة استطلاع مسح بيانات");

    /// <summary>Nouns that refer back to an organisation named earlier: «وقالت الشركة إن».</summary>
    public static readonly IReadOnlySet<string> OrganisationAnaphors = Words(
        "شركة مجموعة منصة حكومة وزارة هيئة مؤسسة وكالة صحيفة جامعة إدارة رئاسة مجلس بيان");

    /// <summary>Words for people or sources: what a subject with no name can be (مصدر مطلع، أحد المشاركين، محللون).</summary>
    public static readonly IReadOnlySet<string> PersonNouns = Words(
        "مصدر مصادر مسؤول مسؤولة مسؤولون مسؤولين مسؤولو متحدث متحدثة ناطق ناطقة خبير خبيرة خبراء محلل محللة محللون محللين "
        + "أحد إحدى بعض شهود شاهد مراقب مراقبون مراقبين باحث باحثة باحثون باحثين رئيس رئيسة مدير مديرة مديرو وزير وزيرة "
        + "مستشار مستشارة عضو أعضاء نائب نائبة مؤسس مؤسسة شريك شريكة كبير كبيرة أستاذ أستاذة بروفيسور دكتور دكتورة "
        + "مهندس مهندسة مهندسون سفير مستخدم مستخدمة مستخدمون مستخدمين موظف موظفة موظفون موظفين عامل عاملون مدون مدونون "
        + "ناشط ناشطة ناشطون مغرد مغردون متابعون آخرون آخرين كثيرون كثيرين مواطن مواطنون زعيم قادة ممثل ممثلة ممثلو ممثلون "
        + "متخصص متخصصون اقتصادي اقتصاديون مستثمر مستثمرون مطور مطورون علماء عالم رجل امرأة شخص أشخاص مشارك مشاركون المشاركين "
        + "كاتب كاتبة محرر محررة مراسل مراسلة معلق معلقون نقاد ناقد أمين محافظ حاكم قائد المتحدث الناطق مالك ملياردير "
        + "مستشارون دبلوماسي دبلوماسيون كتاب مشاركين مستثمرين اقتصاديين متابعين مطورين مهندسين نواب قراء مغردين ناشطين "
        + "صحفيين صحافيين مديرين مسؤولي خبرائها محلليها موظفيها قادتها");

    /// <summary>
    /// Common given names (Arabic, and Western and East Asian names as Arabic news spells them, with the family names
    /// that Korean and Chinese names open with). A soft signal only: a run of name words after a verb and a title is
    /// taken for the subject's name without other evidence when it opens with one of these («استقبل الوزير خالد
    /// العمري الوفد» against «استقبل الوزير وفد الشركتين»), and «وليد» after a definite noun is a name, not «و» + noun.
    /// </summary>
    public static readonly IReadOnlySet<string> GivenNames = Words(
        "محمد أحمد محمود مصطفى علي عمر عثمان خالد سعيد سعد سعود سلمان سلطان فهد فيصل عمرو طارق طلال هشام حسام حسن حسين "
        + "حمد حامد حمدي حازم خليل إبراهيم إسماعيل يوسف يونس يحيى زكريا موسى عيسى سليمان داود ناصر نبيل نادر نايف نواف نزار "
        + "ماجد مازن مراد منصور مهند معاذ مالك مروان وليد وائل وسام وحيد وجدي رامي رامز رائد رشيد رضا رياض زياد زيد سامي "
        + "سامح سمير شريف شادي صالح صلاح ضياء طه عادل عاطف عاصم عامر عبدالله عبدالرحمن عبدالعزيز عدنان عصام علاء عماد عمار "
        + "غسان فادي فارس فاروق فؤاد فراس كريم كمال لؤي مجدي مدحت ممدوح منير مؤمن ناجي نجيب هاني هيثم ياسر ياسين يزيد "
        + "أيمن أسامة أنس أشرف أمجد أنور إياد باسم بدر بسام بشير بلال تامر توفيق ثامر جمال جميل جلال حاتم حسان خليفة "
        + "راشد ربيع رجب رفعت سالم سيف شاكر صابر صبري صفوت عزت عزيز فتحي فرج قاسم لطفي ماهر محسن مختار مسعود معتز منذر "
        + "نصر هادي همام "
        + "فاطمة عائشة مريم خديجة زينب سارة نورة نوف منى هدى ليلى سلمى رنا رانيا دينا هالة هبة هند إيمان أمل آمنة أسماء ريم "
        + "ريما لينا لمى لبنى نادية نجلاء نهى نوال سعاد سماح سميرة شيماء صفاء عبير غادة فرح لمياء مها ميساء ميرفت نسرين "
        + "نرمين هيفاء ياسمين جميلة حنان دعاء رشا رحاب سهى سوسن علياء عزة فدوى ماجدة مروة منال ندى نور هناء وفاء "
        + "جون جان بيير ماري ماريا آنا ديفيد مايكل جيمس روبرت ويليام توماس بيتر بول مارك ستيفن كريستوفر دانيال أندرو "
        + "جوزيف تشارلز ريتشارد إليزابيث كاثرين لورا صوفيا إيما كلارا هانز كلاوس يوهانس ماتيو لوكا جوليا فرانسوا إيمانويل "
        + "أنطونيو خوسيه كارلوس لويس باولو ماركو ألكسندر سيرغي فلاديمير ديمتري إيلينا أولغا إلياس إلهام إلين إليانور "
        + "كيم بارك تشوي جونغ كانغ يون تشانغ وانغ ليو تشين لين هوانغ تساي يانغ تشاو هيروشي تاكاشي يوكي كينجي");

    /// <summary>Words that count people: the subject speaks only when what they count are people («عدد من المحللين»).</summary>
    public static readonly IReadOnlySet<string> Quantifiers = Words("أحد إحدى بعض عدد كثير معظم غالبية أغلب");

    /// <summary>The plural person nouns, so a continuation in the plural (وأضافوا، معتبرين) finds them.</summary>
    public static readonly IReadOnlySet<string> PluralPersonNouns = Words(
        "مصادر مسؤولون مسؤولين مسؤولو خبراء محللون محللين بعض شهود مراقبون مراقبين باحثون باحثين مديرو أعضاء مهندسون "
        + "مستخدمون مستخدمين موظفون موظفين عاملون مدونون ناشطون مغردون متابعون آخرون آخرين كثيرون كثيرين مواطنون قادة "
        + "ممثلو ممثلون متخصصون اقتصاديون مستثمرون مطورون علماء أشخاص مشاركون المشاركين معلقون نقاد مستشارون دبلوماسيون "
        + "كتاب مشاركين مستثمرين اقتصاديين متابعين مطورين مهندسين نواب قراء مغردين ناشطين صحفيين صحافيين مديرين");

    /// <summary>Titles that head a role: what comes before a name (الرئيس التنفيذي …) or after it in apposition.</summary>
    public static readonly IReadOnlySet<string> Titles = Words(
        "رئيس رئيسة مدير مديرة مؤسس مؤسسة شريك شريكة كبير كبيرة نائب نائبة متحدث متحدثة ناطق ناطقة وزير وزيرة محلل محللة "
        + "خبير خبيرة باحث باحثة أستاذ أستاذة مستشار مستشارة عضو سفير مهندس مهندسة عالم عالمة دكتور دكتورة بروفيسور أمين "
        + "محافظ حاكم قائد مراسل مراسلة محرر محررة كاتب كاتبة مسؤول مسؤولة المسؤول الرئيس المدير ملياردير رجل مالك "
        + "مصفف مصممة مصمم مفوض مفوضة نائبة شيخ شيخة أمير أميرة سمو سعادة معالي فضيلة");

    /// <summary>Feminine titles: a person introduced with one of these is a woman.</summary>
    public static readonly IReadOnlySet<string> FeminineTitles = Words(
        "رئيسة مديرة مؤسسة شريكة كبيرة نائبة متحدثة ناطقة وزيرة محللة خبيرة باحثة أستاذة مستشارة مهندسة عالمة دكتورة "
        + "مراسلة محررة كاتبة مسؤولة مصممة مفوضة");

    /// <summary>«المتحدث باسم الشركة»: a spokesperson's words are the organisation's.</summary>
    public static readonly IReadOnlySet<string> Spokespeople = Words("متحدث متحدثة ناطق ناطقة المتحدث المتحدثة الناطق الناطقة");

    /// <summary>Descriptors that stand before an organisation's name: «شركة إنفيديا»، «صحيفة بكين ديلي».</summary>
    public static readonly IReadOnlySet<string> OrganisationDescriptors = Words(
        "شركة مجموعة منصة صحيفة جريدة مجلة موقع وكالة قناة شبكة إذاعة حكومة وزارة هيئة جامعة مختبر مختبرات عملاق "
        + "بنك مصرف صندوق معهد إدارة جمعية اتحاد رابطة منظمة نقابة غرفة لجنة مجلس تحالف ائتلاف مفوضية منتدى مركز مؤسسة");

    /// <summary>
    /// Bodies whose kind is part of their name («وزارة التجارة»، «هيئة الاتصالات»، «اتحاد بنوك مصر»، «جمعية ديجيتال
    /// يوروب»): named by the whole phrase, never by the entity after the kind.
    /// </summary>
    public static readonly IReadOnlySet<string> Ministries = Words(
        "وزارة هيئة إدارة جمعية اتحاد رابطة منظمة نقابة غرفة لجنة مجلس تحالف ائتلاف مفوضية منتدى مركز");

    /// <summary>
    /// Common words the other lists lack that are never part of a name: the nouns of «على هامش»، «على صعيد»، «على حد
    /// قوله», and objects a verb often takes before a participle («افتتح … المعرض، مؤكداً»).
    /// </summary>
    public static readonly IReadOnlySet<string> NotNames = Words(
        "هامش خلفية صعيد ضوء حد غرار رأس مستوى وقع أثر إثر رغم الرغم سبيل الأقل الأرجح الإطلاق "
        + "معرض مؤتمر منتدى قمة اجتماع جلسة زيارة افتتاح مصنع مقر فرع مشروع عرض صفقة اتفاق اتفاقية "
        + "لا لم لن ليس ليست هل نحن أنا أنت أنتم هن كل أي غير سوى إذا لو كي لكي حتى ثمة هناك هنا "
        // «مسؤول، طلب عدم نشر اسمه، …»: the words a source asks anonymity with
        + "عدم اسمه اسمها هويته هويتها");

    /// <summary>Nouns for a company, which may be described by what it makes («الشركة المطورة لتطبيق ديب سيك»).</summary>
    public static readonly IReadOnlySet<string> CompanyNouns = Words("شركة مجموعة منصة مختبر عملاق");

    /// <summary>Heads of subjects that cannot speak: «يوضح نموذج R1 أن» shows, it does not say.</summary>
    public static readonly IReadOnlySet<string> NonSpeakers = Words(
        "نموذج نماذج نهج نجاح صعود أمر ذلك هذا هذه تلك هذان تحول بيانات أرقام نتائج مؤشرات إحصاءات تجربة واقع تطور خطوة "
        + "أداء تقدم اتجاه وضع ارتفاع انخفاض تراجع سعر أسعار حجم ظهور إطلاق إصدار تطبيق برنامج منتج رقائق رقاقة "
        + "تقنية تقنيات تكنولوجيا سوق أسواق قرار قرارات خطة خطط استراتيجية أزمة حادث حادثة معركة منافسة سباق تاريخ "
        + "صورة صور فيديو مقطع رسم تحليل مثال حالة ما مما");

    /// <summary>Words that introduce an attribution: «بحسب مصادر»، «وفقاً لـ»، «نقلاً عن».</summary>
    public static readonly IReadOnlySet<string> AttributionWords = Words("بحسب حسب وفق وفقا طبقا نقلا حسبما وفقما");

    /// <summary>Relative pronouns: «عبدالله السواحة، الذي أعلن أن» — the verb's subject is the name before them.</summary>
    public static readonly IReadOnlySet<string> Relatives = Words("الذي التي الذين اللذين اللتين");

    /// <summary>كان and its forms, which may open an SVO clause: «وكانت إيفانكا ترامب قد صرّحت».</summary>
    public static readonly IReadOnlySet<string> KanaForms = Words("كان كانت كانوا يكون تكون وكان وكانت وكانوا فكان فكانت");

    /// <summary>Connectives after which a clause with its own subject may start.</summary>
    public static readonly IReadOnlySet<string> ClauseOpeners = Words(
        "فيما بينما حيث إذ كما لكن ولكن ثم بل وقد فقد لقد وفيما وبينما وحيث وإذ لكنه لكنها لكنهم ولكنه ولكنها ولكنهم");

    /// <summary>Connectives after a comma with which the writer turns from reported speech to something else.</summary>
    public static readonly IReadOnlySet<string> Contrasts = Words("فيما بينما وفيما وبينما");

    private static readonly string ArticleForm = TextNormalizer.NormalizeString("ال");

    /// <summary>The word without a leading conjunction or preposition glued to the article, and without the article.</summary>
    public static string Bare(string word)
    {
        foreach (var prefix in BarePrefixes)
        {
            if (word.Length - prefix.Length >= 2 && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return word[prefix.Length..];
            }
        }
        return word;
    }

    public static bool HasArticle(string word) =>
        word.StartsWith(ArticleForm, StringComparison.Ordinal) || word.StartsWith("وال", StringComparison.Ordinal)
        || word.StartsWith("فال", StringComparison.Ordinal);

    public static bool IsIn(IReadOnlySet<string> set, string word) => set.Contains(word) || set.Contains(Bare(word));

    private static readonly string[] BarePrefixes = ["وال", "فال", "ال"];

    private static HashSet<string> Words(string list) =>
        list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextNormalizer.NormalizeString).ToHashSet(StringComparer.Ordinal);
}
