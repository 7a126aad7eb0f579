namespace DeepSeekNews.Analysis.Money;

internal enum NumberWordKind
{
    /// <summary>1–10 (واحد … عشرة, one … ten): may take عشر (teens), مئة (ثلاث مئة) or أرباع after it.</summary>
    Unit,
    /// <summary>11–19 written as one word (English eleven … nineteen).</summary>
    Teen,
    /// <summary>20–90.</summary>
    Ten,
    /// <summary>100–900 (مئة، مائتان، خمسمائة).</summary>
    Hundred,
    /// <summary>Thousand, million, billion, trillion (and crore, lakh): multiplies what precedes it.</summary>
    Scale,
    /// <summary>نصف، ربع، ثلث، half, quarter.</summary>
    Fraction,
    /// <summary>أرباع after a unit (ثلاثة أرباع = ¾).</summary>
    Quarters,
    /// <summary>A vague multiplier that needs a scale or a currency after it: عشرات، مئات، بضعة، عدة، tens, hundreds, several.</summary>
    Vague,
}

internal enum ScaleForm { Singular, Dual, Plural }

/// <summary>What one number word means. <see cref="Definite"/> is set for المليار / المليارات.</summary>
internal readonly record struct NumberWord(NumberWordKind Kind, decimal Value, ScaleForm Form = ScaleForm.Singular, bool Definite = false);

/// <summary>
/// Arabic and English number words, in normalised spelling (مئة is ميه and مائة is مايه once ئ folds to ي and ة to ه;
/// every entry below goes through the same normaliser as the article, so the tables are written in plain Arabic).
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, NumberWord> Arabic = BuildArabic();
    private static readonly Dictionary<string, NumberWord> English = BuildEnglish();

    /// <summary>Classifies a normalised Arabic stem (after proclitics); the article ال is allowed on scales and vague words.</summary>
    public static NumberWord? ClassifyArabic(string stem)
    {
        if (Arabic.TryGetValue(stem, out var word))
        {
            return word;
        }
        if (stem.Length > 3 && stem.StartsWith("ال", StringComparison.Ordinal) && Arabic.TryGetValue(stem[2..], out var definite)
            && definite.Kind is NumberWordKind.Scale or NumberWordKind.Vague or NumberWordKind.Hundred)
        {
            return definite with { Definite = true };
        }
        return null;
    }

    /// <summary>
    /// Every word <see cref="ClassifyArabic"/> or <see cref="ClassifyEnglish"/> recognises: the tables' words, and
    /// Arabic scales, vague words and hundreds with ال.
    /// </summary>
    public static IEnumerable<string> Stems =>
        Arabic.Keys
            .Concat(Arabic.Where(w => w.Value.Kind is NumberWordKind.Scale or NumberWordKind.Vague or NumberWordKind.Hundred).Select(w => "ال" + w.Key))
            .Concat(English.Keys);

    public static NumberWord? ClassifyEnglish(string word) => English.TryGetValue(word, out var w) ? w : null;

    private static Dictionary<string, NumberWord> BuildArabic()
    {
        var table = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        void Add(NumberWordKind kind, decimal value, ScaleForm form, params string[] forms)
        {
            foreach (var f in forms)
            {
                table[ArabicForms.N(f)] = new NumberWord(kind, value, form);
            }
        }
        void Unit(decimal value, params string[] forms) => Add(NumberWordKind.Unit, value, ScaleForm.Singular, forms);
        void Ten(decimal value, params string[] forms) => Add(NumberWordKind.Ten, value, ScaleForm.Singular, forms);
        void Hundred(decimal value, params string[] forms) => Add(NumberWordKind.Hundred, value, ScaleForm.Singular, forms);
        void Scale(decimal value, ScaleForm form, params string[] forms) => Add(NumberWordKind.Scale, value, form, forms);

        Unit(1, "واحد", "واحدة", "واحداً", "أحد", "إحدى");
        Unit(2, "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي", "إثنان", "إثنين");
        Unit(3, "ثلاث", "ثلاثة");
        Unit(4, "أربع", "أربعة");
        Unit(5, "خمس", "خمسة");
        Unit(6, "ست", "ستة");
        Unit(7, "سبع", "سبعة");
        Unit(8, "ثمان", "ثماني", "ثمانية");
        Unit(9, "تسع", "تسعة");
        Unit(10, "عشر", "عشرة");
        Ten(20, "عشرون", "عشرين");
        Ten(30, "ثلاثون", "ثلاثين");
        Ten(40, "أربعون", "أربعين");
        Ten(50, "خمسون", "خمسين");
        Ten(60, "ستون", "ستين");
        Ten(70, "سبعون", "سبعين");
        Ten(80, "ثمانون", "ثمانين");
        Ten(90, "تسعون", "تسعين");
        Hundred(100, "مئة", "مائة", "مية", "مئه", "مائه");
        Hundred(200, "مئتان", "مئتين", "مئتا", "مئتي", "مائتان", "مائتين", "مائتا", "مائتي");
        var unitStems = new (int Value, string[] Stems)[]
        {
            (3, ["ثلاث"]), (4, ["أربع"]), (5, ["خمس"]), (6, ["ست"]), (7, ["سبع"]), (8, ["ثمان", "ثماني"]), (9, ["تسع"]),
        };
        foreach (var (value, stems) in unitStems)
        {
            foreach (var stem in stems)
            {
                Hundred(value * 100, stem + "مئة", stem + "مائة", stem + "مية");
            }
        }

        Scale(1_000, ScaleForm.Singular, "ألف", "ألفاً", "الفا");
        Scale(1_000, ScaleForm.Dual, "ألفان", "ألفين", "ألفي");
        Scale(1_000, ScaleForm.Plural, "آلاف", "ألوف");
        Scale(1_000_000, ScaleForm.Singular, "مليون", "مليوناً", "ميليون");
        Scale(1_000_000, ScaleForm.Dual, "مليونان", "مليونين", "مليوني");
        Scale(1_000_000, ScaleForm.Plural, "ملايين");
        Scale(1_000_000_000, ScaleForm.Singular, "مليار", "ملياراً", "بليون", "بليوناً", "ميليارد", "مليارد");
        Scale(1_000_000_000, ScaleForm.Dual, "ملياران", "مليارين", "ملياري", "بليونان", "بليونين", "بليوني");
        Scale(1_000_000_000, ScaleForm.Plural, "مليارات", "بلايين", "بليونات");
        Scale(1_000_000_000_000, ScaleForm.Singular, "تريليون", "تريليوناً", "ترليون", "ترليوناً");
        Scale(1_000_000_000_000, ScaleForm.Dual, "تريليونان", "تريليونين", "تريليوني", "ترليونان", "ترليونين", "ترليوني");
        Scale(1_000_000_000_000, ScaleForm.Plural, "تريليونات", "ترليونات");

        Add(NumberWordKind.Fraction, 0.5m, ScaleForm.Singular, "نصف");
        Add(NumberWordKind.Fraction, 0.25m, ScaleForm.Singular, "ربع");
        Add(NumberWordKind.Fraction, 1m / 3m, ScaleForm.Singular, "ثلث");
        Add(NumberWordKind.Fraction, 2m / 3m, ScaleForm.Singular, "ثلثا", "ثلثي");
        Add(NumberWordKind.Quarters, 0.25m, ScaleForm.Plural, "أرباع");

        Add(NumberWordKind.Vague, 10, ScaleForm.Plural, "عشرات");
        Add(NumberWordKind.Vague, 100, ScaleForm.Plural, "مئات", "مئآت");
        Add(NumberWordKind.Vague, 1, ScaleForm.Plural, "بضع", "بضعة", "عدة");

        return table;
    }

    private static Dictionary<string, NumberWord> BuildEnglish()
    {
        var table = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        string[] units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
        for (var i = 0; i < units.Length; i++)
        {
            table[units[i]] = new NumberWord(NumberWordKind.Unit, i + 1);
        }
        string[] teens = ["eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (var i = 0; i < teens.Length; i++)
        {
            table[teens[i]] = new NumberWord(NumberWordKind.Teen, i + 11);
        }
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var i = 0; i < tens.Length; i++)
        {
            table[tens[i]] = new NumberWord(NumberWordKind.Ten, (i + 2) * 10);
        }
        table["hundred"] = new NumberWord(NumberWordKind.Hundred, 100);
        foreach (var (words, value) in new (string[] Words, decimal Value)[]
        {
            (["thousand", "k"], 1_000m), (["million", "m", "mn", "mln"], 1_000_000m), (["billion", "bn", "b", "bln"], 1_000_000_000m),
            (["trillion", "tn", "trn"], 1_000_000_000_000m), (["crore"], 10_000_000m), (["lakh"], 100_000m),
        })
        {
            foreach (var w in words)
            {
                table[w] = new NumberWord(NumberWordKind.Scale, value);
            }
        }
        foreach (var (plural, value) in new (string Word, decimal Value)[]
        {
            ("thousands", 1_000m), ("millions", 1_000_000m), ("billions", 1_000_000_000m), ("trillions", 1_000_000_000_000m), ("crores", 10_000_000m),
        })
        {
            table[plural] = new NumberWord(NumberWordKind.Scale, value, ScaleForm.Plural);
        }
        table["half"] = new NumberWord(NumberWordKind.Fraction, 0.5m);
        table["quarter"] = new NumberWord(NumberWordKind.Fraction, 0.25m);
        table["tens"] = new NumberWord(NumberWordKind.Vague, 10, ScaleForm.Plural);
        table["dozens"] = new NumberWord(NumberWordKind.Vague, 10, ScaleForm.Plural);
        table["hundreds"] = new NumberWord(NumberWordKind.Vague, 100, ScaleForm.Plural);
        table["several"] = new NumberWord(NumberWordKind.Vague, 1, ScaleForm.Plural);
        return table;
    }
}
