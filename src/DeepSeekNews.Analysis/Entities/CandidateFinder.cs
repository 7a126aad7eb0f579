using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Analysis.Entities;

/// <summary>
/// Names the catalog lacks, offered to curators in <see cref="AnalysisResult.Candidates"/> and never counted as
/// entities: Latin-script names inside Arabic text ("Test Time Scaling", Moonshot's "Kimi k2"), and the name after a
/// cue word — «شركة X»، «صحيفة X»، «منصة X»، «نموذج X» — quoted or written as bare undefined words. The cue word
/// gives the type guess. Each distinct name is offered once, at its first place.
/// </summary>
public sealed class CandidateFinder
{
    private const int MaxWords = 4;

    private static readonly Dictionary<string, EntityType> Cues = new[]
    {
        ("شركة", EntityType.Organization), ("الشركة", EntityType.Organization), ("شركات", EntityType.Organization),
        ("مجموعة", EntityType.Organization), ("مختبر", EntityType.Organization), ("مختبرات", EntityType.Organization),
        ("صحيفة", EntityType.Organization), ("الصحيفة", EntityType.Organization), ("جريدة", EntityType.Organization),
        ("مجلة", EntityType.Organization), ("وكالة", EntityType.Organization), ("قناة", EntityType.Organization),
        ("موقع", EntityType.Organization), ("جامعة", EntityType.Organization), ("صندوق", EntityType.Organization),
        ("بنك", EntityType.Organization), ("منصة", EntityType.Product), ("المنصة", EntityType.Product),
        ("تطبيق", EntityType.Product), ("التطبيق", EntityType.Product), ("نموذج", EntityType.Product),
        ("النموذج", EntityType.Product), ("نماذج", EntityType.Product), ("رقاقة", EntityType.Product),
        ("رقائق", EntityType.Product), ("شريحة", EntityType.Product), ("روبوت", EntityType.Product),
        ("برنامج", EntityType.Product), ("أداة", EntityType.Product), ("مساعد", EntityType.Product),
        ("خدمة", EntityType.Product), ("مدينة", EntityType.Location), ("ولاية", EntityType.Location),
        ("company", EntityType.Organization), ("startup", EntityType.Organization), ("model", EntityType.Product),
        ("chip", EntityType.Product), ("app", EntityType.Product), ("platform", EntityType.Product),
    }.ToDictionary(c => TextNormalizer.NormalizeString(c.Item1), c => c.Item2, StringComparer.Ordinal);

    private static readonly Dictionary<string, EntityType>.AlternateLookup<ReadOnlySpan<char>> CueLookup = Cues.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly WordSet CueWords = new(Cues.Keys);

    /// <summary>Words that follow a cue word as ordinary words, not as a name (شركة ناشئة، منصة رقمية، نموذج جديد).</summary>
    private static readonly HashSet<string> NotNames = new[]
    {
        "ناشئة", "عملاقة", "كبرى", "كبيرة", "صغيرة", "جديدة", "جديد", "واحدة", "أخرى", "رائدة", "تابعة", "مملوكة", "تقنية",
        "تكنولوجيا", "تكنولوجية", "متخصصة", "محلية", "عالمية", "دولية", "ناشئه", "مدرجة", "حكومية", "خاصة", "عامة",
        "رقمية", "ذكاء", "لغوي", "لغة", "مفتوح", "مفتوحة", "مغلق", "متقدم", "متقدمة", "قوي", "قوية", "أقوى", "أفضل",
        "أكبر", "أصغر", "أحدث", "أول", "ثاني", "ثالث", "آخر", "مثل", "هذا", "هذه", "ذلك", "تلك", "كل", "بعض", "عدة",
        "التي", "الذي", "في", "من", "على", "إلى", "عن", "مع", "بعد", "قبل", "بين", "حول", "تدعى", "تسمى", "يدعى",
        "يسمى", "باسم", "اسمها", "قد", "لم", "لن", "ما", "لا", "هي", "هو", "أن", "إن", "كان", "كانت", "تعمل", "تعتمد",
        "يعمل", "يعتمد", "أمريكية", "أميركية", "صينية", "أوروبية", "عربية", "سعودية", "إماراتية", "مصرية", "ذات",
        "بحثي", "بحثية", "استثمار", "استثمارية", "توليدي", "توليدية", "محادثة", "دردشة", "تواصل", "اجتماعي", "إلكترونية",
        "إخبارية", "أنباء", "الأنباء", "إخباري", "متطور", "متطورة", "مماثلة", "منافسة", "منافس", "مصنعة", "كمبيوتر",
        "أثناء", "خلال", "عبر", "لدى", "حيث", "بعدما", "عندما", "بينما", "لكن", "لكنها", "أيضا", "أيضاً", "نفسها", "نفسه",
        "وحدها", "الآن", "اليوم", "أمس", "هنا", "هناك", "فقط", "تقريبا", "جدا", "مؤخرا", "سابقا", "لاحقا", "رسميا",
    }.Select(TextNormalizer.NormalizeString).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> EnglishEdgeWords = ["the", "of", "and", "a", "an", "in", "on", "for", "to", "by", "with", "s"];

    public IReadOnlyList<Candidate> Find(AnalyzedText analyzed)
    {
        var tokens = analyzed.Tokens;
        var value = analyzed.Normalized.Value;
        var covered = new bool[tokens.Count];
        foreach (var match in analyzed.Entities)
        {
            for (var t = match.FirstToken; t <= match.LastToken; t++)
            {
                covered[t] = true;
            }
        }
        var arabicText = analyzed.Language == LanguageDetector.Arabic;
        var result = new List<Candidate>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        for (var t = 0; t < tokens.Count; t++)
        {
            if (covered[t])
            {
                continue;
            }
            var cue = CueBefore(value, tokens, t, out var cueType, out var cueToken);
            if (arabicText && tokens[t].Kind == TokenKind.Latin)
            {
                var last = t;
                while (last + 1 < tokens.Count && last - t + 1 < MaxWords && !covered[last + 1]
                       && tokens[last + 1].Kind is TokenKind.Latin or TokenKind.Number && Tokenizer.AreJoined(value, tokens[last], tokens[last + 1]))
                {
                    last++;
                }
                var first = t;
                while (first <= last && EnglishEdgeWords.Contains(tokens[first].Text))
                {
                    first++;
                }
                while (last >= first && EnglishEdgeWords.Contains(tokens[last].Text))
                {
                    last--;
                }
                if (first <= last && (last > first || tokens[first].Length > 1))
                {
                    var guess = cue ? cueType : tokens.Skip(first).Take(last - first + 1).Any(k => k.Text.Any(char.IsAsciiDigit)) ? EntityType.Product : EntityType.Organization;
                    Add(first, last, guess, cue ? tokens[cueToken].Text : "latin");
                }
                t = Math.Max(t, last);
                continue;
            }
            if (!cue || tokens[t].Kind != TokenKind.Arabic)
            {
                continue;
            }
            var quoted = cueToken < t && value.AsSpan(tokens[cueToken].End, tokens[t].Start - tokens[cueToken].End).Contains('"');
            // «الشركة الصينية»، «الشركات الكبرى»: after a definite or plural cue an unquoted word is not a name.
            if (!quoted && !IndefiniteSingularCue(tokens[cueToken].Text))
            {
                continue;
            }
            var end = t - 1;
            for (var k = t; k < tokens.Count && k - t < (quoted ? MaxWords : 2) && !covered[k] && tokens[k].Kind == TokenKind.Arabic; k++)
            {
                if (k > t && !Tokenizer.AreJoined(value, tokens[k - 1], tokens[k]))
                {
                    break;
                }
                if (!quoted && !LooksLikeName(tokens[k].Text))
                {
                    break;
                }
                end = k;
                if (quoted && k + 1 < tokens.Count && value.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End).Contains('"'))
                {
                    break;
                }
            }
            if (end >= t)
            {
                Add(t, end, cueType, tokens[cueToken].Text);
                t = end;
            }
        }
        return result;

        void Add(int first, int last, EntityType type, string cueWord)
        {
            var (start, end) = analyzed.Normalized.ToOriginal(tokens[first].Start, tokens[last].End);
            var name = analyzed.Original[start..end];
            if (seen.Add(TextNormalizer.NormalizeString(name)))
            {
                result.Add(new Candidate(name, type, start, end, cueWord));
            }
        }
    }

    /// <summary>
    /// An undefined Arabic word that is not an ordinary follower of a cue word, not a nisba adjective (صينية، رقمي)
    /// and not a verb-like or function word: the shape of a transliterated name (مونشوت، زيبو).
    /// </summary>
    private static bool LooksLikeName(string word) =>
        word.Length >= 3
        && !word.StartsWith("ال", StringComparison.Ordinal)
        && !word.EndsWith("يه", StringComparison.Ordinal)
        && !word.EndsWith("يات", StringComparison.Ordinal)
        && !NotNames.Contains(word)
        && !Cues.ContainsKey(word);

    private static bool IndefiniteSingularCue(string word) =>
        Cues.ContainsKey(word) && !word.StartsWith("ال", StringComparison.Ordinal) && !word.EndsWith("ات", StringComparison.Ordinal)
        && word is not ("نماذج" or "رقايق");

    private static bool CueBefore(string value, IReadOnlyList<Token> tokens, int index, out EntityType type, out int cueToken)
    {
        type = EntityType.Organization;
        cueToken = index - 1;
        if (cueToken < 0)
        {
            return false;
        }
        if (Clitics.IsBareProclitic(tokens[cueToken].Text) && cueToken > 0)
        {
            cueToken--;
        }
        // The cue word first: it rules out almost every word without looking at what lies between.
        if (!IsCue(tokens[cueToken].Text, out type))
        {
            return false;
        }
        for (var k = tokens[cueToken].End; k < tokens[index].Start; k++)
        {
            if (value[k] is not (' ' or '"' or '(') && !TextNormalizer.IsArabicLetter(value[k]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsCue(string text, out EntityType type)
    {
        var word = text.AsSpan();
        if (CueWords.Contains(word) && CueLookup.TryGetValue(word, out type))
        {
            return true;
        }
        Span<CliticReading> readings = stackalloc CliticReading[Clitics.MaxReadings];
        var count = Clitics.Readings(word, readings);
        for (var r = 0; r < count; r++)
        {
            var stem = word[readings[r].StemStart..];
            if (!readings[r].RestoreArticle && CueWords.Contains(stem) && CueLookup.TryGetValue(stem, out type))
            {
                return true;
            }
        }
        type = EntityType.Organization;
        return false;
    }
}
