using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Analysis.Quotes;

internal enum Gender { Unknown, Masculine, Feminine }

internal enum VerbTense { Past, Present, Participle }

/// <summary>How much a verb tells about speech, which decides what its subject must be.</summary>
internal enum VerbKind
{
    /// <summary>Always speech (قال، أضاف، صرّح): any subject that is not plainly a thing will do.</summary>
    Speech,

    /// <summary>Speech with a person, but "shows" or "indicates" with a thing (أشار، أوضح، كشف، رأى).</summary>
    Ambiguous,

    /// <summary>وصف: a quote only when a quoted span follows («ووصفتها بأنها "تقدم ممتاز"»).</summary>
    Description,

    /// <summary>Praise, criticism, questions (أشاد، انتقد، تساءل): no quote of its own, but it makes its subject the current speaker.</summary>
    Stance,

    /// <summary>نقل عن: the speaker is whoever stands after عن, not the subject.</summary>
    Relay,
}

/// <param name="Lemma">The masculine past form, normalised.</param>
/// <param name="Complements">Prepositions (normalised) that may stand between the verb and أن: إلى أن، على أن، من أن.</param>
/// <param name="TakesDirectSpeech">The verb may be followed by a quotation with no colon or أن (قال "…"، مضيفاً "…").</param>
/// <param name="Subject">When the verb must name its subject, because without one it reads as an impersonal passive.</param>
internal sealed record ReportingVerb(string Lemma, VerbKind Kind, IReadOnlySet<string> Complements, bool TakesDirectSpeech, SubjectRule Subject);

/// <summary>When a reporting verb must name its subject rather than continue the previous speaker.</summary>
internal enum SubjectRule
{
    /// <summary>With no subject the verb continues the previous speaker (وأضاف).</summary>
    Optional,

    /// <summary>The present form is also an impersonal passive (يُذكر أن، يُتوقع أن، يُعتقد أن).</summary>
    InPresent,

    /// <summary>Every form has another reading without a subject (ورد في التقرير أن: "it was stated").</summary>
    Always,
}

/// <summary>One inflected form of a reporting verb.</summary>
internal sealed record VerbForm(ReportingVerb Verb, VerbTense Tense, Gender Gender, bool Plural)
{
    /// <summary>What «بحسب» stands for when it introduces أن like a verb would.</summary>
    public static readonly VerbForm Attribution = new(
        new ReportingVerb("بحسب", VerbKind.Speech, new HashSet<string>(), TakesDirectSpeech: false, SubjectRule.Optional),
        VerbTense.Past, Gender.Unknown, Plural: false);

    public VerbKind Kind => Verb.Kind;

    /// <summary>True when an impersonal reading is possible and the form must name its subject.</summary>
    public bool NeedsSubject => Verb.Subject == SubjectRule.Always || (Tense == VerbTense.Present && Verb.Subject == SubjectRule.InPresent);
}

/// <summary>A reporting verb found in a word: the form, and how many leading characters are the conjunction و/ف.</summary>
internal readonly record struct VerbHit(VerbForm Form, int ConjunctionLength, bool HasObjectPronoun);

/// <summary>
/// The Arabic reporting verbs, each with its past, present and participle forms in the masculine, feminine and plural
/// (arabic-news.md, "Reporting (speech) verbs"). Forms are listed as written and normalised once, so a reader can check
/// them against a grammar; nothing is derived by rule, because Arabic verbs are too irregular for that to be safe.
/// </summary>
internal static class ReportingVerbs
{
    private static readonly Dictionary<string, VerbForm> Forms = new(StringComparer.Ordinal);

    private static readonly string[] ObjectPronouns = ["هما", "هم", "ها", "ه"];

    static ReportingVerbs()
    {
        // Forms: past M, F, plural | present M, F, plural | participle M, F, plural. "-" when the form is missing or
        // means something else too often (كاتب is "writer", مقرّاً "headquarters", مرحباً "welcome").
        Add("قال", VerbKind.Speech, "", direct: true, "قال قالت قالوا", "يقول تقول يقولون", "قائلا قائلة قائلين");
        Add("أضاف", VerbKind.Speech, "", direct: true, "أضاف أضافت أضافوا", "يضيف تضيف يضيفون", "مضيفا مضيفة مضيفين");
        Add("صرح", VerbKind.Speech, "", direct: true, "صرح صرحت صرحوا", "يصرح تصرح يصرحون", "مصرحا مصرحة مصرحين");
        Add("تابع", VerbKind.Speech, "", direct: true, "تابع تابعت تابعوا", "- - -", "- - -");
        Add("أردف", VerbKind.Speech, "", direct: true, "أردف أردفت أردفوا", "يردف تردف -", "مردفا مردفة -");
        Add("استطرد", VerbKind.Speech, "", direct: true, "استطرد استطردت استطردوا", "- - -", "مستطردا مستطردة -");
        Add("ختم", VerbKind.Speech, "", direct: true, "ختم ختمت ختموا", "- - -", "- - -");
        Add("اختتم", VerbKind.Speech, "", direct: true, "اختتم اختتمت اختتموا", "- - -", "مختتما مختتمة -");
        Add("علق", VerbKind.Speech, "", direct: true, "علق علقت علقوا", "يعلق تعلق يعلقون", "معلقا معلقة معلقين");
        Add("كتب", VerbKind.Speech, "", direct: true, "كتب كتبت كتبوا", "يكتب تكتب يكتبون", "- - -");
        Add("غرد", VerbKind.Speech, "", direct: true, "غرد غردت غردوا", "يغرد تغرد يغردون", "مغردا - -");
        Add("أكد", VerbKind.Speech, "على", direct: false, "أكد أكدت أكدوا", "يؤكد تؤكد يؤكدون", "مؤكدا مؤكدة مؤكدين");
        Add("أعلن", VerbKind.Speech, "", direct: false, "أعلن أعلنت أعلنوا", "يعلن تعلن يعلنون", "معلنا معلنة معلنين");
        Add("ذكر", VerbKind.Speech, "", direct: false, "ذكر ذكرت ذكروا", "يذكر تذكر يذكرون", "ذاكرا ذاكرة -", subject: SubjectRule.InPresent);
        Add("نفى", VerbKind.Speech, "", direct: false, "نفى نفت نفوا", "ينفي تنفي ينفون", "نافيا نافية نافين");
        Add("حذر", VerbKind.Speech, "من", direct: false, "حذر حذرت حذروا", "يحذر تحذر يحذرون", "محذرا محذرة محذرين");
        Add("شدد", VerbKind.Speech, "على", direct: false, "شدد شددت شددوا", "يشدد تشدد يشددون", "مشددا مشددة مشددين");
        Add("أقر", VerbKind.Speech, "", direct: false, "أقر أقرت أقروا", "يقر تقر يقرون", "- - -");
        Add("اعترف", VerbKind.Speech, "", direct: false, "اعترف اعترفت اعترفوا", "يعترف تعترف يعترفون", "معترفا معترفة معترفين");
        Add("زعم", VerbKind.Speech, "", direct: false, "زعم زعمت زعموا", "يزعم تزعم يزعمون", "زاعما زاعمة زاعمين");
        Add("ادعى", VerbKind.Speech, "", direct: false, "ادعى ادعت ادعوا", "يدعي تدعي يدعون", "مدعيا - -");
        Add("أبلغ", VerbKind.Speech, "", direct: false, "أبلغ أبلغت أبلغوا", "- - -", "- - -");
        Add("أجاب", VerbKind.Speech, "", direct: true, "أجاب أجابت أجابوا", "يجيب تجيب -", "مجيبا مجيبة -");
        Add("رد", VerbKind.Speech, "", direct: true, "رد ردت ردوا", "يرد ترد يردون", "- - -", subject: SubjectRule.Always);
        Add("اعتقد", VerbKind.Ambiguous, "", direct: false, "اعتقد اعتقدت اعتقدوا", "يعتقد تعتقد يعتقدون", "معتقدا معتقدة معتقدين", subject: SubjectRule.InPresent);
        Add("تعهد", VerbKind.Speech, "", direct: false, "تعهد تعهدت تعهدوا", "يتعهد تتعهد يتعهدون", "متعهدا متعهدة -");
        Add("وعد", VerbKind.Speech, "", direct: false, "وعد وعدت وعدوا", "يعد تعد -", "واعدا - -");
        Add("استبعد", VerbKind.Ambiguous, "", direct: false, "استبعد استبعدت استبعدوا", "يستبعد تستبعد يستبعدون", "مستبعدا مستبعدة -");
        Add("رجح", VerbKind.Ambiguous, "", direct: false, "رجح رجحت رجحوا", "يرجح ترجح يرجحون", "مرجحا مرجحة -", subject: SubjectRule.InPresent);
        Add("لاحظ", VerbKind.Ambiguous, "", direct: false, "لاحظ لاحظت لاحظوا", "يلاحظ تلاحظ -", "ملاحظا - -");
        Add("نبه", VerbKind.Ambiguous, "إلى", direct: false, "نبه نبهت نبهوا", "ينبه تنبه -", "منبها منبهة -");
        Add("قدر", VerbKind.Ambiguous, "", direct: false, "قدر قدرت قدروا", "يقدر تقدر يقدرون", "مقدرا مقدرة مقدرين", subject: SubjectRule.InPresent);
        Add("أفاد", VerbKind.Ambiguous, "", direct: false, "أفاد أفادت أفادوا", "يفيد تفيد -", "- - -");
        Add("أوضح", VerbKind.Ambiguous, "", direct: true, "أوضح أوضحت أوضحوا", "يوضح توضح يوضحون", "موضحا موضحة موضحين");
        Add("أشار", VerbKind.Ambiguous, "إلى", direct: false, "أشار أشارت أشاروا", "يشير تشير يشيرون", "مشيرا مشيرة مشيرين");
        Add("لفت", VerbKind.Ambiguous, "إلى", direct: false, "لفت لفتت لفتوا", "يلفت تلفت -", "لافتا لافتة لافتين");
        Add("نوه", VerbKind.Ambiguous, "إلى", direct: false, "نوه نوهت نوهوا", "ينوه تنوه -", "منوها منوهة -");
        Add("اعتبر", VerbKind.Ambiguous, "", direct: false, "اعتبر اعتبرت اعتبروا", "يعتبر تعتبر يعتبرون", "معتبرا معتبرة معتبرين", subject: SubjectRule.InPresent);
        Add("رأى", VerbKind.Ambiguous, "", direct: false, "رأى رأت رأوا", "يرى ترى يرون", "- - -");
        Add("كشف", VerbKind.Ambiguous, "عن", direct: false, "كشف كشفت كشفوا", "يكشف تكشف -", "كاشفا كاشفة -");
        Add("توقع", VerbKind.Ambiguous, "", direct: false, "توقع توقعت توقعوا", "يتوقع تتوقع يتوقعون", "متوقعا متوقعة متوقعين", subject: SubjectRule.InPresent);
        Add("وصف", VerbKind.Description, "", direct: true, "وصف وصفت وصفوا", "يصف تصف يصفون", "واصفا واصفة واصفين");
        Add("أشاد", VerbKind.Stance, "", direct: false, "أشاد أشادت أشادوا", "يشيد تشيد يشيدون", "مشيدا مشيدة مشيدين");
        Add("انتقد", VerbKind.Stance, "", direct: false, "انتقد انتقدت انتقدوا", "ينتقد تنتقد ينتقدون", "منتقدا منتقدة -");
        Add("رحب", VerbKind.Stance, "", direct: false, "رحب رحبت رحبوا", "يرحب ترحب يرحبون", "- - -");
        Add("تساءل", VerbKind.Stance, "", direct: true, "تساءل تساءلت تساءلوا", "يتساءل تتساءل يتساءلون", "متسائلا متسائلة متسائلين");
        Add("أعرب", VerbKind.Stance, "", direct: false, "أعرب أعربت أعربوا", "يعرب تعرب -", "معربا معربة -");
        Add("سخر", VerbKind.Stance, "", direct: false, "سخر سخرت سخروا", "يسخر تسخر يسخرون", "ساخرا ساخرة -");
        Add("شكك", VerbKind.Stance, "", direct: false, "شكك شككت شككوا", "يشكك تشكك يشككون", "مشككا مشككة -");
        Add("تحدث", VerbKind.Stance, "", direct: false, "تحدث تحدثت تحدثوا", "يتحدث تتحدث يتحدثون", "متحدثا - -");
        Add("اتهم", VerbKind.Stance, "", direct: false, "اتهم اتهمت اتهموا", "يتهم تتهم يتهمون", "متهما - -");
        Add("حث", VerbKind.Stance, "", direct: false, "حث حثت حثوا", "يحث تحث -", "- - -");
        Add("دعا", VerbKind.Stance, "", direct: false, "دعا دعت دعوا", "- - -", "داعيا داعية -");
        Add("نقل", VerbKind.Relay, "", direct: false, "نقل نقلت نقلوا", "تنقل - -", "ناقلا ناقلة -");
    }

    /// <summary>
    /// A reporting verb of any kind carrying an object pronoun (نفته، أكده، قاله): in «وهو ما نفته الشركة» it names
    /// who spoke without reporting anything itself, so the hit reads as a stance.
    /// </summary>
    public static VerbHit? FindWithPronoun(string word)
    {
        var conjunction = word.Length > 4 && word[0] is 'و' or 'ف' ? 1 : 0;
        foreach (var start in conjunction == 1 ? new[] { 0, 1 } : [0])
        {
            var rest = word[start..];
            foreach (var pronoun in ObjectPronouns)
            {
                if (rest.Length > pronoun.Length + 2 && rest.EndsWith(pronoun, StringComparison.Ordinal) && Forms.TryGetValue(rest[..^pronoun.Length], out var form))
                {
                    var stance = form with { Verb = form.Verb with { Kind = VerbKind.Stance } };
                    return new VerbHit(stance, start, true);
                }
            }
        }
        return null;
    }

    /// <summary>A reporting verb with an object pronoun of any kind (قاله، ذكرته), as in «بحسب ما قاله X».</summary>
    public static bool IsVerbWithPronoun(string word)
    {
        foreach (var pronoun in ObjectPronouns)
        {
            if (word.Length > pronoun.Length + 2 && word.EndsWith(pronoun, StringComparison.Ordinal) && Forms.ContainsKey(word[..^pronoun.Length]))
            {
                return true;
            }
        }
        return false;
    }

    public static VerbHit? Find(string word)
    {
        if (Lookup(word) is { } direct)
        {
            return direct;
        }
        if (word.Length >= 3 && word[0] is 'و' or 'ف' && Lookup(word[1..]) is { } afterConjunction)
        {
            return afterConjunction with { ConjunctionLength = 1 };
        }
        return null;
    }

    private static VerbHit? Lookup(string word)
    {
        if (Forms.TryGetValue(word, out var form))
        {
            return new VerbHit(form, 0, false);
        }
        // ووصفتها، وصفه: only description verbs take an object pronoun in the reporting pattern.
        foreach (var pronoun in ObjectPronouns)
        {
            if (word.Length > pronoun.Length + 2 && word.EndsWith(pronoun, StringComparison.Ordinal)
                && Forms.TryGetValue(word[..^pronoun.Length], out var bare) && bare.Kind == VerbKind.Description)
            {
                return new VerbHit(bare, 0, true);
            }
        }
        return null;
    }

    private static void Add(string lemma, VerbKind kind, string complements, bool direct, string past, string present, string participle, SubjectRule subject = SubjectRule.Optional)
    {
        var verb = new ReportingVerb(
            TextNormalizer.NormalizeString(lemma),
            kind,
            complements.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextNormalizer.NormalizeString).ToHashSet(StringComparer.Ordinal),
            direct,
            subject);
        AddForms(verb, VerbTense.Past, past);
        AddForms(verb, VerbTense.Present, present);
        AddForms(verb, VerbTense.Participle, participle);
    }

    private static void AddForms(ReportingVerb verb, VerbTense tense, string forms)
    {
        var words = forms.Split(' ');
        if (words.Length != 3)
        {
            throw new InvalidOperationException($"The verb {verb.Lemma} needs three {tense} forms.");
        }
        for (var i = 0; i < 3; i++)
        {
            if (words[i] == "-")
            {
                continue;
            }
            var gender = i switch { 0 => Gender.Masculine, 1 => Gender.Feminine, _ => Gender.Unknown };
            Forms.TryAdd(TextNormalizer.NormalizeString(words[i]), new VerbForm(verb, tense, gender, Plural: i == 2));
        }
    }
}
