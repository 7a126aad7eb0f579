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
        // English words one edit away from a name, for Latin words in Arabic text.
        "routers", "router", "mistrial", "clause", "clauses", "alphabets", "metal", "meta-", "amazons", "oracles",
        "apples", "anthropics", "li", "ma", "wu", "de", "van", "von", "der", "bin", "al",
    ];

    private static readonly HashSet<string> Set = new(Words.Select(TextNormalizer.NormalizeString), StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Set.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a normalised word (or space-joined words) that is an ordinary word, never a name.</summary>
    public static bool Contains(ReadOnlySpan<char> normalized) => Lookup.Contains(normalized);
}
