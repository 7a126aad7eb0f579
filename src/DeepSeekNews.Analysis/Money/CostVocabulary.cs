namespace DeepSeekNews.Analysis.Money;

/// <summary>
/// The words that say what a money figure is about and whether a comparison is about cost. All entries are
/// normalised on load; matching tolerates proclitics and enclitics (بتكلفة، تكلفتها، استثماراتها، ينفقون).
/// </summary>
internal static class CostVocabulary
{
    /// <summary>Words that name the figure's category directly; the nearest one to the figure decides.</summary>
    public static readonly (CostCategory Category, CueList Cues)[] StrongCues =
    [
        (CostCategory.Cost, new CueList(Cue.CostCue,
            "تكلفة", "تكاليف", "كلفة", "كلف", "تكلف", "يكلف", "كلفت", "تكلفت", "يتكلف", "سيكلف", "ستكلف", "cost", "costs", "costing",
            "costed")),
        (CostCategory.Spending, new CueList(Cue.SpendingCue,
            "إنفاق", "ينفق", "تنفق", "أنفقت", "أنفق", "ستنفق", "سينفق", "نفقات", "مصروفات", "استثمار", "استثمارات", "يستثمر",
            "تستثمر", "استثمرت", "استثمر", "ستستثمر", "سيستثمر", "ضخ", "يضخ", "تضخ", "ضخت", "رصد", "رصدت", "يرصد", "ترصد",
            "خصص", "خصصت", "تخصيص", "ميزانية", "ميزانيات", "موازنة", "استثماري", "استثمارية", "spend", "spends", "spending", "spent", "invest",
            "invests", "investing", "invested", "investment", "investments", "capex", "budget", "budgets", "allocate",
            "allocated", "allocating", "allocates", "earmark", "earmarked", "earmarks", "pour", "pours", "poured", "pouring", "pump", "pumps", "pumped", "pumping", "splurge", "outlay", "outlays", "expenditure", "expenditures")),
        (CostCategory.Price, new CueList(Cue.PriceCue,
            "سعر", "أسعار", "ثمن", "يباع", "تباع", "يبيع", "تبيع", "بيعت", "باعت", "باع", "اشتراك", "رسوم", "تسعير", "سهم", "price", "prices", "priced",
            "pricing", "sells", "sold", "subscription", "fee", "fees", "charges", "retail", "retails", "closed", "closing", "تغلق", "يغلق", "أغلق", "أغلقت",
            "تتقاضى", "يتقاضى", "تتقاضاه", "يتقاضاه")),
        (CostCategory.Value, new CueList(Cue.ValueCue,
            "تقييم", "رسملة", "تبخر", "تبخرت", "محو", "محت", "شطب", "valuation", "valued", "values", "valuing", "worth", "capitalisation",
            "capitalization", "wiped", "erased", "cap")),
        (CostCategory.Revenue, new CueList(Cue.RevenueCue,
            "إيرادات", "إيراد", "عائدات", "مبيعات", "أرباح", "ربح", "دخل", "صادرات", "طلبيات", "تدر", "يدر", "ستدر", "سيدر", "درت",
            "revenue", "revenues", "sales", "earnings", "profit", "profits", "income", "turnover", "exports", "orders", "bookings",
            "generate", "generates", "generated", "generating")),
        (CostCategory.Funding, new CueList(Cue.FundingCue,
            "تمويل", "تمويلية", "جولة", "جمعت", "يجمع", "تجمع", "جمع", "منحة", "منح", "funding", "funded", "raised", "raise", "raises", "raising", "grant", "grants",
            "round", "backing")),
        // Money that is none of the above, named so that it is not taken for a nearby cost or revenue: a fortune, a
        // fine, a salary, a prize («ثروة مؤسس الشركة بنحو 3 مليارات، فيما بلغت إيراداتها …»).
        (CostCategory.Other, new CueList(Cue.OtherCue,
            "ثروة", "غرامة", "غرامات", "راتب", "رواتب", "جائزة", "جوائز", "fortune", "wealth", "fine", "fines", "penalty",
            "salary", "prize")),
    ];

    /// <summary>The bits of all the strong lists, so that whether a word is any strong cue is one test.</summary>
    public static readonly Cue StrongCueFlags = StrongCues.Aggregate(Cue.None, (all, cue) => all | cue.Cues.Flag);

    /// <summary>
    /// Weaker hints used only when no strong cue is near: training, building or paying for something is its cost; a
    /// project or plan of a sum is spending; a sum a company receives or contributes to a round is funding.
    /// </summary>
    public static readonly (CostCategory Category, CueList Cues)[] WeakCues =
    [
        (CostCategory.Cost, new CueList(Cue.WeakCostCue,
            "تدريب", "تطوير", "بناء", "تشغيل", "تصنيع", "إنتاج", "train", "training", "trained", "develop", "developing",
            "development", "build", "building", "built", "run", "running")),
        // Paying is a cost to the payer, but a consumer paying for a service pays its price (see ConsumerWords).
        (CostCategory.Cost, new CueList(Cue.PayVerb,
            "يدفع", "تدفع", "دفعت", "دفع", "ستدفع", "سيدفع", "يدفعون", "pay", "pays", "paid", "paying")),
        (CostCategory.Spending, new CueList(Cue.WeakSpendingCue,
            "مشروع", "مشاريع", "مشروعات", "خطة", "خطط", "project", "projects", "plan", "programme", "program")),
        (CostCategory.Funding, new CueList(Cue.WeakFundingCue,
            "حصلت", "حصل", "تحصل", "يحصل", "ستحصل", "مساهمة", "مساهمات", "received", "secured", "obtained", "contribution")),
    ];

    /// <summary>
    /// Who pays for a service: a cost of a subscription, a consultation or to the user is the price asked («يكلف الاشتراك
    /// 20 دولاراً»، «تكلفة الاستشارة 100 جنيه»), unlike the cost of training or building something.
    /// </summary>
    public static readonly CueList ConsumerWords = new(Cue.ConsumerWord,
        "المستخدم", "للمستخدم", "المستخدمين", "المستهلك", "المستهلكين", "العميل", "العملاء", "المشترك", "المشتركين", "استشارة",
        "الاستشارة", "اشتراك", "الاشتراك", "تذكرة", "باقة", "شهريا", "شهري", "user", "users", "customer", "customers", "consumer", "consumers",
        "subscriber", "subscribers", "subscription", "monthly");

    /// <summary>
    /// «الشركة»، «المجموعة», "the company": a company named earlier. When the figure's clause names no one, the claim
    /// is about the company last named before the word.
    /// </summary>
    public static readonly CueList CompanyAnaphors = new(Cue.CompanyAnaphor, "الشركة", "المجموعة", "company", "firm", "group");

    /// <summary>«مقارنة بـ6 مليارات دولار»، "compared with $6 billion": the figure is the same kind of money as the one before it.</summary>
    public static readonly CueList ComparedWords = new(Cue.ComparedWord, "مقارنة", "بالمقارنة", "مقابل", "compared", "versus", "vs");

    /// <summary>Booking or incurring charges («ستسجل رسوماً»، «تكبدت رسوماً», "took a charge") makes them a cost, not a fee.</summary>
    public static readonly CueList IncurVerbs = new(Cue.IncurVerb,
        "تكبد", "تكبدت", "يتكبد", "تتكبد", "ستتكبد", "سجل", "سجلت", "يسجل", "تسجل", "ستسجل", "تحمل", "تحملت", "يتحمل",
        "تتحمل", "incurred", "incur", "booked", "took", "record", "recorded");

    /// <summary>Right after a figure these make it a unit price: «0.14 دولار لكل مليون رمز», "$5 per share".</summary>
    public static readonly HashSet<string> UnitPriceWords = ArabicForms.Set("لكل", "للوحدة", "per", "apiece");

    /// <summary>"per year", «لكل عام»: a rate over time is not a unit price.</summary>
    public static readonly HashSet<string> TimeUnits = ArabicForms.Set(
        "عام", "سنة", "شهر", "يوم", "أسبوع", "ساعة", "year", "annum", "month", "day", "week", "hour", "quarter");

    /// <summary>«قيمة الشركة»: the value of a company is its valuation, unlike «قيمة الصفقة».</summary>
    public static readonly CueList CompanyWords = new(Cue.CompanyWord, "الشركة", "شركة", "الشركات", "company", "firm");

    /// <summary>«قيمة» is a market value only as القيمة السوقية or «من قيمتها»; alone it is just "worth".</summary>
    public static readonly CueList ValueNoun = new(Cue.ValueNoun, "قيمة", "value");

    public static readonly CueList MarketWords = new(Cue.MarketWord,
        "السوقية", "سوقية", "السوقي", "سوقي", "البورصة", "الأسهم", "أسهم", "سهم", "وول", "ناسداك", "market", "stock", "shares", "nasdaq");

    /// <summary>Losses count as market value when the sentence is about the market (خسرت 600 مليار دولار من قيمتها السوقية).</summary>
    public static readonly CueList LossWords = new(Cue.LossWord, "خسرت", "خسر", "خسارة", "خسائر", "فقدت", "فقد", "lost", "lose", "loses", "loss", "losses", "shed");

    /// <summary>Nouns that make a comparison one of cost (بتكلفة أقل، أقل تكلفة، cheaper in cost).</summary>
    public static readonly CueList CostNouns = new(Cue.CostNoun,
        "تكلفة", "تكاليف", "كلفة", "سعر", "أسعار", "ثمن", "إنفاق", "ميزانية", "نفقات", "cost", "costs", "price", "prices",
        "spending", "budget", "expense", "expenses");

    /// <summary>Verbs meaning "to cost": «يكلف أقل بعشر مرات», "costs ten times less".</summary>
    public static readonly CueList CostVerbs = new(Cue.CostVerb, "يكلف", "تكلف", "كلف", "كلفت", "يتكلف", "تتكلف");

    /// <summary>Genitive words that may sit between a cost noun and its comparative: «تكلفة تدريب النموذج أقل».</summary>
    public static readonly CueList CostComplements = new(Cue.CostComplement,
        "تدريب", "التدريب", "تشغيل", "التشغيل", "تطوير", "التطوير", "بناء", "إنتاج", "الإنتاج", "استدلال", "الاستدلال",
        "حوسبة", "الحوسبة", "النموذج", "نموذج", "النماذج", "الاستخدام", "استخدام", "of", "training", "running", "inference",
        "compute", "the", "to", "train", "run", "per", "token", "tokens");

    /// <summary>Comparatives that are about money by themselves.</summary>
    public static readonly CueList CheaperWords = new(Cue.Cheaper, "أرخص", "cheaper");

    public static readonly CueList DearerWords = new(Cue.Dearer, "أغلى", "pricier", "costlier");

    /// <summary>Comparatives that need a cost noun next to them.</summary>
    public static readonly CueList LowerWords = new(Cue.Lower,
        "أقل", "أدنى", "أصغر", "يقل", "تقل", "تنخفض", "ينخفض", "less", "lower", "smaller", "fewer");

    public static readonly CueList HigherWords = new(Cue.Higher,
        "أكثر", "أعلى", "أكبر", "يزيد", "تزيد", "ترتفع", "يرتفع", "more", "higher", "greater", "bigger");

    /// <summary>Words for "times" / "-fold" after a multiplier.</summary>
    public static readonly HashSet<string> TimesWords = ArabicForms.Set("مرات", "مرة", "ضعف", "ضعفاً", "أضعاف", "times", "fold", "x");

    /// <summary>Adjectives of qualitative cost claims: direction lower.</summary>
    public static readonly CueList LowQualifiers = new(Cue.LowQualifier,
        "أقل", "أدنى", "أرخص", "منخفض", "منخفضة", "متدني", "متدنية", "زهيد", "زهيدة", "ضئيل", "ضئيلة", "صغير", "صغيرة",
        "محدود", "محدودة", "قليل", "قليلة", "بسيط", "بسيطة", "معقول", "معقولة", "رخيص", "رخيصة", "lower", "low", "cheap",
        "cheaper", "small", "smaller", "modest", "tiny", "limited", "minimal");

    /// <summary>Adjectives of qualitative cost claims: direction higher.</summary>
    public static readonly CueList HighQualifiers = new(Cue.HighQualifier,
        "أعلى", "أكبر", "مرتفع", "مرتفعة", "عالي", "عالية", "باهظ", "باهظة", "ضخم", "ضخمة", "هائل", "هائلة", "أغلى", "طائلة",
        "higher", "high", "huge", "massive", "enormous", "hefty", "exorbitant", "steep");

    /// <summary>Adjectives that carry money by themselves: «بموارد حسابية باهظة»، «أموال طائلة».</summary>
    public static readonly CueList InherentlyCostly = new(Cue.InherentlyCostly, "باهظ", "باهظة", "طائلة", "exorbitant", "costly", "expensive");

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
    public static readonly CueList MoneyContext = new(Cue.MoneyContext,
        "قيمة", "بقيمة", "مبلغ", "قدره", "قدرها", "دفع", "دفعت", "يدفع", "تدفع", "شراء", "اشترت", "اشترى", "استحواذ",
        "استحوذت", "صفقة", "غرامة", "تعويض", "تعويضات", "ديون", "قرض", "قروض", "عجز", "ثروة", "paid", "pay", "pays",
        "bought", "buy", "acquired", "acquisition", "deal", "fine", "debt", "loan", "worth", "sum");

    /// <summary>Nouns after «من» that keep a figure money: «مليارات من الاستثمارات».</summary>
    public static readonly CueList MoneyNouns = new(Cue.MoneyNoun,
        "استثمارات", "الاستثمارات", "التمويل", "تمويل", "الإيرادات", "إيرادات", "الأموال", "أموال", "الإنفاق", "الخسائر", "funding", "investment", "investments", "revenue", "cash");

    /// <summary>Reporting words before a name that make it the source, not the subject (بحسب موقع …، وفقاً لـ …).</summary>
    public static readonly CueList AttributionWords = new(Cue.Attribution,
        "بحسب", "حسب", "وفقا", "وفق", "نقلا", "موقع", "صحيفة", "وكالة", "تقرير", "according", "per", "reported", "told");

    /// <summary>Verbs of change: «ارتفعت من 5 مليارات دولار إلى 10 مليارات دولار» is two figures, not a range.</summary>
    public static readonly CueList ChangeVerbs = new(Cue.ChangeVerb,
        "ارتفع", "ارتفعت", "زاد", "زادت", "قفز", "قفزت", "نما", "نمت", "انخفض", "انخفضت", "تراجع", "تراجعت", "هبط", "هبطت",
        "رفع", "رفعت", "خفض", "خفضت", "تضاعف", "تضاعفت", "ارتفاع", "انخفاض", "تراجع", "rose", "rise", "rises", "fell",
        "fall", "falls", "grew", "grow", "increased", "decreased", "jumped", "climbed", "dropped", "declined", "raised", "cut", "slashed", "boosted");

    /// <summary>Words that turn a number into a percentage: 10%، 10 في المئة، 10 بالمائة، 10 percent.</summary>
    public static readonly HashSet<string> PercentWords = ArabicForms.Set("بالمئة", "بالمائة", "بالمية", "percent", "pct", "%", "٪");

    public static readonly HashSet<string> HundredWords = ArabicForms.Set("المئة", "المائة", "المية", "مئة", "مائة");

    /// <summary>Sentences about counts make a bare «المليارات» a number of people or parameters, not money.</summary>
    public static readonly CueList CountWords = new(Cue.CountWord,
        "عدد", "أعداد", "مستخدم", "مستخدمين", "المستخدمين", "مستخدمي", "شخص", "أشخاص", "نسمة", "مشترك", "مشتركين", "عميل", "عملاء",
        "معلمة", "معلمات", "معامل", "معاملات", "رمز", "رموز", "كلمة", "كلمات", "تحميل", "تنزيل", "users", "people", "parameters",
        "tokens", "downloads", "subscribers", "customers", "views");

    /// <summary>«الفعال من حيث التكلفة»: efficient in cost is a qualitative claim of lower cost.</summary>
    public static readonly CueList Effective = new(Cue.Effective, "فعال", "فعالة", "الفعال", "الفعالة", "كفء", "موفر", "موفرة");

    /// <summary>«بجزء بسيط من التكلفة», "a fraction of the cost".</summary>
    public static readonly CueList PartWords = new(Cue.PartWord, "جزء", "fraction");

    /// <summary>Cost nouns that make a qualitative claim one of price or of spending.</summary>
    public static readonly CueList PriceNouns = new(Cue.PriceNoun, "سعر", "أسعار", "ثمن", "price", "prices");

    public static readonly CueList SpendingNouns = new(Cue.SpendingNoun, "ميزانية", "إنفاق", "نفقات", "budget", "spending");

    /// <summary>
    /// Words that take a figure of their own («حققت أرباحاً قدرها 5 مليارات»، «صفقة بقيمة …», «بلغت»): a bounding verb
    /// further back («تجاوزت الشركة التوقعات وحققت …») does not reach a figure past them.
    /// </summary>
    public static readonly CueList FigureTakers = new(Cue.FigureTaker,
        "قدره", "قدرها", "بقيمة", "بمبلغ", "بلغ", "بلغت", "يبلغ", "تبلغ", "سيبلغ", "ستبلغ", "حقق", "حققت", "يحقق", "تحقق", "سجل",
        "سجلت", "تسجل", "يسجل", "أنفق", "أنفقت", "ينفق", "تنفق", "استثمر", "استثمرت", "يستثمر", "تستثمر", "جمعت", "ضخت",
        "رصدت", "خصصت", "حصلت", "دفعت", "أعلنت", "أعلن");

    /// <summary>
    /// Verbs whose subject is what the figure measures, in verb-first order: «تبلغ قيمة الشركة بعد الجولة 61.5 مليار»،
    /// «سجلت إيرادات القطاع 35 مليار»، «تجاوزت تكلفة التدريب 100 مليون»، «وصلت القيمة السوقية إلى تريليون».
    /// </summary>
    public static readonly CueList FigureVerbs = new(Cue.FigureVerb,
        "بلغ", "بلغت", "يبلغ", "تبلغ", "سيبلغ", "ستبلغ", "سجل", "سجلت", "تسجل", "يسجل", "تجاوز", "تجاوزت", "يتجاوز", "تتجاوز",
        "تخطى", "تخطت", "يتخطى", "تتخطى", "فاق", "فاقت", "يفوق", "تفوق", "وصل", "وصلت", "يصل", "تصل", "قارب", "قاربت", "ناهز",
        "ناهزت", "يناهز", "تناهز", "ارتفع", "ارتفعت", "انخفض", "انخفضت", "تراجع", "تراجعت", "قفز", "قفزت", "هبط", "هبطت");

    /// <summary>Verbs and nouns of cutting a cost: «تخفض تكلفة التشغيل إلى النصف»، «انخفضت الأسعار إلى الربع».</summary>
    public static readonly CueList ReduceVerbs = new(Cue.ReduceVerb,
        "خفض", "خفضت", "يخفض", "تخفض", "سيخفض", "ستخفض", "تخفيض", "قلص", "قلصت", "يقلص", "تقلص", "تقليص", "انخفض", "انخفضت",
        "ينخفض", "تنخفض", "تراجعت", "تراجع", "هبطت", "هبط");

    /// <summary>Every cue list, so that <see cref="WordCues"/> can mark each word of an article with the lists it belongs to.</summary>
    public static readonly CueList[] All =
    [
        .. StrongCues.Select(c => c.Cues), .. WeakCues.Select(c => c.Cues), CompanyWords, ValueNoun, MarketWords, LossWords,
        CostNouns, CostVerbs, CostComplements, CheaperWords, DearerWords, LowerWords, HigherWords, InherentlyCostly, LowQualifiers,
        HighQualifiers, MoneyContext, MoneyNouns, AttributionWords, ChangeVerbs, CountWords, Effective, PartWords, PriceNouns,
        SpendingNouns, FigureTakers, ReduceVerbs, ConsumerWords, IncurVerbs, ComparedWords, FigureVerbs, CompanyAnaphors,
    ];
}
