using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Analysis.Entities;

/// <summary>
/// Ordinary words that happen to lie one edit away from a catalogued name, or that a person's name contains
/// (جو in جو بايدن is also "weather"). They are never read as a typo of a name nor as a person's short form, and a
/// cue alias that contains one (العربية، أو 3) needs a cue word or quotation marks, not just context.
/// This is language data, not catalog data: a deployment's own catalog gets the same protection.
/// </summary>
public static class OrdinaryWords
{
    private static readonly string[] Words =
    [
        // Arabic function words and particles found inside names.
        "في", "من", "الى", "على", "علي", "عن", "مع", "ما", "لا", "لي", "له", "لها", "هو", "هي", "بن", "بنت", "ابن", "ال",
        "ابو", "عبد", "جو", "دي", "لو", "سو", "شي", "بو", "فو", "وو", "يي", "صن", "او", "ان", "ام",
        // Arabic words that a person's short form would otherwise claim once hamza is folded (فإن → فان, بات = became).
        "فان", "بات", "جيم", "كان", "مين",
        // Arabic words one edit away from a name of six letters or more.
        "علي باب", "على باب", "امارات", "الامارات", "المتحده", "الاميركي", "الامريكي", "السعودي", "الاوروبي",
        "تايواني", "اليابانى", "الياباني", "المانيا", "الالماني", "بريطاني", "البريطاني", "الفرنسي", "الصيني", "الصينيه",
        "الهندي", "الهنديه", "المصري", "المصريه", "الروسي", "الكوري", "القطري", "الكويتي", "البحريني", "المغربي",
        "الاردني", "التركي", "الكندي", "الاسرائيلي", "السنغافوري", "الاسيوي", "الاسيويه",
        "ملكه", "المملكه", "الرياضي", "الرياضه", "رياض", "القاهره", "قاهره", "الجزيره", "جزيره", "العربيه", "عربيه",
        "الشرق", "الشرقي", "الشرقيه", "بارد", "اسند", "مبادله", "ستار", "مايكرو", "ميتافيرس", "الكترونيات", "شبكات", "شبكه", "بوابه",
        "الغرب", "الدوله", "الاداره", "الادارات", "الاشارات", "الاطارات", "الظاهره", "القاره", "مبادره", "البحريه",
        "البحري", "الريال", "الرياح", "البانيا", "المافيا", "هوندا", "ايوان", "امريكان", "اميركان", "هجومين",
        "روحانيا", "كولونيل", "الكاملين", "الاسماعيلي", "بتكوين",
        // Arabic words that are also the short or local name of a company, a place or a platform (بين = between and
        // Bain, أرقام = figures and Argaam, كريم = generous and Careem, سيول = floods and Seoul): such a cue alias needs
        // a cue word or quotation marks, never context alone.
        "بين", "ارقام", "كريم", "فوري", "نون", "طلبات", "سله", "علم", "زين", "تداول", "ومضه", "الحره", "حالا", "خزنه",
        "الخبر", "ينبع", "اكسل", "جاهز", "الات",
        "فيزا", "بوش", "فورد", "كاكاو", "جيلي", "كاتل", "سير", "ساري", "مرسول", "نعناع", "بيوت", "زينه", "ناوي", "بوسطه",
        "شاهد", "اجاده", "حصانه", "معادن", "روشن", "تاسي", "اعمار", "لونيت", "ابيك", "الميادين", "كوبالت", "ابشر", "توكلنا",
        "فنار", "المونيتور", "سيلندر", "كانون", "شارب", "ويسترون",
        // English words one edit away from a name, for Latin words in Arabic text.
        "routers", "router", "mistrial", "clause", "clauses", "alphabets", "metal", "meta-", "amazons", "oracles",
        "apples", "anthropics", "li", "ma", "wu", "de", "van", "von", "der", "bin", "al",
    ];

    /// <summary>
    /// Given names and surnames that are also everyday words (أمين trustworthy, secretary; روس Russians; سام toxic; راي
    /// opinion once hamza is folded; مات died). Such a word names a person only where a name stands (see
    /// <see cref="EntityRecognizer"/>), not wherever it occurs after the person was named.
    /// </summary>
    private static readonly string[] NameWords =
    [
        "أمين", "كريم", "سعيد", "جميل", "حسن", "نبيل", "عادل", "صالح", "رشيد", "شريف", "فريد", "ماجد", "سالم", "أمل", "نور",
        "هدى", "منى", "سلام", "وليد", "ناصر", "منصور", "فهد", "أسد", "نمر", "صقر", "بدر", "هلال", "سامي", "راشد", "خالد",
        "سلطان", "زايد", "عمر", "حمد", "عماد", "فيصل", "مراد", "نجيب", "لطيف", "حكيم", "عزيز", "رحيم", "شاكر", "حامد",
        "محمود", "مسعود", "مبارك", "ثابت", "صابر", "ياسر", "ناجي", "باسم", "جواد", "كمال", "جمال", "فاضل", "رضا", "نصر",
        "وفاء", "حياة", "طلعت", "روس", "دين", "سام", "راي", "رأي", "جين", "لين", "مات", "بول", "دان", "بيك", "ريم", "آن",
    ];

    private static readonly HashSet<string> Set = new(Words.Select(TextNormalizer.NormalizeString), StringComparer.Ordinal);

    private static readonly HashSet<string> NameWordSet = new(NameWords.Select(TextNormalizer.NormalizeString), StringComparer.Ordinal);

    /// <summary>True for a normalised word that is a name and also an everyday word (أمين، روس، سام).</summary>
    public static bool IsCommonNameWord(string normalized) => NameWordSet.Contains(normalized);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Set.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a normalised word (or space-joined words) that is an ordinary word, never a name.</summary>
    public static bool Contains(ReadOnlySpan<char> normalized) => Lookup.Contains(normalized);
}
