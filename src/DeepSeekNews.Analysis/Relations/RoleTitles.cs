using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Analysis.Relations;

/// <summary>A job title read from the words of an article, with its English rendering.</summary>
/// <param name="FirstToken">First word of the title.</param>
/// <param name="LastToken">Last word of the title.</param>
/// <param name="Role">English role: "CEO", "senior research director", "co-founder".</param>
public readonly record struct RoleTitle(int FirstToken, int LastToken, string Role);

/// <summary>
/// Reads job titles in Arabic and English. A title is a head (مدير، رئيس، مؤسس، director) with optional domains
/// (الأبحاث → research) and qualifiers (الأول → senior), or a fixed phrase (الرئيس التنفيذي → CEO). The English
/// rendering puts qualifiers and domains before the head: «مدير الأبحاث الأول» → "senior research director".
/// Arabic words are compared without their article, so الرئيس التنفيذي and رئيس تنفيذي are one title.
/// </summary>
public static class RoleTitles
{
    private static readonly (string[] Words, string Role)[] ArabicFixed = NormalizedPhrases(
    [
        (["رئيس", "تنفيذي", "للعمليات"], "COO"),
        (["رئيس", "تنفيذي", "للتكنولوجيا"], "CTO"),
        (["رئيس", "تنفيذي", "للتقنية"], "CTO"),
        (["رئيس", "تنفيذي"], "CEO"),
        (["رئيسة", "تنفيذية"], "CEO"),
        (["مدير", "تنفيذي"], "CEO"),
        (["مديرة", "تنفيذية"], "CEO"),
        (["رئيس", "مجلس", "إدارة"], "chairman"),
        (["رئيسة", "مجلس", "إدارة"], "chair"),
        (["رئيس", "مجلس", "الإدارة"], "chairman"),
        (["مدير", "مالي"], "CFO"),
        (["مدير", "تقني"], "CTO"),
        (["كبير", "علماء"], "chief scientist"),
        (["كبيرة", "علماء"], "chief scientist"),
        (["كبير", "باحثين"], "chief researcher"),
        (["كبير", "اقتصاديين"], "chief economist"),
        (["كبير", "محللين"], "chief analyst"),
        (["كبير", "مسؤولي", "تكنولوجيا"], "CTO"),
        (["شريك", "مؤسس"], "co-founder"),
        (["مؤسس", "مشارك"], "co-founder"),
        (["مؤسسة", "مشاركة"], "co-founder"),
        (["نائب", "رئيس", "تنفيذي"], "executive vice president"),
        (["نائب", "رئيس"], "vice president"),
        (["نائبة", "رئيس"], "vice president"),
        (["متحدث", "باسم"], "spokesperson"),
        (["متحدثة", "باسم"], "spokesperson"),
        (["عضو", "منتدب"], "managing director"),
        (["مدير", "عام"], "general manager"),
        (["رئيس", "وزراء"], "prime minister"),
        (["ولي", "عهد"], "crown prince"),
    ]);

    private static readonly Dictionary<string, string> ArabicHeads = Normalized(new()
    {
        ["رئيس"] = "president", ["رئيسة"] = "president", ["مدير"] = "director", ["مديرة"] = "director",
        ["مؤسس"] = "founder", ["باحث"] = "researcher", ["باحثة"] = "researcher", ["محلل"] = "analyst",
        ["محللة"] = "analyst", ["مهندس"] = "engineer", ["مهندسة"] = "engineer", ["أستاذ"] = "professor",
        ["أستاذة"] = "professor", ["مستشار"] = "adviser", ["مستشارة"] = "adviser", ["وزير"] = "minister",
        ["وزيرة"] = "minister", ["سفير"] = "ambassador", ["مسؤول"] = "official", ["مسؤولة"] = "official",
        ["قائد"] = "head", ["عالم"] = "scientist", ["عالمة"] = "scientist",
    });

    private static readonly Dictionary<string, string> ArabicDomains = Normalized(new()
    {
        ["أبحاث"] = "research", ["بحوث"] = "research", ["بحث"] = "research", ["تكنولوجيا"] = "technology",
        ["تقنية"] = "technology", ["منتجات"] = "product", ["منتج"] = "product", ["عمليات"] = "operations",
        ["استثمار"] = "investment", ["استثمارات"] = "investment", ["استراتيجية"] = "strategy", ["تسويق"] = "marketing",
        ["هندسة"] = "engineering", ["علوم"] = "science", ["سياسات"] = "policy", ["سياسة"] = "policy",
        ["اتصالات"] = "communications", ["مالية"] = "finance", ["مبيعات"] = "sales", ["تجارة"] = "commerce",
        ["خارجية"] = "foreign", ["اقتصاد"] = "economy", ["صناعة"] = "industry", ["ابتكار"] = "innovation",
        ["بيانات"] = "data", ["حوسبة"] = "computing", ["رقائق"] = "chip", ["أمن"] = "security",
    });

    private static readonly Dictionary<string, string> ArabicQualifiers = Normalized(new()
    {
        ["أول"] = "senior", ["أولى"] = "senior", ["تنفيذي"] = "executive", ["تنفيذية"] = "executive", ["سابق"] = "former",
        ["سابقة"] = "former", ["إقليمي"] = "regional", ["عام"] = "general", ["عامة"] = "general", ["مساعد"] = "assistant",
    });

    private static readonly (string[] Words, string Role)[] EnglishFixed =
    [
        (["chief", "executive", "officer"], "CEO"),
        (["chief", "executive"], "CEO"),
        (["chief", "financial", "officer"], "CFO"),
        (["chief", "technology", "officer"], "CTO"),
        (["chief", "operating", "officer"], "COO"),
        (["chief", "scientist"], "chief scientist"),
        (["chief", "ai", "scientist"], "chief AI scientist"),
        (["co", "founder"], "co-founder"),
        (["vice", "president"], "vice president"),
        (["ceo"], "CEO"), (["cfo"], "CFO"), (["cto"], "CTO"), (["coo"], "COO"),
    ];

    private static readonly HashSet<string> EnglishHeads =
    [
        "founder", "cofounder", "chairman", "chairwoman", "chair", "president", "director", "head", "spokesperson",
        "spokesman", "spokeswoman", "researcher", "analyst", "engineer", "professor", "minister", "secretary", "scientist",
        "adviser", "advisor", "executive", "manager", "officer",
    ];

    private static readonly HashSet<string> EnglishModifiers =
    [
        "senior", "chief", "research", "ai", "product", "engineering", "former", "executive", "general", "managing",
        "deputy", "principal", "lead", "technology", "commerce", "foreign", "policy", "science", "founding",
    ];

    /// <summary>Reads a title that starts at word <paramref name="index"/>; null when none starts there.</summary>
    /// <param name="value">The normalised text the tokens index.</param>
    public static RoleTitle? ReadAt(string value, IReadOnlyList<Token> tokens, int index)
    {
        if (index < 0 || index >= tokens.Count)
        {
            return null;
        }
        return tokens[index].Kind == TokenKind.Latin ? ReadEnglish(value, tokens, index) : ReadArabic(value, tokens, index);
    }

    private static RoleTitle? ReadArabic(string value, IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index].Kind != TokenKind.Arabic || !MayStartTitle(tokens[index].Text))
        {
            return null;
        }
        var first = Bare(tokens[index].Text, allowConjunction: true, out _);
        string? head = null;
        var last = index;
        var fixedRole = false;
        foreach (var (words, role) in ArabicFixed)
        {
            if (words[0] != first || index + words.Length > tokens.Count)
            {
                continue;
            }
            var all = true;
            for (var k = 1; k < words.Length && all; k++)
            {
                var next = tokens[index + k];
                if (!Tokenizer.AreJoined(value, tokens[index + k - 1], next))
                {
                    all = false;
                    break;
                }
                var bare = Bare(next.Text, allowConjunction: false, out var withLi);
                // «الرئيس التنفيذي للعمليات»: the last word of a fixed phrase may carry ل.
                all = next.Kind == TokenKind.Arabic && (bare == words[k] || next.Text == words[k] || (withLi && "لل" + bare == words[k]));
            }
            if (all)
            {
                head = role;
                last = index + words.Length - 1;
                fixedRole = true;
                break;
            }
        }
        if (head is null && !ArabicHeads.TryGetValue(first, out head))
        {
            return null;
        }

        var qualifiers = new List<string>();
        var domains = new List<string>();
        var former = false;
        while (last + 1 < tokens.Count && tokens[last + 1].Kind == TokenKind.Arabic && Tokenizer.AreJoined(value, tokens[last], tokens[last + 1]))
        {
            var next = tokens[last + 1];
            var bare = Bare(next.Text, allowConjunction: false, out var withLi);
            if (!withLi && ArabicQualifiers.TryGetValue(bare, out var qualifier))
            {
                if (qualifier == "former")
                {
                    former = true;
                }
                else if (!fixedRole)
                {
                    qualifiers.Add(qualifier);
                }
                last++;
            }
            else if (bare == "ذكاء" && last + 2 < tokens.Count && Bare(tokens[last + 2].Text, false, out _) == "اصطناعي")
            {
                domains.Add("AI");
                last += 2;
            }
            else if (ArabicDomains.TryGetValue(bare, out var domain))
            {
                domains.Add(domain);
                last++;
            }
            else
            {
                break;
            }
        }
        var parts = new List<string>();
        if (former)
        {
            parts.Add("former");
        }
        parts.AddRange(qualifiers);
        if (fixedRole && domains.Count > 0)
        {
            // «كبير علماء الذكاء الاصطناعي» → "chief AI scientist"; «الرئيس التنفيذي للأبحاث» → "CEO of research".
            var space = head.LastIndexOf(' ');
            parts.Add(space > 0 ? $"{head[..space]} {string.Join(' ', domains)} {head[(space + 1)..]}" : $"{head} of {string.Join(" and ", domains)}");
        }
        else
        {
            parts.AddRange(domains);
            parts.Add(head);
        }
        return new RoleTitle(index, last, string.Join(' ', parts));
    }

    private static RoleTitle? ReadEnglish(string value, IReadOnlyList<Token> tokens, int index)
    {
        var at = index;
        if (tokens[at].Text is "a" or "an" or "the")
        {
            at++;
        }
        var start = at;
        var modifiers = new List<string>();
        while (at < tokens.Count && tokens[at].Kind == TokenKind.Latin && (at == index || Tokenizer.AreJoined(value, tokens[at - 1], tokens[at])))
        {
            foreach (var (words, role) in EnglishFixed)
            {
                if (Matches(tokens, at, words))
                {
                    modifiers.Add(role);
                    return new RoleTitle(index, at + words.Length - 1, string.Join(' ', modifiers));
                }
            }
            var word = tokens[at].Text;
            if (EnglishHeads.Contains(word) && !(word == "executive" && at + 1 < tokens.Count && EnglishHeads.Contains(tokens[at + 1].Text)))
            {
                modifiers.Add(word);
                return new RoleTitle(index, at, string.Join(' ', modifiers));
            }
            if (!EnglishModifiers.Contains(word) || at - start >= 4)
            {
                return null;
            }
            modifiers.Add(word == "ai" ? "AI" : word);
            at++;
        }
        return null;
    }

    private static bool Matches(IReadOnlyList<Token> tokens, int at, string[] words)
    {
        if (at + words.Length > tokens.Count)
        {
            return false;
        }
        for (var k = 0; k < words.Length; k++)
        {
            if (tokens[at + k].Text != words[k])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Cheap test run on every word of an article: only a word whose bare form (without و/ف and ال) begins a title
    /// is read further, so the rest of the text costs one set lookup per word and no allocation.
    /// </summary>
    private static bool MayStartTitle(string word)
    {
        var span = word.AsSpan();
        if (TitleStartLookup.Contains(span))
        {
            return true;
        }
        if (span.Length > 3 && span[0] is 'و' or 'ف')
        {
            span = span[1..];
            if (TitleStartLookup.Contains(span))
            {
                return true;
            }
        }
        return span.Length > 3 && span.StartsWith("ال") && TitleStartLookup.Contains(span[2..]);
    }

    private static readonly WordSet TitleStartLookup = new(ArabicFixed.Select(f => f.Words[0]).Concat(ArabicHeads.Keys));

    /// <summary>An Arabic word without its article (and, first in a title, its conjunction): الرئيس → رئيس.</summary>
    internal static string Bare(string word, bool allowConjunction, out bool withLi)
    {
        withLi = false;
        if (allowConjunction && word.Length > 3 && word[0] is 'و' or 'ف' && (word[1..].StartsWith("ال", StringComparison.Ordinal) || ArabicHeads.ContainsKey(word[1..])))
        {
            word = word[1..];
        }
        if (word.Length > 3 && word.StartsWith("لل", StringComparison.Ordinal))
        {
            withLi = true;
            return word[2..];
        }
        if (word.Length > 3 && word.StartsWith("ال", StringComparison.Ordinal))
        {
            return word[2..];
        }
        return word;
    }

    private static (string[] Words, string Role)[] NormalizedPhrases((string[] Words, string Role)[] phrases) =>
        phrases.Select(p => (p.Words.Select(w => Bare(TextNormalizer.NormalizeString(w), false, out _)).ToArray(), p.Role)).ToArray();

    private static Dictionary<string, string> Normalized(Dictionary<string, string> words) =>
        words.ToDictionary(w => TextNormalizer.NormalizeString(w.Key), w => w.Value, StringComparer.Ordinal);
}
