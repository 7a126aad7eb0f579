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
    public NameReader Names { get; } = new(doc);

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
        if ((IsIn(Titles, lead) || (IsPersonWord(lead) && HasDefiniteWord(first, last))) && AppositionName(apposition) is { } named2
            && (TrailingName(first + 1, last) is null || NamesAnOrganisation(first + 1, last)))
        {
            // «الرئيسة التنفيذية لشركة فالكون تك، سارة بن علي،»: the words after the kind of organisation are its name;
            // the person is named in apposition.
            return Found(Uncatalogued(named2.First, named2.Last, RoleText(first, last), gender) with { TitleWords = TitleWordsOf((first, last)) });
        }
        if ((IsIn(Titles, lead) || (IsPersonWord(lead) && HasDefiniteWord(first, last))) && TrailingName(first + 1, last) is { } titledName
            && !NamesAnOrganisation(first + 1, last) && TitleIntroducesName(first, titledName.First, lead))
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
            // «نقلت رويترز عن مصدر مطلع على الصفقة قوله»: the source's words end before what it knows about.
            if (IsIn(Spokespeople, lead) && first + 2 <= last && doc.Word(first + 1) == "باسم" && HasArticle(doc.Word(first + 2))
                && IsIn(OrganisationAnaphors, doc.Word(first + 2)) && Antecedent(Bare(doc.Word(first + 2)), verbToken) is { } organisation)
            {
                // «وقالت المتحدثة باسم الشركة إن»: the spokesperson speaks for the company named before, in her own gender.
                return Found(organisation with { Speaker = organisation.Speaker with { Role = RoleText(first, first + 1) }, Gender = gender });
            }
            return Found(EditorialSource(verbToken) ?? AffiliatedOrganisation(first, last) ?? Unnamed(first, UnnamedPhraseEnd(first, last), gender, plural));
        }

        if (IsIn(OrganisationDescriptors, lead))
        {
            // An organisation the catalog lacks: «قالت صحيفة وول ستريت جورنال» by its name, «قالت وزارة التجارة
            // الصينية» (no name) and «قالت جمعية ديجيتال يوروب» by its kind and what follows.
            if (!IsIn(Ministries, lead) && QuotedNameAfter(first, last) is { } quoted)
            {
                // «أعلنت مجموعة «الفطيم» الإماراتية»: the quoted words are the name, article and all.
                return Found(Uncatalogued(quoted.First, quoted.Last, null, Gender.Feminine) with { UncataloguedOrganisation = true, OrganisationKind = Bare(lead) });
            }
            if (first < last && !IsIn(Ministries, lead) && CanBeName(first + 1) && ReadSource(first, last) is { } organisation)
            {
                return Found(organisation);
            }
            return Found(Unnamed(first, UnnamedPhraseEnd(first, last), Gender.Feminine, plural: false) with { UncataloguedOrganisation = true, OrganisationKind = Bare(lead) });
        }

        // An unknown word: a name the catalog lacks, or a thing the lists do not know. A title in apposition says it
        // is a person, whatever the verb («ويرى لي مين هي، المحلل في …، أن»).
        var titledApposition = AppositionRole(apposition) is not null;
        if (verb.Kind != VerbKind.Speech && (HasArticle(lead) || (verb.Tense == VerbTense.Present && !titledApposition && !IsPersonName(first, last))))
        {
            return SubjectReading.NotASpeaker;
        }
        var nameEnd = Names.End(first, last, bounded: true);
        if (HasArticle(lead) || nameEnd is null)
        {
            return verb.Kind == VerbKind.Speech ? Found(Unnamed(first, last, gender, plural)) : SubjectReading.NotASpeaker;
        }
        return Found(Uncatalogued(first, nameEnd.Value, AppositionRole(apposition), gender) with { TitleWords = TitleWordsOf(apposition) });
    }

    /// <summary>
    /// The source of an attribution; «بحسب ما نقلته وكالة X عن مصادر مطلعة» names the agency and, after عن, the source
    /// it quoted, who is the speaker.
    /// </summary>
    public ResolvedSpeaker? ReadAttribution(int first, int last, int at = -1)
    {
        for (var t = first + 1; t < last; t++)
        {
            if (doc.Word(t) == "عن" && ReadSource(t + 1, last, at) is { } relayed)
            {
                return relayed;
            }
        }
        return ReadSource(first, last, at);
    }

    /// <summary>The source named in an attribution («بحسب مصادر مطلعة»، «وفقاً لصحيفة X»، «نقلاً عن مسؤول»).</summary>
    /// <param name="at">Where the attribution stands, so that «بحسب الشركة» finds the company named before it.</param>
    public ResolvedSpeaker? ReadSource(int first, int last, int at = -1)
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
        var lead = NameReader.StripPreposition(word);
        if (IsIn(PersonNouns, lead))
        {
            // «وفقاً لمصادر مطلعة»: the glued preposition is not part of the source's words. «بحسب الخبير الاقتصادي
            // هاني توفيق»، «وفقاً لوزير الصناعة أحمد سمير»: a definite title names the person after it.
            var phraseEnd = UnnamedPhraseEnd(first, last);
            if (IsIn(Titles, lead) && TrailingName(first + 1, phraseEnd) is { } name && TitleIntroducesName(first, name.First, lead))
            {
                var titleSkip = lead == word ? 0 : 1;
                var role = name.First > first ? doc.OriginalWords(first, name.First - 1, titleSkip) : null;
                var feminine = IsIn(FeminineTitles, lead) ? Gender.Feminine : Gender.Unknown;
                return Uncatalogued(name.First, name.Last, role, feminine) with { TitleWords = TitleWordsOf((first, name.First - 1)) };
            }
            var skip = lead == word ? 0 : word.StartsWith("لل", StringComparison.Ordinal) ? 2 : 1;
            return Unnamed(first, phraseEnd, Gender.Unknown, IsIn(PluralPersonNouns, lead), skip);
        }
        if (at >= 0 && HasArticle(lead) && IsIn(OrganisationAnaphors, lead) && (first == last || SubjectStoppers.Contains(doc.Word(first + 1))))
        {
            return Antecedent(Bare(lead), at); // «…، بحسب الشركة»: the company named before
        }
        if (IsIn(Ministries, lead) && !HasArticle(lead) && first < last)
        {
            // «بحسب اتحاد الغرف التجارية»: a body whose kind is part of its name.
            var skip = lead == word ? 0 : 1;
            return Unnamed(first, UnnamedPhraseEnd(first, last), Gender.Feminine, plural: false, skip) with { UncataloguedOrganisation = true, OrganisationKind = Bare(lead) };
        }
        if (IsIn(MediaNouns, lead) || IsIn(OrganisationDescriptors, lead))
        {
            // «وفق ما نقل موقع دايلي ميل»، «شركة الأبحاث غارتنر»: an organisation the catalog lacks is named by the
            // first name-like words after its kind.
            var start = first + 1;
            while (start <= last && start - first <= 3 && !CanBeName(start) && !SubjectStoppers.Contains(doc.Word(start)))
            {
                start++;
            }
            if (start > last || start - first > 3)
            {
                return null;
            }
            var end = TrimAdjectives(start, Names.End(start, last, bounded: false) ?? start);
            return Uncatalogued(start, end, null, Gender.Feminine) with { UncataloguedOrganisation = true, OrganisationKind = Bare(lead) };
        }
        return null;
    }

    /// <summary>
    /// The subject after a verb that reports nothing, up to its object: a catalog person or organisation, a title
    /// followed by a name («الوزير أحمد سمير المعرض» → أحمد سمير; «مدير شركة نكست ويف خالد يوسف المصنع» → خالد يوسف), a
    /// title alone that an earlier speaker was introduced with («الوزير»), or the name of someone who has spoken.
    /// Null for anything else: a thing, or a name that may as well be the object.
    /// </summary>
    public ResolvedSpeaker? ReadOpeningSubject(int first, int limit)
    {
        var lead = doc.Word(first);
        if (doc.EntityAt(first) is { Entry.Type: EntityType.Person or EntityType.Organization } named
            && !(named.Entry.Type == EntityType.Organization && IsIn(Titles, lead)))
        {
            // (A title the recognizer took for an organisation, «المفوضة الأوروبية», is read as the title it is.)
            return EntitySpeaker(named, null, Gender.Unknown, plural: false);
        }
        if (IsIn(OrganisationDescriptors, lead) && !IsIn(Ministries, lead) && doc.EntityAt(first + 1) is { Entry.Type: EntityType.Organization } organisation)
        {
            return EntitySpeaker(organisation, null, Gender.Feminine, plural: false);
        }
        if (Names.End(first, limit, bounded: false) is { } end && history.ByName(Enumerable.Range(first, end - first + 1).Select(doc.Word).ToList()) is { } spoken)
        {
            return spoken; // «واستقبل يوسف الحمادي الوفد، مؤكداً»: someone who has already spoken
        }
        if (!IsIn(Titles, lead) && !IsPersonWord(lead))
        {
            return PlainNameSubject(first, limit);
        }
        var gender = IsIn(FeminineTitles, lead) ? Gender.Feminine : Gender.Masculine;
        var titleEnd = first;
        for (var t = first + 1; t <= limit && t - first <= MaxPhraseWords + 2; t++)
        {
            var gap = doc.GapBefore(t);
            if (QuoteDocument.HasComma(gap) && NameBetweenCommas(t, limit) is { } apposed)
            {
                // «ورفضت المفوضة الأوروبية للشؤون الرقمية، إيلينا فيرتانين، دعوات التأجيل»
                return Uncatalogued(apposed.First, apposed.Last, RoleText(first, titleEnd), gender) with { TitleWords = TitleWordsOf((first, titleEnd)) };
            }
            if (QuoteDocument.HasPunctuation(gap) || gap.Contains('"'))
            {
                break;
            }
            if (doc.EntityAt(t) is { } match)
            {
                if (match.Entry.Type == EntityType.Person && match.FirstToken == t)
                {
                    return EntitySpeaker(match, RoleText(first, t - 1), gender, plural: false);
                }
                t = titleEnd = match.LastToken;
                continue;
            }
            if (Names.IsNameWord(t) || Names.CompoundAt(t, limit))
            {
                var nameEnd = Names.End(t, limit, bounded: false) ?? t;
                if (IsNamingDescriptor(t - 1))
                {
                    if (nameEnd - t < 2)
                    {
                        t = titleEnd = nameEnd; // «مدير شركة نكست ويف»: the organisation's name
                        continue;
                    }
                    t = nameEnd - 1; // a long run after the kind of organisation ends with the person's two names
                }
                if (!LooksLikeName(t, nameEnd))
                {
                    break; // «استقبل الوزير وفد الشركتين»: the object, not a name
                }
                return Uncatalogued(t, nameEnd, RoleText(first, t - 1), gender) with { TitleWords = TitleWordsOf((first, t - 1)) };
            }
            var word = doc.Word(t);
            if (!(HasArticle(word) || word is "في" or "لدي" || NameReader.IsPrepositional(word) || IsIn(OrganisationDescriptors, word) || IsIn(Titles, word)
                || Names.IsCoordinatedNoun(t)))
            {
                break;
            }
            titleEnd = t;
        }
        if (HasArticle(lead) && history.ByTitle(Bare(lead)) is { } titled)
        {
            return titled;
        }
        // A title with no name: its words are the speaker («استقبل وزير الاتصالات وتقنية المعلومات السعودي الوفد»).
        return titleEnd > first || HasArticle(lead) ? Unnamed(first, titleEnd, gender, plural: false) with { TitleWords = TitleWordsOf((first, titleEnd)) } : null;
    }

    /// <summary>True when a title phrase already ends with the name of the person it introduces («وزير المالية محمد معيط»).</summary>
    public bool TitledNameEnds(int first, int last) =>
        last > first && TrailingName(first + 1, last) is { } name && !NamesAnOrganisation(first + 1, last)
        && TitleIntroducesName(first, name.First, doc.Word(first)) && LooksLikeName(name.First, name.Last);

    /// <summary>A name between two commas starting at <paramref name="t"/> («، إيلينا فيرتانين،»).</summary>
    private (int First, int Last)? NameBetweenCommas(int t, int limit)
    {
        var end = t;
        while (end + 1 <= limit && end - t < NameReader.MaxNameParts * 2 && !QuoteDocument.HasComma(doc.GapAfter(end))
            && (!QuoteDocument.HasPunctuation(doc.GapAfter(end)) || doc.IsInitialDot(end)))
        {
            end++;
        }
        return end + 1 <= limit && QuoteDocument.HasComma(doc.GapAfter(end)) && Names.End(t, end, bounded: true) == end ? (t, end) : null;
    }

    /// <summary>
    /// Name words read with no boundary to end them are a name when they open with a given name, hold an Arabic compound
    /// (عبد الله، بن فهد) or are two plain words or more; one unknown word and a definite one («وفد الشركتين») may as well
    /// be the verb's object.
    /// </summary>
    public bool LooksLikeName(int first, int last)
    {
        if (GivenNames.Contains(doc.Word(first)))
        {
            return true;
        }
        var plain = 0;
        for (var t = first; t <= last; t++)
        {
            if (Names.CompoundAt(t, last))
            {
                return true;
            }
            plain += HasArticle(doc.Word(t)) ? 0 : 1;
        }
        return plain >= 2;
    }

    /// <summary>
    /// «ورفض سامي كريم عرض الاستحواذ، مؤكداً»: a name of two or three words with no title after the opening verb. A
    /// third word right before a definite noun is read as the object in construct with it («عرض الاستحواذ»), not as
    /// part of the name.
    /// </summary>
    private ResolvedSpeaker? PlainNameSubject(int first, int limit)
    {
        if (Names.End(first, limit, bounded: false) is not { } end || end == first)
        {
            return null;
        }
        if (end - first >= 2 && end + 1 <= limit && HasArticle(doc.Word(end + 1)) && !QuoteDocument.HasPunctuation(doc.GapAfter(end)))
        {
            end--;
        }
        var parts = 0;
        for (var t = first; t <= end; t++)
        {
            parts += Names.CompoundAt(t, end) ? 0 : 1;
            if (doc.Tokens[t].Kind != TokenKind.Arabic)
            {
                return null;
            }
        }
        return parts is >= 2 and <= 3 ? Uncatalogued(first, end, null, Gender.Unknown) : null;
    }

    /// <summary>«صحيفة هاندلسبلات الألمانية»: an organisation's name ends before the adjectives with the article after it.</summary>
    /// <summary>
    /// «لشركة بنية تحتية رقمية»، «شركة تقنية ناشئة»: a kind of company described by a noun and feminine adjectives, not
    /// a company's name; a name in quotation marks is always a name.
    /// </summary>
    private bool DescribesAKind(int start, int end)
    {
        if (end <= start || doc.GapBefore(start).Contains('"'))
        {
            return false;
        }
        for (var t = start + 1; t <= end; t++)
        {
            if (!doc.Word(t).EndsWith("يه", StringComparison.Ordinal) || doc.Word(t).Length < 4)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A name of at most three words in quotation marks right after the kind of organisation at <paramref name="kind"/>.</summary>
    private (int First, int Last)? QuotedNameAfter(int kind, int limit)
    {
        var start = kind + 1;
        if (start > limit || start >= doc.Count || !doc.GapBefore(start).Contains('"') || doc.Paragraph(start) != doc.Paragraph(kind))
        {
            return null;
        }
        var end = start;
        while (end < limit && end - start < 2 && !doc.GapAfter(end).Contains('"') && !QuoteDocument.HasPunctuation(doc.GapAfter(end)))
        {
            end++;
        }
        return doc.GapAfter(end).Contains('"') ? (start, end) : null;
    }

    private int TrimAdjectives(int start, int end)
    {
        while (end > start && HasArticle(doc.Word(end)))
        {
            end--;
        }
        return end;
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
        EntityMatch? sameKind = null;
        for (var i = doc.Analyzed.Entities.Count - 1; i >= 0 && sameKind is null; i--)
        {
            var match = doc.Analyzed.Entities[i];
            if (match.NormEnd > before || match.Entry.Type != EntityType.Organization)
            {
                continue;
            }
            var descriptor = match.FirstToken > 0 ? Bare(NameReader.StripPreposition(doc.Word(match.FirstToken - 1))) : "";
            if (descriptor == noun)
            {
                sameKind = match;
            }
            // «جامعة هارفارد» or «وزارة التجارة» named with another kind is no company for «الشركة» to refer to.
            var head = Bare(NameReader.StripPreposition(doc.Word(match.FirstToken)));
            var otherKind = IsIn(CompanyNouns, noun) && IsIn(OrganisationDescriptors, head) && !IsIn(CompanyNouns, head);
            fallback ??= IsIn(MediaNouns, descriptor) || otherKind ? null : match;
        }
        // «أطلقت شركة نكست ويف … بحسب الشركة»: a company the catalog lacks, named after its kind, may be newer.
        if (NamedWithKind(noun, verbToken) is { } named && (sameKind is null || named.First > sameKind.LastToken))
        {
            return Uncatalogued(named.First, named.Last, null, Gender.Feminine) with { UncataloguedOrganisation = true, OrganisationKind = noun };
        }
        if (sameKind is not null)
        {
            return EntitySpeaker(sameKind, null, Gender.Feminine, plural: false);
        }
        if (history.LastOrganisation(noun) is { } spoken)
        {
            return spoken;
        }
        return fallback is null ? null : EntitySpeaker(fallback, null, Gender.Feminine, plural: false);
    }

    /// <summary>The newest organisation the catalog lacks written after its kind («شركة نكست ويف») before a word.</summary>
    private (int First, int Last)? NamedWithKind(string noun, int verbToken)
    {
        if (!IsIn(OrganisationDescriptors, noun) || IsIn(Ministries, noun))
        {
            return null;
        }
        for (var t = verbToken - 2; t >= 0; t--)
        {
            var word = NameReader.StripPreposition(doc.Word(t));
            if (word.Length > 1 && word[0] == 'و')
            {
                word = word[1..];
            }
            if (word == noun && doc.EntityAt(t + 1) is null && QuotedNameAfter(t, verbToken - 1) is { } quoted)
            {
                return quoted; // «مجموعة «الفطيم»»
            }
            if (word == noun && doc.EntityAt(t + 1) is null && Names.IsNameWord(t + 1) && Names.End(t + 1, verbToken - 1, bounded: false) is { } end
                && !DescribesAKind(t + 1, end))
            {
                return (t + 1, TrimAdjectives(t + 1, end));
            }
        }
        return null;
    }

    /// <summary>«في مقال افتتاحي نُشر في صحيفة بكين ديلي …، أشار أحد المشاركين»: an unnamed writer speaks for the outlet.</summary>
    public ResolvedSpeaker? EditorialSource(int verbToken)
    {
        var start = doc.SentenceStart(verbToken);
        for (var t = start; t < verbToken; t++)
        {
            if (!IsIn(EditorialPieces, NameReader.StripPreposition(doc.Word(t))))
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
        if (entity.Entry.Type == EntityType.Product && !(IsIn(Titles, lead) || IsIn(PersonNouns, lead)))
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
            var trailing = TrailingName(entity.LastToken + 1, last);
            if (AppositionName(apposition) is { } appositionName
                && (trailing is not { } words || (words.Last - words.First < 2 && (words.First == entity.LastToken + 1 || IsNamingDescriptor(words.First - 1)))))
            {
                // «الرئيسة التنفيذية لشركة فالكون تك، سارة بن علي،»: a word or two after the organisation's name are
                // still its name; the person is named in apposition.
                // The title before the organisation lets «كما أكد المتحدث» refer back to them.
                return Found(Uncatalogued(appositionName.First, appositionName.Last, role, gender) with { TitleWords = TitleWordsOf((first, entity.FirstToken - 1)) });
            }
            if (trailing is { } name)
            {
                // «مؤسس ديب سيك ليانغ وين فنغ»: title, organisation, then an uncatalogued name.
                return Found(Uncatalogued(name.First, name.Last, role, gender) with { TitleWords = TitleWordsOf((first, entity.FirstToken - 1)) });
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
            return Found(Unnamed(first, UnnamedPhraseEnd(first, last), Gender.Feminine, plural: false) with { UncataloguedOrganisation = true, OrganisationKind = Bare(lead) });
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
            if (SubjectStoppers.Contains(word) || IsIn(Adverbs, word) || doc.IsComplementiser(t) || ReportingVerbs.Find(word) is not null)
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
            if (SubjectStoppers.Contains(next) || IsIn(Adverbs, next) || (HasArticle(next) && IsIn(Titles, next)) || doc.IsComplementiser(end + 1) || ReportingVerbs.Find(next) is not null)
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

    /// <summary>The name-like words that end a phrase («… اللندني غوستاف فوشيه» → غوستاف فوشيه).</summary>
    private (int First, int Last)? TrailingName(int from, int last) =>
        from <= last && Names.Start(last, from) is { } start ? (start, last) : null;

    /// <summary>A word that may be part of a person's name: no article, no clitic preposition, not a known common word.</summary>
    public bool CanBeName(int t) => Names.IsNameWord(t);

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

    /// <summary>The role words at the start of a title phrase, up to the organisation or a preposition.</summary>
    private string? RoleText(int first, int last)
    {
        var end = first - 1;
        for (var t = first; t <= last && t - first < MaxRoleWords; t++)
        {
            var word = doc.Word(t);
            if (doc.EntityAt(t) is not null || Clitics.IsBareProclitic(word) || NameReader.IsPrepositional(word)
                || (t > first && IsIn(OrganisationDescriptors, word) && Bare(word) != "مجلس")) // «رئيس مجلس الإدارة» is one title
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
            if (doc.Word(t) is "في" or "لدي" && IsIn(OrganisationDescriptors, doc.Word(t + 1)) && !IsIn(Ministries, doc.Word(t + 1))
                && ReadSource(t + 1, last) is { UncataloguedOrganisation: true } organisation)
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
        if (apposition is not { } a)
        {
            return null;
        }
        var first = a.First;
        while (first < a.Last && HasArticle(doc.Word(first)) && IsIn(Titles, doc.Word(first)))
        {
            first++; // «رئيس مجلس الإدارة، الشيخ سلطان بن خليفة،»: an honorific before the name in apposition
        }
        return Names.End(first, a.Last, bounded: true) == a.Last ? (first, a.Last) : null;
    }

    /// <summary>
    /// Words that can only be a person's name, even after a verb that may mean "shows" («وترى منى السيد أن»): a name
    /// someone already spoke under, or a given name with a family name written with the article or a compound of an Arabic
    /// name (عبد الله، أبو زيد، بن علي). «ترى شركات كثيرة أن» is neither.
    /// </summary>
    private bool IsPersonName(int first, int last)
    {
        if (Names.End(first, last, bounded: true) != last)
        {
            return false;
        }
        if (history.ByName(Enumerable.Range(first, last - first + 1).Select(doc.Word).ToList()) is not null)
        {
            return true;
        }
        return last > first && Names.IsNameWord(first)
            && (HasArticle(doc.Word(last)) || Enumerable.Range(first, last - first).Any(t => Names.CompoundAt(t, last)));
    }

    /// <summary>
    /// A title names the person after it when it is definite — «الخبير الاقتصادي هاني توفيق»، «وزير الصناعة أحمد سمير»،
    /// «محلل في شركة ويدبوش دان آيفز» — not when it is indefinite and followed by adjectives («مسؤول حكومي مطلع»).
    /// </summary>
    private bool TitleIntroducesName(int first, int nameStart, string lead)
    {
        if (HasArticle(lead))
        {
            return true;
        }
        for (var t = first + 1; t < nameStart; t++)
        {
            var word = NameReader.StripPreposition(doc.Word(t));
            if (HasArticle(word) || doc.EntityAt(t) is not null || word is "في" or "لدي" || IsIn(OrganisationDescriptors, word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when the name-like words that end a title phrase are the name of the organisation in the title: one or two
    /// words right after its kind («الرئيسة التنفيذية لشركة فالكون تك»), not a person.
    /// </summary>
    private bool NamesAnOrganisation(int from, int last) =>
        TrailingName(from, last) is { } name && name.First > 0 && name.Last - name.First < 2
        && (IsNamingDescriptor(name.First - 1) || doc.Word(name.First - 1) == "ل"); // «الرئيس التنفيذي لـ«مدار»»: the title's organisation

    /// <summary>An indefinite kind of organisation, with or without a glued preposition (شركة، لشركة), which a name follows.</summary>
    private bool IsNamingDescriptor(int t)
    {
        var word = NameReader.StripPreposition(doc.Word(t));
        return !HasArticle(word) && IsIn(OrganisationDescriptors, word);
    }
}
