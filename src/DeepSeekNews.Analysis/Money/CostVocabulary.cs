namespace DeepSeekNews.Analysis.Money;

/// <summary>
/// The words that say what a money figure is about and whether a comparison is about cost. All entries are
/// normalised on load; matching tolerates proclitics and enclitics (بتكلفة، تكلفتها، استثماراتها، ينفقون).
/// </summary>
internal static class CostVocabulary
{
    /// <summary>Words that name the figure's category directly; the nearest one to the figure decides.</summary>
    public static readonly (CostCategory Category, HashSet<string> Cues)[] StrongCues =
    [
        (CostCategory.Cost, ArabicForms.Set(
            "تكلفة", "تكاليف", "كلفة", "كلف", "تكلف", "يكلف", "كلفت", "تكلفت", "يتكلف", "سيكلف", "ستكلف", "cost", "costs", "costing",
            "costed")),
        (CostCategory.Spending, ArabicForms.Set(
            "إنفاق", "ينفق", "تنفق", "أنفقت", "أنفق", "ستنفق", "سينفق", "نفقات", "مصروفات", "استثمار", "استثمارات", "يستثمر",
            "تستثمر", "استثمرت", "استثمر", "ستستثمر", "سيستثمر", "ضخ", "يضخ", "تضخ", "ضخت", "رصد", "رصدت", "يرصد", "ترصد",
            "خصص", "خصصت", "تخصيص", "ميزانية", "ميزانيات", "موازنة", "spend", "spends", "spending", "spent", "invest",
            "invests", "investing", "invested", "investment", "investments", "capex", "budget", "budgets", "allocate",
            "allocated", "allocating", "pour", "pours", "poured", "pouring", "pump", "pumps", "pumped", "pumping", "splurge", "outlay", "outlays", "expenditure", "expenditures")),
        (CostCategory.Price, ArabicForms.Set(
            "سعر", "أسعار", "ثمن", "يباع", "تباع", "يبيع", "تبيع", "بيع", "اشتراك", "رسوم", "تسعير", "سهم", "price", "prices", "priced",
            "pricing", "sells", "sold", "subscription", "fee", "fees", "charges", "retail", "retails", "تغلق", "يغلق", "أغلق", "أغلقت",
            "تتقاضى", "يتقاضى", "تتقاضاه", "يتقاضاه")),
        (CostCategory.Value, ArabicForms.Set(
            "تقييم", "رسملة", "تبخر", "تبخرت", "محو", "محت", "شطب", "valuation", "valued", "worth", "capitalisation",
            "capitalization", "wiped", "erased", "cap")),
        (CostCategory.Revenue, ArabicForms.Set(
            "إيرادات", "إيراد", "عائدات", "مبيعات", "أرباح", "ربح", "دخل", "revenue", "revenues", "sales", "earnings", "profit",
            "profits", "income", "turnover")),
        (CostCategory.Funding, ArabicForms.Set(
            "تمويل", "تمويلية", "جولة", "جمعت", "يجمع", "تجمع", "جمع", "funding", "funded", "raised", "raise", "raises", "raising",
            "round", "backing")),
    ];

    /// <summary>Weaker hints used only when no strong cue is near: training or building something is its cost.</summary>
    public static readonly (CostCategory Category, HashSet<string> Cues)[] WeakCues =
    [
        (CostCategory.Cost, ArabicForms.Set(
            "تدريب", "تطوير", "بناء", "تشغيل", "تصنيع", "إنتاج", "train", "training", "trained", "develop", "developing",
            "development", "build", "building", "built", "run", "running")),
    ];

    /// <summary>Right after a figure these make it a unit price: «0.14 دولار لكل مليون رمز», "$5 per share".</summary>
    public static readonly HashSet<string> UnitPriceWords = ArabicForms.Set("لكل", "للوحدة", "per", "apiece");

    /// <summary>"per year", «لكل عام»: a rate over time is not a unit price.</summary>
    public static readonly HashSet<string> TimeUnits = ArabicForms.Set(
        "عام", "سنة", "شهر", "يوم", "أسبوع", "ساعة", "year", "annum", "month", "day", "week", "hour", "quarter");

    /// <summary>«قيمة الشركة»: the value of a company is its valuation, unlike «قيمة الصفقة».</summary>
    public static readonly HashSet<string> CompanyWords = ArabicForms.Set("الشركة", "شركة", "الشركات", "company", "firm");

    /// <summary>«قيمة» is a market value only as القيمة السوقية or «من قيمتها»; alone it is just "worth".</summary>
    public static readonly HashSet<string> ValueNoun = ArabicForms.Set("قيمة", "value");

    public static readonly HashSet<string> MarketWords = ArabicForms.Set(
        "السوقية", "سوقية", "السوقي", "سوقي", "البورصة", "الأسهم", "أسهم", "سهم", "وول", "ناسداك", "market", "stock", "shares", "nasdaq");

    /// <summary>Losses count as market value when the sentence is about the market (خسرت 600 مليار دولار من قيمتها السوقية).</summary>
    public static readonly HashSet<string> LossWords = ArabicForms.Set("خسرت", "خسر", "خسارة", "خسائر", "فقدت", "فقد", "lost", "lose", "loses", "loss", "losses", "shed");

    /// <summary>Nouns that make a comparison one of cost (بتكلفة أقل، أقل تكلفة، cheaper in cost).</summary>
    public static readonly HashSet<string> CostNouns = ArabicForms.Set(
        "تكلفة", "تكاليف", "كلفة", "سعر", "أسعار", "ثمن", "إنفاق", "ميزانية", "نفقات", "cost", "costs", "price", "prices",
        "spending", "budget", "expense", "expenses");

    /// <summary>Verbs meaning "to cost": «يكلف أقل بعشر مرات», "costs ten times less".</summary>
    public static readonly HashSet<string> CostVerbs = ArabicForms.Set("يكلف", "تكلف", "كلف", "كلفت", "يتكلف", "تتكلف");

    /// <summary>Genitive words that may sit between a cost noun and its comparative: «تكلفة تدريب النموذج أقل».</summary>
    public static readonly HashSet<string> CostComplements = ArabicForms.Set(
        "تدريب", "التدريب", "تشغيل", "التشغيل", "تطوير", "التطوير", "بناء", "إنتاج", "الإنتاج", "استدلال", "الاستدلال",
        "حوسبة", "الحوسبة", "النموذج", "نموذج", "النماذج", "الاستخدام", "استخدام", "of", "training", "running", "inference",
        "compute", "the", "to", "train", "run", "per", "token", "tokens");

    /// <summary>Comparatives that are about money by themselves.</summary>
    public static readonly HashSet<string> CheaperWords = ArabicForms.Set("أرخص", "cheaper");

    public static readonly HashSet<string> DearerWords = ArabicForms.Set("أغلى", "pricier", "costlier");

    /// <summary>Comparatives that need a cost noun next to them.</summary>
    public static readonly HashSet<string> LowerWords = ArabicForms.Set(
        "أقل", "أدنى", "أصغر", "يقل", "تقل", "تنخفض", "ينخفض", "less", "lower", "smaller", "fewer");

    public static readonly HashSet<string> HigherWords = ArabicForms.Set(
        "أكثر", "أعلى", "أكبر", "يزيد", "تزيد", "ترتفع", "يرتفع", "more", "higher", "greater", "bigger");

    /// <summary>Words for "times" / "-fold" after a multiplier.</summary>
    public static readonly HashSet<string> TimesWords = ArabicForms.Set("مرات", "مرة", "ضعف", "ضعفاً", "أضعاف", "times", "fold", "x");

    /// <summary>Adjectives of qualitative cost claims: direction lower.</summary>
    public static readonly HashSet<string> LowQualifiers = ArabicForms.Set(
        "أقل", "أدنى", "أرخص", "منخفض", "منخفضة", "متدني", "متدنية", "زهيد", "زهيدة", "ضئيل", "ضئيلة", "صغير", "صغيرة",
        "محدود", "محدودة", "قليل", "قليلة", "بسيط", "بسيطة", "معقول", "معقولة", "رخيص", "رخيصة", "lower", "low", "cheap",
        "cheaper", "small", "smaller", "modest", "tiny", "limited", "minimal");

    /// <summary>Adjectives of qualitative cost claims: direction higher.</summary>
    public static readonly HashSet<string> HighQualifiers = ArabicForms.Set(
        "أعلى", "أكبر", "مرتفع", "مرتفعة", "عالي", "عالية", "باهظ", "باهظة", "ضخم", "ضخمة", "هائل", "هائلة", "أغلى", "طائلة",
        "higher", "high", "huge", "massive", "enormous", "hefty", "exorbitant", "steep");

    /// <summary>Adjectives that carry money by themselves: «بموارد حسابية باهظة»، «أموال طائلة».</summary>
    public static readonly HashSet<string> InherentlyCostly = ArabicForms.Set("باهظ", "باهظة", "طائلة", "exorbitant", "costly", "expensive");

    /// <summary>Fractions that compare with a cost: «نصف التكلفة» is half the cost, factor 2 lower.</summary>
    public static readonly Dictionary<string, decimal> CostFractions = new Dictionary<string, decimal>
    {
        ["نصف"] = 2, ["ربع"] = 4, ["ثلث"] = 3, ["عشر"] = 10, ["خمس"] = 5, ["half"] = 2, ["quarter"] = 4, ["third"] = 3,
        ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["eighth"] = 8, ["tenth"] = 10, ["twentieth"] = 20, ["thirtieth"] = 30,
        ["fiftieth"] = 50, ["hundredth"] = 100,
    }.Normalized();

    /// <summary>Multiples that are words of their own: «ضعف التكلفة», "twice the price", "double the cost".</summary>
    public static readonly Dictionary<string, decimal> CostMultiples = new Dictionary<string, decimal>
    {
        ["ضعف"] = 2, ["ضعفي"] = 2, ["ضعفين"] = 2, ["مرتين"] = 2, ["twice"] = 2, ["double"] = 2, ["triple"] = 3, ["thrice"] = 3,
    }.Normalized();

    /// <summary>
    /// Words that may follow a figure with no currency without turning it into a count of something: prepositions,
    /// time words and adverbs (ضخ المليارات في …، 10 مليارات خلال 2025). Anything else (مستخدم، معلمة، شريحة) is a
    /// counted noun and the figure is not money.
    /// </summary>
    public static readonly HashSet<string> NeutralFollowers = ArabicForms.Set(
        "في", "على", "الى", "إلى", "خلال", "عام", "العام", "سنويا", "شهريا", "بحلول", "مقارنة", "مقابل", "بعد", "قبل", "منذ", "حتى",
        "فقط", "تقريبا", "عن", "عبر", "ضمن", "نقدا", "إضافية", "إضافي", "أخرى", "أيضا", "إذ", "حيث", "بينما", "لكل", "لعام",
        "هذا", "هذه", "العام", "الماضي", "المقبل", "الجاري", "و", "أو", "لـ", "ل", "من", "in", "on", "for", "to", "by", "over",
        "this", "last", "next", "per", "each", "from", "and", "or", "a", "annually", "a year", "since", "into", "across", "through");

    /// <summary>
    /// Words that put a figure without a currency in a money context (besides the category cues): paying, buying,
    /// a sum, a fine, a debt. «مقابل» is left out on purpose: it also means "versus" between counts.
    /// </summary>
    public static readonly HashSet<string> MoneyContext = ArabicForms.Set(
        "قيمة", "بقيمة", "مبلغ", "قدره", "قدرها", "دفع", "دفعت", "يدفع", "تدفع", "شراء", "اشترت", "اشترى", "استحواذ",
        "استحوذت", "صفقة", "غرامة", "تعويض", "تعويضات", "ديون", "قرض", "قروض", "عجز", "ثروة", "paid", "pay", "pays",
        "bought", "buy", "acquired", "acquisition", "deal", "fine", "debt", "loan", "worth", "sum");

    /// <summary>Nouns after «من» that keep a figure money: «مليارات من الاستثمارات».</summary>
    public static readonly HashSet<string> MoneyNouns = ArabicForms.Set(
        "استثمارات", "الاستثمارات", "التمويل", "تمويل", "الإيرادات", "إيرادات", "الأموال", "أموال", "الإنفاق", "الخسائر", "funding", "investment", "investments", "revenue", "cash");

    /// <summary>Reporting words before a name that make it the source, not the subject (بحسب موقع …، وفقاً لـ …).</summary>
    public static readonly HashSet<string> AttributionWords = ArabicForms.Set(
        "بحسب", "حسب", "وفقا", "وفق", "نقلا", "موقع", "صحيفة", "وكالة", "تقرير", "according", "per", "reported", "told");

    /// <summary>Verbs of change: «ارتفعت من 5 مليارات دولار إلى 10 مليارات دولار» is two figures, not a range.</summary>
    public static readonly HashSet<string> ChangeVerbs = ArabicForms.Set(
        "ارتفع", "ارتفعت", "زاد", "زادت", "قفز", "قفزت", "نما", "نمت", "انخفض", "انخفضت", "تراجع", "تراجعت", "هبط", "هبطت",
        "رفع", "رفعت", "خفض", "خفضت", "تضاعف", "تضاعفت", "ارتفاع", "انخفاض", "تراجع", "rose", "rise", "rises", "fell",
        "fall", "falls", "grew", "grow", "increased", "decreased", "jumped", "climbed", "dropped", "declined", "raised", "cut", "slashed", "boosted");

    /// <summary>Words that turn a number into a percentage: 10%، 10 في المئة، 10 بالمائة، 10 percent.</summary>
    public static readonly HashSet<string> PercentWords = ArabicForms.Set("بالمئة", "بالمائة", "بالمية", "percent", "pct", "%", "٪");

    public static readonly HashSet<string> HundredWords = ArabicForms.Set("المئة", "المائة", "المية", "مئة", "مائة");

    /// <summary>True when <paramref name="word"/> matches one of the cue sets.</summary>
    public static bool Is(string word, HashSet<string> set) => ArabicForms.MatchesCue(word, set);
}
