using DeepSeekNews.Analysis.Entities;
using DeepSeekNews.Analysis.Text;
using static DeepSeekNews.Analysis.Quotes.QuoteLexicon;

namespace DeepSeekNews.Analysis.Quotes;

/// <summary>
/// Reads the proper name of someone the catalog lacks, word by word, in Arabic text: given names and transliterated
/// names of two to four words (هيروشي تاناكا، جان بيير لوفيفر، سي سي وي), Latin-script names, compounds whose second
/// word carries the article (عبد الله، عبد الرحمن، أبو الفضل), the linking words بن/ابن/بنت and آل (سارة بن علي، فهد آل
/// سعود), and a family name with the article after a given name (خالد العمري). A name stops at punctuation, a
/// preposition, a complementiser, a verb, a word with a conjunction or a preposition glued to a known word, and a
/// title. Words that look like something else are part of a name when the words around them are names: the نوه of
/// «بارك نوه سونغ» is not the verb نوّه, the هي of «لي مين هي،» is not the pronoun, and the علي of «علي الحمادي» is not
/// the preposition على.
/// </summary>
internal sealed class NameReader(QuoteDocument doc)
{
    /// <summary>A name has at most this many parts; a compound (عبد الله، بن علي) is one part.</summary>
    public const int MaxNameParts = 4;

    /// <summary>A word that may be part of a person's or an organisation's name on its own (no compound needed).</summary>
    public bool IsNameWord(int t)
    {
        if (t < 0 || t >= doc.Count)
        {
            return false;
        }
        var word = doc.Word(t);
        if (doc.EntityAt(t) is { } match && match.Entry.Type != EntityType.Person)
        {
            return false;
        }
        if (doc.Tokens[t].Kind == TokenKind.Number)
        {
            return false;
        }
        if (IsAli(t) || (GivenNames.Contains(word) && HasArticle(word)))
        {
            return true; // «إليزابيث»، «إلياس»: given names whose إل reads as the article once normalised
        }
        if (IsCoordinatedNoun(t))
        {
            return false;
        }
        if (HasArticle(word) || word.Length < 2 || Connectors.Contains(word) || IsPrepositionWithPronoun(word) || IsOnBehalfOf(word) || HasPossessivePronoun(word))
        {
            return false;
        }
        return !IsIn(PersonNouns, word) && !IsIn(Titles, word) && !IsIn(SubjectStoppers, word) && !IsIn(Adverbs, word)
            && !KanaForms.Contains(word) && !ClauseOpeners.Contains(word) && !NotNames.Contains(word)
            && !IsIn(OrganisationDescriptors, word) && !IsIn(NonSpeakers, word) && !IsIn(Documents, word) && !IsIn(MediaNouns, word)
            && !IsPrepositional(word) && ReportingVerbs.Find(word) is null && !doc.IsComplementiser(t) && !IsConjoinedWord(word);
    }

    /// <summary>
    /// The last word of a name that starts at <paramref name="first"/> and ends at <paramref name="limit"/> at most; null
    /// when no name starts there. <paramref name="bounded"/> says the phrase is known to end at <paramref name="limit"/>
    /// (a subject before أن); otherwise a word with the article after a two-part name is read as the object of a verb
    /// («افتتح الوزير أحمد سمير المعرض»), unless it has the shape of a family name (الشمري، الحمادي).
    /// </summary>
    public int? End(int first, int limit, bool bounded)
    {
        var parts = 0;
        var end = -1;
        var t = first;
        while (t <= limit && t < doc.Count && parts < MaxNameParts)
        {
            if (t > first && !Joined(t - 1, t))
            {
                break;
            }
            if (CompoundAt(t, limit))
            {
                end = t + 1;
                t += 2;
                parts++;
                continue;
            }
            if (IsNameWord(t))
            {
                end = t;
                t++;
                parts += Particles.Contains(doc.Word(end)) ? 0 : 1; // «ماري لويز فان دير برغ»: فان and دير are no parts
                continue;
            }
            if (parts > 0 && IsFamilyName(t) && (bounded || parts == 1 || IsNisba(doc.Word(t))))
            {
                end = t;
                t++;
                parts++;
                continue;
            }
            if (parts > 0 && IsVerbInsideName(t, limit))
            {
                end = t;
                t++;
                parts++;
                continue;
            }
            if (parts > 0 && IsPronounEndingName(t, limit))
            {
                end = t;
                t++;
                parts++;
                continue;
            }
            break;
        }
        return end >= first ? end : null;
    }

    /// <summary>
    /// The first word of the longest name that ends exactly at <paramref name="last"/> and starts no earlier than
    /// <paramref name="floor"/>: «… اللندني غوستاف فوشيه» → غوستاف فوشيه. The organisation's name comes first in «لشركة
    /// ميديا تك ريك تساي» and «لشركة TSMC سي سي وي»: after the kind of organisation, a run in two scripts keeps the
    /// part in the script of its end, and a long run keeps its last two words, a person's name being most often two.
    /// </summary>
    public int? Start(int last, int floor)
    {
        int? best = null;
        for (var s = last; s >= floor && s >= 0 && last - s < MaxNameParts * 2; s--)
        {
            if (End(s, last, bounded: true) == last)
            {
                best = s;
            }
            else if (best is not null && !Joined(s, s + 1))
            {
                break;
            }
        }
        if (best is not { } start)
        {
            return null;
        }
        var script = doc.Tokens[last].Kind == TokenKind.Arabic;
        for (var t = last - 1; t >= start; t--)
        {
            if ((doc.Tokens[t].Kind == TokenKind.Arabic) != script)
            {
                return t + 1; // «TSMC سي سي وي»: the Latin word is the company's
            }
        }
        if (last - start >= 2 && start - 1 >= 0 && IsIn(OrganisationDescriptors, StripPreposition(doc.Word(start - 1)))
            && End(last - 1, last, bounded: true) == last)
        {
            return last - 1;
        }
        return start;
    }

    /// <summary>
    /// True when word <paramref name="t"/>, a form of a reporting verb, is a word of the name around it: a name word
    /// before it, a name word after it, and no punctuation between («بارك نوه سونغ»، «كواك نوه جونغ»).
    /// </summary>
    public bool IsVerbInsideName(int t, int limit = int.MaxValue)
    {
        if (t <= 0 || t + 1 >= doc.Count || t + 1 > limit || ReportingVerbs.Find(doc.Word(t)) is not { ConjunctionLength: 0 })
        {
            return false;
        }
        return Joined(t - 1, t) && Joined(t, t + 1) && (IsNameWord(t - 1) || CompoundEndsAt(t - 1)) && IsNameWord(t + 1);
    }

    /// <summary>True when word <paramref name="t"/> looks like a pronoun, a preposition or a verb but belongs to a name.</summary>
    public bool ContinuesName(int t) => IsAli(t) || IsVerbInsideName(t) || (t > 0 && Joined(t - 1, t) && (IsNameWord(t - 1) || CompoundEndsAt(t - 1)) && IsPronounEndingName(t, int.MaxValue));

    /// <summary>«عبد الله»، «أبو الفضل»، «بن علي»، «آل سعود»: a linking word and the word it links, one part of a name.</summary>
    public bool CompoundAt(int t, int limit)
    {
        if (t + 1 > limit || t + 1 >= doc.Count || !Joined(t, t + 1))
        {
            return false;
        }
        var word = doc.Word(t);
        var isFamily = word == "ال" && doc.OriginalChar(doc.Tokens[t].Start) == 'آ';
        if (!Connectors.Contains(word) && !isFamily)
        {
            return false;
        }
        var next = doc.Word(t + 1);
        if (doc.EntityAt(t + 1) is { } match && match.Entry.Type != EntityType.Person)
        {
            return false;
        }
        // After عبد and أبو the second word often has the article (عبد الرحمن); after بن and آل it is a plain name.
        return IsNameWord(t + 1) || next == "علي"
            || (HasArticle(next) && next.Length >= 4 && word is "عبد" or "ابو" or "ابي" && !IsIn(SubjectStoppers, next) && !IsIn(PersonNouns, Bare(next)));
    }

    private bool CompoundEndsAt(int t) => t > 0 && CompoundAt(t - 1, t);

    /// <summary>Two neighbouring words with nothing but spaces between them, in the same paragraph.</summary>
    private bool Joined(int a, int b)
    {
        if (a < 0 || b >= doc.Count || doc.Paragraph(a) != doc.Paragraph(b))
        {
            return false;
        }
        var gap = doc.GapAfter(a);
        return (!QuoteDocument.HasPunctuation(gap) || doc.IsInitialDot(a)) && !gap.Contains('"');
    }

    /// <summary>A family name written with the article (العمري، الأحمد) after a given name.</summary>
    private bool IsFamilyName(int t)
    {
        var word = doc.Word(t);
        if (!word.StartsWith("ال", StringComparison.Ordinal) || doc.EntityAt(t) is not null)
        {
            return false;
        }
        var bare = word[2..];
        return bare.Length >= 3 && !IsIn(PersonNouns, bare) && !IsIn(Titles, bare) && !IsIn(NonSpeakers, bare) && !IsIn(Documents, bare)
            && !IsIn(OrganisationDescriptors, bare) && !IsIn(Adverbs, word) && !SubjectStoppers.Contains(word) && !IsIn(MediaNouns, bare)
            && !NotNames.Contains(bare);
    }

    /// <summary>The shape of most Arabic family names with the article: a relative adjective in ـي (الشمري، الحمادي).</summary>
    private static bool IsNisba(string word) => word.Length >= 5 && word[^1] == 'ي';

    /// <summary>
    /// «لي مين هي،»، «كيم هو سونغ»: هو/هي inside a Korean or Chinese name — closing it right before punctuation or أن,
    /// or between two of its words.
    /// </summary>
    private bool IsPronounEndingName(int t, int limit)
    {
        if (doc.Word(t) is not ("هو" or "هي"))
        {
            return false;
        }
        if (t == limit || t + 1 >= doc.Count || doc.Paragraph(t + 1) != doc.Paragraph(t))
        {
            return true;
        }
        return QuoteDocument.HasPunctuation(doc.GapAfter(t)) || doc.IsComplementiser(t + 1) || (Joined(t, t + 1) && t + 1 <= limit && IsNameWord(t + 1));
    }

    /// <summary>
    /// «علي» is the name Ali when written with a final yā' and followed by a name or a family name; the preposition على
    /// is written with alif maqṣūra, and «علي هامش» is the preposition written carelessly.
    /// </summary>
    private bool IsAli(int t)
    {
        if (doc.Word(t) != "علي" || doc.OriginalChar(doc.Tokens[t].End - 1) != 'ي')
        {
            return false;
        }
        if (t + 1 >= doc.Count || !Joined(t, t + 1))
        {
            return true;
        }
        var next = doc.Word(t + 1);
        return !NotNames.Contains(next) && !NotNames.Contains(Bare(next)) && !IsIn(SubjectStoppers, next);
    }

    /// <summary>
    /// «وزير الاتصالات وتكنولوجيا المعلومات»: و and a noun in construct between two definite nouns continues a title; it
    /// is no name, unless the word is a given name («رئيس الشركة وليد الحمادي»).
    /// </summary>
    public bool IsCoordinatedNoun(int t)
    {
        var word = doc.Word(t);
        return word.Length > 3 && word[0] == 'و' && !GivenNames.Contains(word) && t > 0 && Joined(t - 1, t) && Joined(t, t + 1)
            && HasArticle(doc.Word(t - 1)) && HasArticle(doc.Word(t + 1));
    }

    /// <summary>منصتها، عملائهم: a noun with a possessive pronoun, which a name never is.</summary>
    private static bool HasPossessivePronoun(string word) =>
        word.Length >= 5 && (word.EndsWith("ها", StringComparison.Ordinal) || word.EndsWith("هم", StringComparison.Ordinal));

    /// <summary>باسمها، لديه، عنها: a preposition with a pronoun, which a name never is («المتحدثة باسمها توماس رينييه»).</summary>
    public static bool IsPrepositionWithPronoun(string word) => PrepositionsWithPronouns.Contains(word);

    /// <summary>«المتحدثة باسمها»، «الناطق باسم الشركة»: part of a spokesperson's title, never of a name.</summary>
    private static bool IsOnBehalfOf(string word) => word.StartsWith("باسم", StringComparison.Ordinal) && word.Length <= 6;

    /// <summary>«ومقرها»، «والرئيس»، «وبحسب»: a conjunction before a known word or a word with a pronoun ends a name.</summary>
    private static bool IsConjoinedWord(string word)
    {
        if (word.Length < 4 || word[0] is not ('و' or 'ف'))
        {
            return false;
        }
        var rest = word[1..];
        return HasArticle(rest) || IsIn(PersonNouns, rest) || IsIn(Titles, rest) || IsIn(OrganisationDescriptors, rest) || NotNames.Contains(rest)
            || IsIn(SubjectStoppers, rest) || IsIn(Adverbs, rest) || AttributionWords.Contains(rest) || ReportingVerbs.Find(rest) is not null
            || (word.Length > 4 && (word.EndsWith("ها", StringComparison.Ordinal) || word.EndsWith("هم", StringComparison.Ordinal)));
    }

    /// <summary>لشركة، بشركة: a preposition glued to a descriptor, which a name never is.</summary>
    public static bool IsPrepositional(string word) =>
        word.Length > 3 && (word.StartsWith("لل", StringComparison.Ordinal)
            || (word[0] is 'ل' or 'ب' && (IsIn(OrganisationDescriptors, word[1..]) || IsIn(MediaNouns, word[1..]))));

    /// <summary>A word with a glued preposition removed (لصحيفة → صحيفة، للشركة → الشركة).</summary>
    public static string StripPreposition(string word)
    {
        if (word.StartsWith("لل", StringComparison.Ordinal) && word.Length > 3)
        {
            return "ا" + word[1..];
        }
        if (word.Length > 3 && word[0] is 'ل' or 'ب' && (IsIn(MediaNouns, word[1..]) || IsIn(OrganisationDescriptors, word[1..])
            || IsIn(PersonNouns, word[1..]) || IsIn(Documents, word[1..]) || IsIn(EditorialPieces, word[1..])))
        {
            return word[1..];
        }
        return word;
    }

    /// <summary>Words that link two parts of an Arabic name: عبد، أبو/أبي، بن/ابن/بنت (آل is told apart by its madda).</summary>
    private static readonly IReadOnlySet<string> Connectors = new HashSet<string>(
        new[] { "عبد", "أبو", "أبي", "بن", "ابن", "بنت" }.Select(TextNormalizer.NormalizeString), StringComparer.Ordinal);

    /// <summary>The particles of European names (van der, von, de la, da), which do not count as parts of a name.</summary>
    private static readonly IReadOnlySet<string> Particles = new HashSet<string>(
        "فان فون دير دي دا دو ديل دوس".Split(' ').Select(TextNormalizer.NormalizeString), StringComparer.Ordinal);

    private static readonly IReadOnlySet<string> PrepositionsWithPronouns = new HashSet<string>(
        ("له لها لهم لهما به بها بهم عنه عنها عنهم منه منها منهم فيه فيها فيهم عليه عليها عليهم إليه إليها إليهم لديه لديها لديهم "
        + "معه معها معهم عنده عندها عندهم بينهم نفسه نفسها أنفسهم").Split(' ').Select(TextNormalizer.NormalizeString), StringComparer.Ordinal);
}
