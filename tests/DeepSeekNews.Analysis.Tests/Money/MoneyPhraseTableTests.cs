namespace DeepSeekNews.Analysis.Tests.Money;

/// <summary>
/// One phrase per row, each with the claim it must produce. The phrases are written for these tests in the style
/// of Arabic and English business news; together they cover every number, currency, bound, magnitude, ratio and
/// "not money" form the cost-claim rules promise.
/// </summary>
public class MoneyPhraseTableTests
{
    private static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.CreateDefault();

    public static TheoryData<string, string> Phrases => new()
    {
        // Digits: Western, Eastern Arabic-Indic, Persian; thousands separators and decimal points.
        { "بلغت تكلفة المشروع ٧٥٠ ألف دولار", "amount 750000 USD exact" },
        { "تقدر الصفقة بـ۳ ملايين دولار", "amount 3000000 USD exact" },
        { "رصدت الوزارة 1,250,000 دولار للمبادرة", "amount 1250000 USD exact" },
        { "بلغت الميزانية ٤٫٥ مليار دولار", "amount 4500000000 USD exact" },
        { "تبلغ قيمة العقد ١٢٬٠٠٠ دولار", "amount 12000 USD exact" },
        { "بلغت الإيرادات 2,5 مليار يورو", "amount 2500000000 EUR exact" },
        { "سجلت المبيعات 1.000.000 يورو", "amount 1000000 EUR exact" },
        { "بلغت التكلفة 5.6 مليون دولار", "amount 5600000 USD exact" },
        { "يبلغ سعر الحاسوب المحمول 25.000 درهم", "amount 25000 AED exact" },
        { "Gas averaged $2.45 a gallon.", "amount 2.45 USD exact" },
        { "Russia owes $670-billion to foreigners.", "amount 670000000000 USD exact" },

        // Number words: units, teens, tens, hundreds, compounds with و.
        { "بلغت التكلفة خمسة ملايين دولار", "amount 5000000 USD exact" },
        { "حصلت الجامعة على منحة قدرها عشرة آلاف دولار", "amount 10000 USD exact" },
        { "اشترت الشركة أسهما بخمسة عشر مليون دولار", "amount 15000000 USD exact" },
        { "قدرت الخسائر بعشرين مليار دولار", "amount 20000000000 USD exact" },
        { "رصدت الحكومة خمسمائة وخمسة وعشرين مليون دولار", "amount 525000000 USD exact" },
        { "بلغ الدعم ثلاثمئة ألف يورو", "amount 300000 EUR exact" },
        { "كلفت الصفقة مئتي مليون دولار", "amount 200000000 USD exact" },
        { "دفعت الشركة ثلاث مئة مليون دولار", "amount 300000000 USD exact" },
        { "كلف المبنى مليون وخمسمائة ألف دولار", "amount 1500000 USD exact" },
        { "حصلت على تمويل بقيمة مئة وعشرين مليون دولار", "amount 120000000 USD exact" },
        { "بلغت التكلفة أحد عشر مليون دولار", "amount 11000000 USD exact" },

        // Scales alone, duals, and compounds of scales.
        { "أعلنت المجموعة عن استثمار مليار دولار", "amount 1000000000 USD exact" },
        { "تخطت قيمة الشركة تريليون دولار", "amount 1000000000000 USD atLeast" },
        { "قدمت الحكومة دعما بقيمة بليون دولار", "amount 1000000000 USD exact" },
        { "دفعت الشركة مليوني دولار تعويضا", "amount 2000000 USD exact" },
        { "تبلغ الميزانية ملياري يورو", "amount 2000000000 EUR exact" },
        { "بلغت قيمة الجهاز ألفي دولار", "amount 2000 USD exact" },
        { "خصصت الحكومة الكورية تريليوني وون", "amount 2000000000000 KRW exact" },
        { "خصصت الدولة مليار ونصف المليار دولار للبحث", "amount 1500000000 USD exact" },
        { "بلغت التكلفة مليون ونصف المليون دولار", "amount 1500000 USD exact" },
        { "استثمرت الشركة 3 مليارات و200 مليون دولار", "amount 3200000000 USD exact" },
        { "بلغت القيمة ملياراً و500 مليون دولار", "amount 1500000000 USD exact" },

        // Fractions.
        { "كلف تطوير المنصة نصف مليار دولار", "amount 500000000 USD exact" },
        { "تبلغ قيمة الصفقة ربع مليار دولار", "amount 250000000 USD exact" },
        { "اشترى الصندوق حصة بثلاثة أرباع المليار دولار", "amount 750000000 USD exact" },

        // English forms.
        { "The startup raised $6 million in seed money.", "amount 6000000 USD exact" },
        { "DeepSeek reportedly spent $5.6m on the final run.", "amount 5600000 USD exact" },
        { "Revenue hit 1.2bn euros last year.", "amount 1200000000 EUR exact" },
        { "The group sold half a billion dollars of chips.", "amount 500000000 USD exact" },
        { "Microsoft will invest $80bn in data centres.", "amount 80000000000 USD exact" },
        { "They set up a one billion dollar fund.", "amount 1000000000 USD exact" },
        { "The grant was worth twenty-five million dollars.", "amount 25000000 USD exact" },
        { "The bank lent five hundred million euros.", "amount 500000000 EUR exact" },

        // Currencies: names with clitics, plurals and definite forms, adjectives, symbols, codes, abbreviations.
        { "دفعت الشركة غرامة قدرها 40 مليون جنيه إسترليني", "amount 40000000 GBP exact" },
        { "بلغت الاستثمارات 5 مليارات جنيه مصري", "amount 5000000000 EGP exact" },
        { "يبلغ سعر الحاسوب 8 آلاف ج.م", "amount 8000 EGP exact" },
        { "ضخ الصندوق 2 مليار ريال سعودي", "amount 2000000000 SAR exact" },
        { "استثمر الجهاز 700 مليون ريال قطري", "amount 700000000 QAR exact" },
        { "بلغت قيمة المشروع 50 مليون درهم إماراتي", "amount 50000000 AED exact" },
        { "جمعت الشركة 15 مليون دينار كويتي", "amount 15000000 KWD exact" },
        { "خصصت الوزارة 20 مليون دينار أردني", "amount 20000000 JOD exact" },
        { "بلغت الأرباح 4 ملايين دينار بحريني", "amount 4000000 BHD exact" },
        { "بلغت الموازنة 900 مليار دينار عراقي", "amount 900000000000 IQD exact" },
        { "تجاوزت الخسائر 80 تريليون ليرة لبنانية", "amount 80000000000000 LBP atLeast" },
        { "لم تتجاوز تكلفة تدريب النموذج 6 ملايين دولار", "amount 6000000 USD atMost" },
        { "ناهزت القيمة السوقية للشركة 3 تريليونات دولار", "amount 3000000000000 USD approximate" },
        { "بلغت الصادرات 12 مليار ليرة تركية", "amount 12000000000 TRY exact" },
        { "كلف مركز البيانات 300 مليون يوان", "amount 300000000 CNY exact" },
        { "بلغت الاستثمارات 100 مليار ين ياباني", "amount 100000000000 JPY exact" },
        { "بلغت المبيعات 500 مليون روبية هندية", "amount 500000000 INR exact" },
        { "جمعت الشركة الناشئة 90 مليون شيكل", "amount 90000000 ILS exact" },
        { "بلغت الصادرات 6 مليارات درهم مغربي", "amount 6000000000 MAD exact" },
        { "بلغ التمويل 25 مليون فرنك سويسري", "amount 25000000 CHF exact" },
        { "بلغت قيمة العقد 3 ملايين ريال عماني", "amount 3000000 OMR exact" },
        { "بلغت قيمة الصفقة 5 مليارات دولار أمريكي", "amount 5000000000 USD exact" },
        { "بلغت القيمة 50 مليون دولار كندي", "amount 50000000 CAD exact" },
        { "بلغت التكلفة 6 ملايين من الدولارات", "amount 6000000 USD exact" },
        { "اشترت الشركة المنصة بمليار دولار", "amount 1000000000 USD exact" },
        { "بيعت الشركة بـ6 ملايين دولار", "amount 6000000 USD exact" },
        { "سعر التذكرة 30 سنتاً", "amount 0.3 USD exact" },
        { "بلغ سعر الساعة لاستئجار الخادم دولارين", "amount 2 USD exact" },
        { "The EU pledged €750m for chips.", "amount 750000000 EUR exact" },
        { "Britain will spend £2bn on compute.", "amount 2000000000 GBP exact" },
        { "The fund holds US$3 billion.", "amount 3000000000 USD exact" },
        { "Riyadh committed SAR 500 million to the plan.", "amount 500000000 SAR exact" },
        { "The deal is valued at 5 million AED.", "amount 5000000 AED exact" },

        // Bounds.
        { "طورت النموذج بأقل من 10 ملايين دولار", "amount 10000000 USD atMost" },
        { "بميزانية لا تتجاوز 3 ملايين دولار", "amount 3000000 USD atMost" },
        { "تخطط الشركة لجمع ما يصل إلى 40 مليار دولار", "amount 40000000000 USD atMost" },
        { "بحد أقصى 5 ملايين يورو", "amount 5000000 EUR atMost" },
        { "أنفقت أكثر من 100 مليون دولار", "amount 100000000 USD atLeast" },
        { "ضخت ما لا يقل عن 2 مليار دولار", "amount 2000000000 USD atLeast" },
        { "إنفاق يتجاوز 50 مليار دولار", "amount 50000000000 USD atLeast" },
        { "تكلف 20 مليون دولار على الأقل", "amount 20000000 USD atLeast" },
        { "بلغت الخسائر نحو 300 مليون دولار", "amount 300000000 USD approximate" },
        { "بلغت الإيرادات حوالي 7 مليارات دولار", "amount 7000000000 USD approximate" },
        { "تراجعت القيمة قرابة 600 مليار دولار", "amount 600000000000 USD approximate" },
        { "بتكلفة ما يقارب 12 مليون دولار", "amount 12000000 USD approximate" },
        { "جمعت زهاء 4 ملايين دولار", "amount 4000000 USD approximate" },
        { "قدرت الكلفة بحدود 250 مليون دولار", "amount 250000000 USD approximate" },
        { "بلغ الإنفاق 9 ملايين دولار تقريباً", "amount 9000000 USD approximate" },
        { "The model cost more than $1 billion to build.", "amount 1000000000 USD atLeast" },
        { "It may raise up to $40bn.", "amount 40000000000 USD atMost" },
        { "The fine came to about $300m.", "amount 300000000 USD approximate" },

        // Ranges, with the unit written once at the end.
        { "تتراوح الكلفة بين 5 و7 ملايين دولار", "amount 5000000-7000000 USD range" },
        { "تنفق ما بين 20 و30 مليار دولار سنويا", "amount 20000000000-30000000000 USD range" },
        { "تكلف من 100 إلى 150 مليون دولار", "amount 100000000-150000000 USD range" },
        { "يتطلب المشروع 10-15 مليون دولار", "amount 10000000-15000000 USD range" },
        { "تقدر قيمتها بين 500 مليون ومليار دولار", "amount 500000000-1000000000 USD range" },
        { "تقدر قيمتها بين 800 و1.2 مليار دولار", "amount 800000000-1200000000 USD range" },
        { "تتراوح الأسعار من 3 ملايين إلى 5 ملايين يورو", "amount 3000000-5000000 EUR range" },
        { "The round will bring between $2bn and $3bn.", "amount 2000000000-3000000000 USD range" },
        { "The deal is worth $5-10 million.", "amount 5000000-10000000 USD range" },

        // Magnitudes without a number: the magnitude is the amount, the bound unspecified.
        { "تنفق الشركات مليارات الدولارات على الرقائق", "amount 1000000000 USD unspecified" },
        { "ضخ المستثمرون عشرات المليارات من الدولارات", "amount 10000000000 USD unspecified" },
        { "جمعت الشركات الناشئة مئات الملايين من الدولارات", "amount 100000000 USD unspecified" },
        { "تنفق الحكومات عشرات المليارات على الرقائق", "amount 10000000000 - unspecified" },
        { "يكلف الخادم آلاف الدولارات", "amount 1000 USD unspecified" },
        { "خسر المستثمرون ملايين الدولارات", "amount 1000000 USD unspecified" },
        { "وصلت الاستثمارات إلى عشرات الآلاف من الدولارات", "amount 10000 USD unspecified" },
        { "باعت الشركة أسهما بقيمة بضعة ملايين دولار", "amount 1000000 USD unspecified" },
        { "Big tech is pouring billions of dollars into AI.", "amount 1000000000 USD unspecified" },
        { "Startups raised hundreds of millions of dollars.", "amount 100000000 USD unspecified" },

        // Cost ratios.
        { "دربت الشركة نموذجها بتكلفة أقل بعشرين مرة", "ratio 20 lower" },
        { "الخدمة الجديدة أرخص بثلاثين مرة من سابقتها", "ratio 30 lower" },
        { "أصبح التشغيل أقل تكلفة بخمس مرات", "ratio 5 lower" },
        { "أنفق المنافس سبعة أضعاف التكلفة", "ratio 7 higher" },
        { "باعت الرقاقة بضعف السعر", "ratio 2 higher" },
        { "يعمل النظام بنصف التكلفة", "ratio 2 lower" },
        { "يباع الجهاز بربع السعر", "ratio 4 lower" },
        { "أصبحت الرقائق أغلى بثلاث مرات", "ratio 3 higher" },
        { "تكاليف التشغيل أعلى بأربع مرات", "ratio 4 higher" },
        { "كان أرخص من نماذج المنافسين بعشرين مرة", "ratio 20 lower" },
        { "يكلف التدريب أقل بـ10 مرات", "ratio 10 lower" },
        { "The new model is 15 times cheaper to run.", "ratio 15 lower" },
        { "It matches rivals at a quarter of the cost.", "ratio 4 lower" },
        { "The chip sells for three times the price of its predecessor.", "ratio 3 higher" },
        { "Inference is ten times less expensive now.", "ratio 10 lower" },

        // Comparisons that are not about cost.
        { "أصبح النموذج أسرع بعشر مرات", "none" },
        { "الجيل الجديد أقوى بعشرين مرة", "none" },
        { "الرقاقة أكثر كفاءة بخمس مرات", "none" },
        { "The new chip is ten times faster.", "none" },

        // Not money: percentages, counts, years, dates, ranks, model names.
        { "ارتفع السهم 8% في التداولات", "none" },
        { "نما القطاع بنسبة 12 في المئة", "none" },
        { "يضم النموذج 671 مليار معلمة", "none" },
        { "دربت الشركة النموذج على 2000 شريحة", "none" },
        { "يستخدمه 100 مليون مستخدم شهريا", "none" },
        { "يستخدمه الملايين حول العالم", "none" },
        { "يعمل لدى الشركة عشرات الآلاف من الموظفين", "none" },
        { "أطلقت الشركة نموذجها في 20 يناير 2025", "none" },
        { "احتل التطبيق المركز 3 في الترتيب", "none" },
        { "قارن الباحثون نموذج GPT-4 بنموذج o3", "none" },
        { "تعتمد الشركة على شرائح H800 من إنفيديا", "none" },
        { "Shares fell 17% on Monday.", "none" },
        { "Add 4 pounds of flour to the mix.", "none" },
        { "The bill came to 4m, the report said, after costs rose.", "none" },
        { "Onay için 4 yer ayrıldı.", "none" },
        { "انخفض سعر الاشتراك من 10 إلى 5 دولارات", "amount 5 USD exact" },

        // Qualitative claims are reported but carry no amount.
        { "حققت الشركة ذلك بتكاليف أقل بكثير", "qualitative" },
        { "عملت الشركة بميزانية محدودة", "qualitative" },
        { "أطلقت الشركة نموذجا منخفض التكلفة", "qualitative" },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void PhraseYieldsTheExpectedClaim(string phrase, string expected)
    {
        var claims = Analyzer.Analyze(phrase).CostClaims;

        var mismatch = ClaimSpec.Parse(expected).Mismatch(phrase, claims);

        Assert.Null(mismatch);
    }

    [Fact]
    public void TheTableCoversAtLeastEightyPhrases()
    {
        Assert.True(Phrases.Count() >= 80, $"only {Phrases.Count()} phrases");
    }
}
