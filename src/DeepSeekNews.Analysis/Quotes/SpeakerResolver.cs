using DeepSeekNews.Analysis.Entities;
using DeepSeekNews.Analysis.Text;
using static DeepSeekNews.Analysis.Quotes.QuoteLexicon;

namespace DeepSeekNews.Analysis.Quotes;

internal enum SubjectVerdict
{
    /// <summary>No words to read.</summary>
    None,

    /// <summary>Someone who can speak: a person, an organisation or an unnamed source.</summary>
    Speaker,

    /// <summary>A thing («نموذج R1»، «نهج ديب سيك»): the verb means "shows", not "says".</summary>
    NotASpeaker,

    /// <summary>A report or a study with no named owner («أشارت التقارير»): it speaks only through an attribution.</summary>
    Document,
}

internal readonly record struct SubjectReading(SubjectVerdict Verdict, ResolvedSpeaker? Speaker = null)
{
    public static readonly SubjectReading None = new(SubjectVerdict.None);
    public static readonly SubjectReading NotASpeaker = new(SubjectVerdict.NotASpeaker);
    public static readonly SubjectReading Document = new(SubjectVerdict.Document);
}

/// <summary>
/// Reads the words of an Arabic subject (or an attribution's source) as a speaker. Catalog entities come from the
/// entity recognizer; a person wins over the organisation named in their title («الرئيس التنفيذي لشركة OpenAI سام
/// ألتمان»); an organisation stands for itself; a title with an uncatalogued name keeps the name and gives the role;
/// words for people with no name («مصدر مطلع»، «أحد المشاركين») stay as they are written, with no entity.
/// </summary>
internal sealed class SpeakerResolver(QuoteDocument doc, SpeakerHistory history)
{
    private const int MaxNameWords = 4;
    private const int MaxPhraseWords = 8;
    private const int MaxRoleWords = 6;

    /// <param name="first">First word of the subject.</param>
    /// <param name="last">Last word of the subject.</param>
    /// <param name="verb">The verb the subject goes with, for its gender and how strongly it means speech.</param>
    /// <param name="verbToken">Where the verb stands, to look back for an antecedent or an editorial.</param>
    /// <param name="apposition">A phrase between commas after the subject («جيم فان، مدير الأبحاث …،»).</param>
    public SubjectReading Read(int first, int last, VerbForm verb, int verbToken, (int First, int Last)? apposition = null)
    {
        if (first > last || first < 0)
        {
            return SubjectReading.None;
        }
        var entities = EntitiesIn(first, last);
        var lead = doc.Word(first);
        var gender = GenderOf(verb, first, last, apposition);
        var plural = verb.Plural || IsIn(PluralPersonNouns, lead);

        if (entities.Count == 0 && last == first && history.ByLastName(lead) is { } known)
        {
            return Found(known); // «وأشار فوشيه» after «مصفف الشعر غوستاف فوشيه»
        }
        if (entities.Count == 0 && last == first && HasArticle(lead) && (IsIn(Titles, lead) || IsPersonWord(lead))
            && history.ByTitle(Bare(lead)) is { } referent)
        {
            return Found(referent); // «وأضاف الوزير» after «عمرو طلعت، وزير الاتصالات»
        }

        var person = entities.FirstOrDefault(e => e.Entry.Type == EntityType.Person);
        if (person is not null && OtherPersonWithTheName(person) is { } namesake)
        {
            // «إيفانكا ترامب» is not Donald Trump: a first name the mention does not cover names someone else.
            return Found(Uncatalogued(namesake, person.LastToken, AppositionRole(apposition), gender) with { TitleWords = TitleWordsOf(apposition) });
        }
        if (person is not null)
        {
            var titled = person.FirstToken > first && IsIn(Titles, lead);
            var role = titled ? RoleText(first, person.FirstToken - 1) : AppositionRole(apposition);
            var titleWords = titled ? TitleWordsOf((first, person.FirstToken - 1)) : TitleWordsOf(apposition);
            return Found(EntitySpeaker(person, role, gender, plural: false) with { TitleWords = titleWords });
        }

        if (AppositionPerson(apposition) is { } named && IsIn(Titles, lead))
        {
            // «قال الرئيس التنفيذي لإنفيديا، جنسن هوانغ، إن»: the title first, the name in apposition.
            return Found(named with { Speaker = named.Speaker with { Role = named.Speaker.Role ?? RoleText(first, last) }, TitleWords = TitleWordsOf((first, last)) });
        }

        if (entities.Count > 0)
        {
            return ReadWithEntity(entities[0], first, last, verb, gender, apposition);
        }

        if (IsIn(Quantifiers, lead))
        {
            // «أحد المشاركين»، «عدد من المحللين» speak; «عدد المستخدمين» does not.
            var partitive = first + 1 <= last && doc.Word(first + 1) == "من";
            var counted = partitive ? first + 2 : first + 1;
            if (counted > last && HasArticle(lead))
            {
                return Found(Unnamed(first, last, gender, plural: true)); // «ويرى البعض أن»
            }
            if (counted > last || !IsPersonWord(doc.Word(counted)) || (lead is "عدد" or "كثير" && !partitive))
            {
                return SubjectReading.NotASpeaker; // «عدد المستخدمين» is a count, «عدد من المستخدمين» are people
            }
            return Found(EditorialSource(verbToken) ?? Unnamed(first, last, gender, plural: lead is not ("احد" or "احدي")));
        }
        if (IsIn(NonSpeakers, lead))
        {
            return SubjectReading.NotASpeaker;
        }
        if (IsIn(Documents, lead))
        {
            return SubjectReading.Document;
        }
        if (HasArticle(lead) && IsIn(OrganisationAnaphors, lead) && last - first <= 2)
        {
            return Found(Antecedent(Bare(lead), verbToken) ?? Unnamed(first, last, Gender.Feminine, plural: false));
        }
        if ((IsIn(Titles, lead) || (IsPersonWord(lead) && HasDefiniteWord(first, last))) && TrailingName(first + 1, last) is { } titledName)
        {
            // «المحلل المالي خالد العمري»، «المستثمر الملائكي المصري أحمد عزت»: the title, then the name.
            return Found(Uncatalogued(titledName.First, titledName.Last, RoleText(first, titledName.First - 1), gender)
                with { TitleWords = TitleWordsOf((first, titledName.First - 1)) });
        }
        if (IsIn(PersonNouns, lead) || IsIn(Titles, lead))
        {
            if (AppositionName(apposition) is { } appositionName)
            {
                return Found(Uncatalogued(appositionName.First, appositionName.Last, RoleText(first, last), gender)
                    with { TitleWords = TitleWordsOf((first, last)) });
            }
            return Found(EditorialSource(verbToken) ?? AffiliatedOrganisation(first, last) ?? Unnamed(first, last, gender, plural));
        }

        if (IsIn(OrganisationDescriptors, lead))
        {
            // An organisation the catalog lacks: «قالت صحيفة وول ستريت جورنال» by its name, «قالت وزارة التجارة
            // الصينية» (no name) by its kind and what follows.
            if (first < last && CanBeName(first + 1) && ReadSource(first, last) is { } organisation)
            {
                return Found(organisation);
            }
            return Found(Unnamed(first, UnnamedPhraseEnd(first, last), Gender.Feminine, plural: false) with { UncataloguedOrganisation = true });
        }

        // An unknown word: a name the catalog lacks, or a thing the lists do not know.
        if (verb.Kind != VerbKind.Speech && (verb.Tense == VerbTense.Present || HasArticle(lead)))
        {
            return SubjectReading.NotASpeaker;
        }
        if (HasArticle(lead) || lead.Length < 2)
        {
            return verb.Kind == VerbKind.Speech ? Found(Unnamed(first, last, gender, plural)) : SubjectReading.NotASpeaker;
        }
        var nameEnd = first;
        while (nameEnd + 1 <= last && nameEnd + 1 - first < MaxNameWords && (CanBeName(nameEnd + 1) || IsFamilyName(nameEnd + 1)))
        {
            nameEnd++;
        }
        return Found(Uncatalogued(first, nameEnd, AppositionRole(apposition), gender) with { TitleWords = TitleWordsOf(apposition) });
    }

    /// <summary>
    /// The source of an attribution; «بحسب ما نقلته وكالة X عن مصادر مطلعة» names the agency and, after عن, the source
    /// it quoted, who is the speaker.
    /// </summary>
    public ResolvedSpeaker? ReadAttribution(int first, int last)
    {
        for (var t = first + 1; t < last; t++)
        {
            if (doc.Word(t) == "عن" && ReadSource(t + 1, last) is { } relayed)
            {
                return relayed;
            }
        }
        return ReadSource(first, last);
    }

    /// <summary>The source named in an attribution («بحسب مصادر مطلعة»، «وفقاً لصحيفة X»، «نقلاً عن مسؤول»).</summary>
    public ResolvedSpeaker? ReadSource(int first, int last)
    {
        if (first > last)
        {
            return null;
        }
        var entities = EntitiesIn(first, last);
        var speaking = entities.FirstOrDefault(e => e.Entry.Type is EntityType.Person or EntityType.Organization);
        if (speaking is not null)
        {
            var gender = speaking.Entry.Type == EntityType.Person ? Gender.Unknown : Gender.Feminine;
            return EntitySpeaker(speaking, null, gender, plural: false);
        }
        var word = doc.Word(first);
        var lead = StripPreposition(word);
        if (IsIn(PersonNouns, lead))
        {
            // «وفقاً لمصادر مطلعة»: the glued preposition is not part of the source's words.
            var skip = lead == word ? 0 : word.StartsWith("لل", StringComparison.Ordinal) ? 2 : 1;
            return Unnamed(first, UnnamedPhraseEnd(first, last), Gender.Unknown, IsIn(PluralPersonNouns, lead), skip);
        }
        if (IsIn(MediaNouns, lead) || IsIn(OrganisationDescriptors, lead))
        {
            // «وفق ما نقل موقع دايلي ميل»، «شركة الأبحاث غارتنر»: an organisation the catalog lacks is named by the
            // first name-like words after its kind.
            var start = first + 1;
            while (start <= last && start - first <= 3 && !CanBeName(start))
            {
                start++;
            }
            if (start > last || start - first > 3)
            {
                return null;
            }
            var end = start;
            while (end + 1 <= last && end + 1 - start < MaxNameWords && CanBeName(end + 1))
            {
                end++;
            }
            return Uncatalogued(start, end, null, Gender.Feminine) with { UncataloguedOrganisation = true };
        }
        return null;
    }

    /// <summary>Entity speaker for a mention, with the catalog's name and id.</summary>
    /// <remarks>
    /// A person's gender is the catalog's when it has one, else what the text showed (the verb, a feminine title). The
    /// role is the one the relation extractor read for this person in this article («CEO», «senior research
    /// director»), so that dashboards see one spelling; failing that, the title as the text wrote it.
    /// </remarks>
    public ResolvedSpeaker EntitySpeaker(EntityMatch match, string? role, Gender gender, bool plural)
    {
        var entry = match.Entry;
        var resolvedGender = entry.Type != EntityType.Person ? Gender.Feminine
            : entry.Gender switch { "female" => Gender.Feminine, "male" => Gender.Masculine, _ => gender };
        if (entry.Type == EntityType.Person && RelationRole(entry.Id) is { } known)
        {
            role = known;
        }
        var words = Tokenizer.Tokenize(doc.Value[match.NormStart..match.NormEnd]).Select(t => t.Text).ToList();
        return new ResolvedSpeaker(new Speaker(entry.Name, entry.Id, role), resolvedGender, plural, entry, words);
    }

    private string? RelationRole(string personId) =>
        doc.Analyzed.Relations.FirstOrDefault(r => r.Relation == "role" && r.Subject == personId && !string.IsNullOrEmpty(r.Role))?.Role;

    /// <summary>The entity an anaphor like «الشركة» refers to: the newest organisation named before the verb.</summary>
    public ResolvedSpeaker? Antecedent(string noun, int verbToken)
    {
        var before = doc.Tokens[verbToken].Start;
        EntityMatch? fallback = null;
        for (var i = doc.Analyzed.Entities.Count - 1; i >= 0; i--)
        {
            var match = doc.Analyzed.Entities[i];
            if (match.NormEnd > before || match.Entry.Type != EntityType.Organization)
            {
                continue;
            }
            var descriptor = match.FirstToken > 0 ? Bare(StripPreposition(doc.Word(match.FirstToken - 1))) : "";
            if (descriptor == noun)
            {
                return EntitySpeaker(match, null, Gender.Feminine, plural: false);
            }
            fallback ??= IsIn(MediaNouns, descriptor) ? null : match;
        }
        if (history.LastOrganisation() is { } spoken)
        {
            return spoken;
        }
        return fallback is null ? null : EntitySpeaker(fallback, null, Gender.Feminine, plural: false);
    }

    /// <summary>«في مقال افتتاحي نُشر في صحيفة بكين ديلي …، أشار أحد المشاركين»: an unnamed writer speaks for the outlet.</summary>
    public ResolvedSpeaker? EditorialSource(int verbToken)
    {
        var start = doc.SentenceStart(verbToken);
        for (var t = start; t < verbToken; t++)
        {
            if (!IsIn(EditorialPieces, StripPreposition(doc.Word(t))))
            {
                continue;
            }
            for (var u = t + 1; u < verbToken; u++)
            {
                if (doc.EntityAt(u) is { Entry.Type: EntityType.Organization } outlet)
                {
                    return EntitySpeaker(outlet, null, Gender.Feminine, plural: false);
                }
            }
        }
        return null;
    }

    private SubjectReading ReadWithEntity(EntityMatch entity, int first, int last, VerbForm verb, Gender gender, (int First, int Last)? apposition)
    {
        var lead = doc.Word(first);
        // «شركة إنفيديا» is Nvidia, but «وزارة الاتصالات السعودية» is a ministry of what the entity names.
        var leads = entity.FirstToken == first
            || (entity.FirstToken == first + 1 && ((IsIn(OrganisationDescriptors, lead) && !IsIn(Ministries, lead)) || Clitics.IsBareProclitic(lead)));
        if (entity.Entry.Type == EntityType.Product)
        {
            return leads && verb.Kind == VerbKind.Speech ? Found(EntitySpeaker(entity, null, Gender.Unknown, false)) : SubjectReading.NotASpeaker;
        }
        if (leads)
        {
            return Found(EntitySpeaker(entity, null, Gender.Feminine, plural: false));
        }
        if (IsIn(Titles, lead) || IsIn(PersonNouns, lead))
        {
            var role = RoleText(first, last);
            if (TrailingName(entity.LastToken + 1, last) is { } name)
            {
                // «مؤسس ديب سيك ليانغ وين فنغ»: title, organisation, then an uncatalogued name.
                return Found(Uncatalogued(name.First, name.Last, role, gender));
            }
            if (AppositionName(apposition) is { } appositionName)
            {
                return Found(Uncatalogued(appositionName.First, appositionName.Last, role, gender));
            }
            if (IsPersonWord(lead) && !IsIn(Titles, lead) && IsAffiliation(entity) && entity.Entry.Type == EntityType.Organization)
            {
                // «محللون في شركة برنشتاين»، «محللين في بنك مورغان ستانلي»: people speaking for where they work; a
                // group stays plural so that «مشيرين إلى أن» continues it.
                return Found(EntitySpeaker(entity, null, Gender.Feminine, plural: verb.Plural || IsIn(PluralPersonNouns, lead)));
            }
            if (IsIn(Spokespeople, lead))
            {
                // The spokesperson's words are the organisation's; later verbs agree with the spokesperson («قائلاً»).
                return Found(EntitySpeaker(entity, role, gender, plural: false) with { Gender = gender });
            }
            return Found(Unnamed(first, last, gender, IsIn(PluralPersonNouns, lead)));
        }
        if (IsIn(Documents, lead))
        {
            // «تقرير لرويترز»، «دراسة أجرتها جامعة X»: the report speaks for its owner.
            return Found(EntitySpeaker(entity, null, Gender.Feminine, plural: false));
        }
        if (IsIn(CompanyNouns, lead) && entity.Entry.Type == EntityType.Organization)
        {
            // «قالت الشركة المطورة لتطبيق ديب سيك»: the company described by what it makes or owns.
            return Found(EntitySpeaker(entity, null, Gender.Feminine, plural: false));
        }
        if (IsIn(OrganisationDescriptors, lead))
        {
            // «وزارة الاتصالات السعودية»: a body the catalog lacks, named by its kind and domain.
            return Found(Unnamed(first, UnnamedPhraseEnd(first, last), Gender.Feminine, plural: false) with { UncataloguedOrganisation = true });
        }
        return SubjectReading.NotASpeaker;
    }

    private static SubjectReading Found(ResolvedSpeaker speaker) => new(SubjectVerdict.Speaker, speaker);

    private List<EntityMatch> EntitiesIn(int first, int last)
    {
        var found = new List<EntityMatch>();
        for (var t = first; t <= last; t++)
        {
            if (doc.EntityAt(t) is { } match && (found.Count == 0 || !ReferenceEquals(found[^1], match)))
            {
                found.Add(match);
            }
        }
        return found;
    }

    private Gender GenderOf(VerbForm verb, int first, int last, (int First, int Last)? apposition)
    {
        if (verb.Gender != Gender.Unknown && !verb.Plural)
        {
            return verb.Gender;
        }
        for (var t = first; t <= last; t++)
        {
            if (IsIn(FeminineTitles, doc.Word(t)))
            {
                return Gender.Feminine;
            }
        }
        if (apposition is { } a && IsIn(FeminineTitles, doc.Word(a.First)))
        {
            return Gender.Feminine;
        }
        return Gender.Unknown;
    }

    private ResolvedSpeaker Unnamed(int first, int last, Gender gender, bool plural, int skip = 0)
    {
        last = Math.Min(last, first + MaxPhraseWords - 1);
        var words = Enumerable.Range(first, last - first + 1).Select(doc.Word).ToList();
        return new ResolvedSpeaker(new Speaker(CleanName(doc.OriginalWords(first, last, skip)), null), gender, plural, null, words);
    }

    /// <summary>
    /// The last word of an unnamed source's phrase: up to a preposition, unless the preposition gives the source's
    /// affiliation («مسؤول في وزارة التجارة»، «مصادر مقربة من الشركة»), which identifies it.
    /// </summary>
    public int UnnamedPhraseEnd(int first, int last)
    {
        var end = first;
        for (var t = first + 1; t <= last; t++)
        {
            var word = doc.Word(t);
            if (QuoteDocument.HasPunctuation(doc.GapBefore(t)))
            {
                break;
            }
            if (AffiliationEnd(t, last) is { } affiliation)
            {
                end = affiliation;
                t = affiliation;
                continue;
            }
            if (SubjectStoppers.Contains(word) || IsIn(Adverbs, word) || Complementisers.Contains(word) || ReportingVerbs.Find(word) is not null)
            {
                break;
            }
            end = t;
        }
        return end;
    }

    /// <summary>«في وزارة التجارة»، «من الشركة»، «لدى إنفيديا»: where a source works, ending at <paramref name="limit"/> at most.</summary>
    public int? AffiliationEnd(int preposition, int limit)
    {
        var t = preposition + 1;
        if (preposition >= doc.Count || t > limit || t >= doc.Count || !AffiliationPrepositions.Contains(doc.Word(preposition))
            || QuoteDocument.HasPunctuation(doc.GapBefore(t)))
        {
            return null;
        }
        if (doc.EntityAt(t) is { Entry.Type: EntityType.Organization or EntityType.Location } organisation)
        {
            return Math.Min(organisation.LastToken, limit);
        }
        if (doc.GapBefore(t).Contains('"'))
        {
            // «محللون لدى "مورنينغ ستار"»: a quoted name the catalog lacks.
            var quoted = t;
            while (quoted + 1 <= limit && quoted - t < MaxNameWords && !doc.GapAfter(quoted).Contains('"') && !QuoteDocument.HasPunctuation(doc.GapAfter(quoted)))
            {
                quoted++;
            }
            return doc.GapAfter(quoted).Contains('"') ? quoted : null;
        }
        if (!IsIn(OrganisationDescriptors, doc.Word(t)) && !IsIn(OrganisationAnaphors, doc.Word(t)))
        {
            return null;
        }
        var end = t;
        while (end + 1 <= limit && end - t < 5 && !QuoteDocument.HasPunctuation(doc.GapBefore(end + 1)))
        {
            var next = doc.Word(end + 1);
            if (SubjectStoppers.Contains(next) || IsIn(Adverbs, next) || Complementisers.Contains(next) || ReportingVerbs.Find(next) is not null)
            {
                break;
            }
            end = doc.EntityAt(end + 1)?.LastToken ?? end + 1;
        }
        return Math.Min(end, limit);
    }

    private static readonly HashSet<string> AffiliationPrepositions = new(["في", "من", "لدي"], StringComparer.Ordinal);

    private ResolvedSpeaker Uncatalogued(int first, int last, string? role, Gender gender)
    {
        var words = Enumerable.Range(first, last - first + 1).Select(doc.Word).ToList();
        return new ResolvedSpeaker(new Speaker(CleanName(doc.OriginalWords(first, last)), null, role), gender, false, null, words);
    }

    /// <summary>A name as written, without the quotation marks some outlets put around a name («محللون لدى "بلومبرغ"»).</summary>
    public static string CleanName(string words)
    {
        var kept = new string(words.Where(c => TextNormalizer.Fold(c) != '"').ToArray());
        return string.Join(' ', kept.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The longest run of name-like words that ends the phrase («… اللندني غوستاف فوشيه» → غوستاف فوشيه).</summary>
    private (int First, int Last)? TrailingName(int from, int last)
    {
        if (from > last)
        {
            return null;
        }
        var start = last + 1;
        if (IsFamilyName(last) && last - 1 >= from && CanBeName(last - 1))
        {
            start = last; // «خالد العمري»: a family name with the article after a given name
        }
        while (start - 1 >= from && last - (start - 1) < MaxNameWords && CanBeName(start - 1))
        {
            start--;
        }
        if (last - start >= 2 && start - 1 >= 0 && IsIn(OrganisationDescriptors, StripPreposition(doc.Word(start - 1))))
        {
            // «الباحثة في جامعة ستانفورد سارة لي»: the organisation's name comes first; a person's name is most often
            // two words.
            start = last - 1;
        }
        return start <= last ? (start, last) : null;
    }

    /// <summary>A family name written with the article (العمري، الأحمد), which may follow a given name.</summary>
    private bool IsFamilyName(int t)
    {
        var word = doc.Word(t);
        if (!word.StartsWith("ال", StringComparison.Ordinal) || t == 0 || !CanBeName(t - 1) || doc.EntityAt(t) is not null)
        {
            return false;
        }
        var bare = word[2..];
        return bare.Length >= 3 && !IsIn(PersonNouns, bare) && !IsIn(Titles, bare) && !IsIn(NonSpeakers, bare) && !IsIn(Documents, bare)
            && !IsIn(OrganisationDescriptors, bare) && !IsIn(Adverbs, word) && !SubjectStoppers.Contains(word) && !IsIn(MediaNouns, bare);
    }

    /// <summary>
    /// The first word of a name when a one-word person mention follows given names it does not cover
    /// («إيفانكا ترامب» for the catalog's ترامب); null when the mention is the person it names.
    /// </summary>
    public int? OtherPersonWithTheName(EntityMatch person)
    {
        if (person.FirstToken != person.LastToken)
        {
            return null;
        }
        var first = person.FirstToken;
        while (first - 1 >= 0 && person.FirstToken - first < MaxNameWords - 1 && doc.EntityAt(first - 1) is null
            && doc.Paragraph(first - 1) == doc.Paragraph(first) && !QuoteDocument.HasPunctuation(doc.GapAfter(first - 1))
            && !doc.GapAfter(first - 1).Contains('"') && CanBeName(first - 1))
        {
            first--;
        }
        return first < person.FirstToken ? first : null;
    }

    /// <summary>A word that may be part of a person's name: no article, no clitic preposition, not a known common word.</summary>
    public bool CanBeName(int t)
    {
        var word = doc.Word(t);
        if (doc.EntityAt(t) is { } match && match.Entry.Type != EntityType.Person)
        {
            return false;
        }
        if (HasArticle(word) || word.Length < 2)
        {
            return false;
        }
        return !IsIn(PersonNouns, word) && !IsIn(Titles, word) && !IsIn(SubjectStoppers, word) && !IsIn(Adverbs, word)
            && !KanaForms.Contains(word) && !ClauseOpeners.Contains(word)
            && !IsIn(OrganisationDescriptors, word) && !IsIn(NonSpeakers, word) && !IsIn(Documents, word)
            && !IsPrepositional(word) && ReportingVerbs.Find(word) is null && !Complementisers.Contains(word);
    }

    /// <summary>لشركة، بشركة: a preposition glued to a descriptor, which a name never is.</summary>
    private static bool IsPrepositional(string word) =>
        word.Length > 3 && (word.StartsWith("لل", StringComparison.Ordinal)
            || (word[0] is 'ل' or 'ب' && (IsIn(OrganisationDescriptors, word[1..]) || IsIn(MediaNouns, word[1..]))));

    /// <summary>A word with a glued preposition removed (لصحيفة → صحيفة، للشركة → الشركة).</summary>
    private static string StripPreposition(string word)
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

    /// <summary>The role words at the start of a title phrase, up to the organisation or a preposition.</summary>
    private string? RoleText(int first, int last)
    {
        var end = first - 1;
        for (var t = first; t <= last && t - first < MaxRoleWords; t++)
        {
            var word = doc.Word(t);
            if (doc.EntityAt(t) is not null || Clitics.IsBareProclitic(word) || IsPrepositional(word) || (t > first && IsIn(OrganisationDescriptors, word)))
            {
                break;
            }
            if (IsIn(SubjectStoppers, word) && !(word is "في" && t + 1 <= last && IsFieldWord(t + 1)))
            {
                break; // «مدير الأبحاث في شركة إنفيديا» stops before the company; «الخبير في الأمن السيبراني» goes on
            }
            if (t > first && QuoteDocument.HasPunctuation(doc.GapBefore(t)))
            {
                break;
            }
            end = t;
        }
        return end >= first ? doc.OriginalWords(first, end) : null;
    }

    /// <summary>True when the entity follows في or لدى, with or without its kind («في بنك مورغان ستانلي»).</summary>
    private bool IsAffiliation(EntityMatch entity)
    {
        var before = entity.FirstToken - 1;
        if (before >= 0 && IsIn(OrganisationDescriptors, doc.Word(before)))
        {
            before--;
        }
        return before >= 0 && doc.Word(before) is "في" or "لدي";
    }

    /// <summary>«محللون في شركة برنشتاين للأبحاث» with no catalog entry: the organisation the catalog lacks, by its name.</summary>
    private ResolvedSpeaker? AffiliatedOrganisation(int first, int last)
    {
        for (var t = first + 1; t < last; t++)
        {
            if (doc.Word(t) is "في" or "لدي" && IsIn(OrganisationDescriptors, doc.Word(t + 1)) && ReadSource(t + 1, last) is { UncataloguedOrganisation: true } organisation)
            {
                return organisation;
            }
        }
        return null;
    }

    private bool HasDefiniteWord(int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (HasArticle(doc.Word(t)))
            {
                return true;
            }
        }
        return false;
    }

    private IReadOnlyList<string> TitleWordsOf((int First, int Last)? range) =>
        range is { } r && r.First <= r.Last ? Enumerable.Range(r.First, r.Last - r.First + 1).Select(t => Bare(doc.Word(t))).ToList() : [];

    /// <summary>A person noun, also in the construct plural («مؤسسي الشركة»، «مسؤولي الوزارة»).</summary>
    public static bool IsPersonWord(string word) =>
        IsIn(PersonNouns, word) || (word.Length > 3 && word[^1] == 'ي' && IsIn(PersonNouns, word[..^1]));

    /// <summary>A word after «في» that names a field of expertise, not a place or an organisation.</summary>
    private bool IsFieldWord(int t) =>
        doc.EntityAt(t) is null && HasArticle(doc.Word(t)) && !IsIn(OrganisationDescriptors, doc.Word(t)) && !IsIn(OrganisationAnaphors, doc.Word(t));

    private string? AppositionRole((int First, int Last)? apposition)
    {
        if (apposition is not { } a)
        {
            return null;
        }
        var lead = doc.Word(a.First);
        return IsIn(Titles, lead) || IsIn(PersonNouns, lead) ? RoleText(a.First, a.Last) : null;
    }

    private ResolvedSpeaker? AppositionPerson((int First, int Last)? apposition)
    {
        if (apposition is { } a && doc.EntityAt(a.First) is { Entry.Type: EntityType.Person } person)
        {
            return EntitySpeaker(person, null, Gender.Unknown, plural: false);
        }
        return null;
    }

    private (int First, int Last)? AppositionName((int First, int Last)? apposition)
    {
        if (apposition is not { } a || a.Last - a.First >= MaxNameWords)
        {
            return null;
        }
        for (var t = a.First; t <= a.Last; t++)
        {
            if (!CanBeName(t) && doc.EntityAt(t) is null)
            {
                return null;
            }
        }
        return a;
    }
}
