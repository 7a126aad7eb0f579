using DeepSeekNews.Analysis.Entities;
using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Analysis.Quotes;

/// <summary>
/// Quotes in English text: «"…," said X», «"…," X said», «X said: "…"», «X said "…"», «X said (that) …», «"…," he said»,
/// «according to X», participles that continue the speaker («…, adding that …»).
/// </summary>
internal sealed class EnglishQuoteRules : QuoteRules
{
    private const int MaxNounPhrase = 8;
    private const int MaxAdjuncts = 8;

    /// <summary>Verbs of speech; "ambiguous" ones also mean "shows" and need a subject that can speak.</summary>
    private static readonly Dictionary<string, (bool Ambiguous, bool Participle)> Verbs = BuildVerbs();

    private static readonly HashSet<string> Adverbs =
    [
        "also", "later", "previously", "recently", "reportedly", "publicly", "once", "then", "further", "separately",
        "earlier", "again", "repeatedly", "has", "had", "have", "has", "was", "quickly", "simply", "told",
    ];

    private static readonly HashSet<string> NounPhraseStoppers =
    [
        "that", "and", "but", "which", "who", "whom", "while", "as", "because", "so", "if", "when", "where", "this", "these",
        "it", "he", "she", "they", "we", "i", "you", "said", "says", "how", "what", "why", "whether", "described",
    ];

    private static readonly HashSet<string> PersonNouns =
    [
        "spokesperson", "spokesman", "spokeswoman", "source", "sources", "official", "officials", "analyst", "analysts",
        "expert", "experts", "executive", "executives", "researcher", "researchers", "engineer", "engineers", "people",
        "person", "insider", "insiders", "employee", "employees", "investor", "investors", "critics", "observers", "users",
        "someone", "representative", "representatives", "founder", "ceo", "president", "chairman", "chairwoman", "director",
        "minister", "professor", "scientist", "scientists", "partner", "manager", "officer", "economist", "economists",
        "lawmakers", "lawmaker", "legislators", "senator", "senators", "authorities", "police", "prosecutors", "regulators",
        "residents", "witnesses", "doctors", "members", "leaders", "founders", "developers", "engineers", "staff", "workers",
        "customers", "advocates", "organizers", "campaigners", "activists", "commentators", "fans", "parents", "students",
    ];

    private static readonly HashSet<string> OrganisationAnaphors =
    [
        "company", "firm", "startup", "group", "ministry", "government", "agency", "newspaper", "lab", "laboratory", "maker",
        "chipmaker", "giant", "utility", "carmaker", "automaker", "bank", "lender", "retailer", "operator", "developer",
        "manufacturer", "insurer", "regulator", "union", "association", "conglomerate", "platform", "owner",
    ];

    private static readonly HashSet<string> Spokespeople = ["spokesperson", "spokesman", "spokeswoman", "representative"];

    private static readonly HashSet<string> Prepositions =
    [
        "in", "on", "at", "during", "last", "earlier", "to", "from", "with", "for", "after", "before", "via", "through",
        "this", "about", "of",
    ];

    private static readonly HashSet<string> AdjunctWords =
    [
        "a", "an", "the", "statement", "interview", "post", "blog", "tweet", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "week", "month", "year", "conference", "call", "event", "earnings", "reporters",
        "journalists", "press", "briefing", "his", "her", "their", "its", "x", "linkedin", "separate", "video", "podcast",
    ];

    /// <summary>Title words before a name: "Chief Executive Park Sung-min", "County Supervisor Dana Whitfield".</summary>
    private static readonly HashSet<string> TitleWords =
    [
        "chief", "executive", "officer", "ceo", "cfo", "coo", "cto", "president", "vice", "chairman", "chairwoman", "chair",
        "director", "manager", "minister", "secretary", "governor", "senator", "representative", "rep", "mayor", "supervisor",
        "commissioner", "spokesperson", "spokesman", "spokeswoman", "founder", "cofounder", "co", "head", "analyst",
        "economist", "professor", "dr", "mr", "mrs", "ms", "counsel", "partner", "judge", "ambassador", "premier", "prime",
        "deputy", "senior", "lead", "principal", "managing", "treasurer", "councilman", "councilwoman", "councillor",
        "trustee", "sheriff", "attorney", "lawmaker", "chancellor", "researcher", "scientist", "engineer",
    ];

    /// <summary>Words a sentence opens with that are capitalised for that reason alone, never a name.</summary>
    private static readonly HashSet<string> SentenceOpeners =
    [
        "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "but", "and", "or",
        "however", "meanwhile", "still", "yet", "so", "then", "also", "in", "on", "at", "after", "before", "while", "when",
        "its", "his", "her", "their", "our", "some", "many", "most", "others", "there", "here", "shares", "officials",
    ];

    /// <summary>Last words of organisation names: a capitalised run ending in one is an organisation ("Hanwool Semiconductor").</summary>
    private static readonly HashSet<string> OrganisationSuffixes =
    [
        "inc", "corp", "corporation", "co", "ltd", "llc", "plc", "group", "holdings", "semiconductor", "semiconductors",
        "electronics", "technologies", "technology", "systems", "energy", "motors", "bank", "capital", "partners", "labs",
        "ai", "pharmaceuticals", "industries", "authority", "agency", "alliance", "council", "association", "foundation",
        "institute", "center", "centre", "fund", "university", "commission", "ministry", "department", "utility", "power",
        "airlines", "networks", "communications", "media", "ventures", "robotics", "software", "solutions", "federation",
        "union", "board", "bureau", "administration", "office", "service", "services", "trust", "exchange",
    ];

    /// <summary>Lower-case words inside an organisation's name: "Federation of Korean Industries", "Memphis Light, Gas and Water".</summary>
    private static readonly HashSet<string> NameJoiners = ["of", "for", "and", "&", "de", "du", "la", "von", "van", "the"];

    private readonly Dictionary<CatalogEntry, bool> _outlets = new(ReferenceEqualityComparer.Instance);

    public EnglishQuoteRules(QuoteDocument doc, List<QuotedSpan> spans)
        : base(doc, spans)
    {
    }

    public List<FoundQuote> Find()
    {
        for (var t = 0; t < _doc.Count; t++)
        {
            HandleSpansEndingBefore(t);
            if (_consumed.Contains(t))
            {
                continue;
            }
            if (_doc.Word(t) == "according" && InSentence(t + 1, t) && _doc.Word(t + 1) == "to")
            {
                HandleAccordingTo(t);
            }
            else if (Verbs.TryGetValue(_doc.Word(t), out var verb))
            {
                HandleVerb(t, verb.Ambiguous, verb.Participle);
            }
        }
        HandleSpansEndingBefore(_doc.Count);
        return _quotes.Where(q => q.Speaker is not null).ToList();
    }

    private void HandleVerb(int v, bool ambiguous, bool participle)
    {
        ResolvedSpeaker? speaker;
        var explicitSubject = false;
        var after = v;
        (int First, int Last)? subject = null;
        if (participle)
        {
            // «…, adding that …», «rejected the bid, writing on X: …»: whoever this sentence has had speak, else the
            // subject of its main clause, else the newest speaker.
            speaker = _history.ContinueInSentence(Gender.Unknown, plural: false, _doc.Sentence(v))
                ?? SentenceSubject(v)
                ?? _history.Latest(_ => true, _doc.Paragraph(v), recentOnly: true);
        }
        else if (SubjectBefore(v) is { } before)
        {
            speaker = Read(before.First, before.Last, v, ambiguous);
            explicitSubject = true;
            subject = before;
        }
        else if (SubjectAfter(v) is { } inverted)
        {
            speaker = Read(inverted.First, inverted.Last, v, ambiguous);
            explicitSubject = true;
            after = inverted.Last;
        }
        else
        {
            return;
        }
        if (speaker is null)
        {
            return;
        }

        var emitted = false;
        if (DirectAfter(v, after) is { } span)
        {
            _handled.Add(span);
            emitted = Add(DirectQuote(span, speaker, v));
        }
        else if (Complement(v, after) is { } complement)
        {
            emitted = AddIndirect(complement, ComplementEnd(complement), speaker, v);
        }
        else if (explicitSubject && StatementBefore(subject?.First ?? v, after) is { } statement)
        {
            // «Samsung will cut output next year, Bloomberg News reported», «…, said the company»: the attribution
            // closes the sentence and the statement before its comma is what was said.
            emitted = AddIndirect(statement.First, statement.Last, speaker, v);
        }
        if (emitted || (explicitSubject && speaker.Entity is not null))
        {
            _history.Add(speaker, _doc.Paragraph(v), _doc.Sentence(v));
        }
    }

    /// <summary>
    /// The statement an attribution at the end of a sentence reports: the words from the start of the sentence to the
    /// comma before the attribution, when nothing but adjuncts («told Reuters», «in a statement on Monday», «citing
    /// people familiar with the matter») follows the attribution's verb or subject.
    /// </summary>
    private (int First, int Last)? StatementBefore(int attributionStart, int after)
    {
        var start = _doc.SentenceStart(attributionStart);
        if (attributionStart - start < 3 || !QuoteDocument.HasComma(_doc.GapBefore(attributionStart)) || _doc.GapBefore(attributionStart).Contains('"'))
        {
            return null;
        }
        for (var t = after + 1; InSentence(t, attributionStart); t++)
        {
            if (QuoteDocument.HasComma(_doc.GapBefore(t)))
            {
                break; // «…, the company said on Wednesday, as it seeks …»: the writer goes on after the attribution
            }
            if (QuoteDocument.HasPunctuation(_doc.GapBefore(t)) || !IsAdjunctWord(t))
            {
                return null;
            }
        }
        return (start, attributionStart - 1);
    }

    /// <summary>
    /// The subject of the sentence's main clause: the name or organisation it opens with («Sam Altman rejected …»,
    /// «OpenAI CEO Sam Altman …»), possibly after an opening adjunct and its comma («On Monday, Nvidia …»).
    /// </summary>
    private ResolvedSpeaker? SentenceSubject(int v)
    {
        var start = _doc.SentenceStart(v);
        if (Prepositions.Contains(_doc.Word(start)))
        {
            for (var t = start + 1; t < v && t - start <= MaxAdjuncts; t++)
            {
                if (QuoteDocument.HasComma(_doc.GapBefore(t)))
                {
                    start = t;
                    break;
                }
            }
        }
        var end = start - 1;
        while (end + 1 < v && InSentence(end + 1, v) && end + 1 - start < MaxNounPhrase
            && (end + 1 == start || !QuoteDocument.HasPunctuation(_doc.GapBefore(end + 1)))
            && (IsCapitalised(end + 1) || _doc.EntityAt(end + 1) is not null || (end + 1 > start && NameJoiners.Contains(_doc.Word(end + 1)))
                || TitleWords.Contains(_doc.Word(end + 1)) || OrganisationAnaphors.Contains(_doc.Word(end + 1))))
        {
            end = _doc.EntityAt(end + 1)?.LastToken ?? end + 1; // "Company founder Lee Chang-ho", "OpenAI CEO Sam Altman"
        }
        while (end >= start && (NameJoiners.Contains(_doc.Word(end)) || (!IsCapitalised(end) && _doc.EntityAt(end) is null)))
        {
            end--;
        }
        return end >= start ? Read(start, end, v, ambiguous: false) : null;
    }

    /// <summary>A quotation right after the verb, or after «:» or a comma past a few adjuncts («told reporters: "…"»).</summary>
    private QuotedSpan? DirectAfter(int v, int after)
    {
        for (var k = after; k <= after + MaxAdjuncts && InSentence(k, v); k++)
        {
            var gap = _doc.GapAfter(k);
            if (SpanOpeningAfter(k) is { } span && !_handled.Contains(span) && (k == after || gap.Contains(':') || QuoteDocument.HasComma(gap)))
            {
                return span;
            }
            if (QuoteDocument.HasPunctuation(gap) || (k > after && !IsAdjunctWord(k)))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>Where indirect speech starts: after "that", or right after «said» when a clause follows it.</summary>
    private int? Complement(int v, int after)
    {
        for (var t = after + 1; t <= after + MaxAdjuncts && InSentence(t, v); t++)
        {
            if (_doc.Word(t) == "that")
            {
                return InSentence(t + 1, v) ? t + 1 : null;
            }
            if ((t > after + 1 && QuoteDocument.HasPunctuation(_doc.GapBefore(t))) || Verbs.ContainsKey(_doc.Word(t)) || !IsAdjunctWord(t))
            {
                break;
            }
        }
        if (after == v && _doc.Word(v) is "told" or "tells" && AddresseeEnd(v + 1, v) is { } addressee && InSentence(addressee + 1, v)
            && !QuoteDocument.HasPunctuation(_doc.GapBefore(addressee + 1)) && !Prepositions.Contains(_doc.Word(addressee + 1)))
        {
            return addressee + 1; // «told reporters the plant was on schedule»
        }
        var next = after + 1;
        if (after == v && InSentence(next, v) && !QuoteDocument.HasPunctuation(_doc.GapBefore(next)) && !Prepositions.Contains(_doc.Word(next))
            && _doc.Word(v) is "said" or "says" or "added" or "wrote" or "argued" or "warned" or "claimed" or "believes" or "predicted")
        {
            return next; // «Altman said the model was designed …»
        }
        return null;
    }

    /// <summary>Whom a speaker told: «reporters», «analysts», «Reuters», «the Financial Times»; the last word of it.</summary>
    private int? AddresseeEnd(int t, int v)
    {
        if (!InSentence(t, v) || QuoteDocument.HasPunctuation(_doc.GapBefore(t)))
        {
            return null;
        }
        if (_doc.Word(t) == "the" && InSentence(t + 1, v) && _doc.EntityAt(t + 1) is { } named)
        {
            return named.LastToken;
        }
        if (_doc.EntityAt(t) is { } match)
        {
            return match.LastToken;
        }
        return _doc.Word(t) is "reporters" or "journalists" or "analysts" or "investors" or "lawmakers" or "employees" or "staff" or "shareholders"
            ? t : null;
    }

    /// <summary>Words of the adjuncts between a verb and what it reports: «in a statement on Monday», «told Reuters».</summary>
    private bool IsAdjunctWord(int t) =>
        Prepositions.Contains(_doc.Word(t)) || AdjunctWords.Contains(_doc.Word(t)) || _doc.EntityAt(t) is not null || IsCapitalised(t);

    private int ComplementEnd(int first)
    {
        var end = first;
        while (end + 1 < _doc.Count && _doc.SameSentence(end + 1, first))
        {
            var next = end + 1;
            if (QuoteDocument.HasComma(_doc.GapBefore(next))
                && (_doc.Word(next) == "according" || Verbs.TryGetValue(_doc.Word(next), out var verb) && verb.Participle))
            {
                break;
            }
            end = next;
        }
        return end;
    }

    /// <summary>The subject before a verb: a name, a pronoun, «the company», «analysts at X», past an apposition.</summary>
    private (int First, int Last)? SubjectBefore(int v)
    {
        var b = v - 1;
        while (b >= 0 && _doc.SameSentence(b, v) && Adverbs.Contains(_doc.Word(b)) && !QuoteDocument.HasPunctuation(_doc.GapAfter(b)))
        {
            b--;
        }
        if (b < 0 || !_doc.SameSentence(b, v) || _doc.GapAfter(b).Contains('"'))
        {
            return null;
        }
        if (QuoteDocument.HasComma(_doc.GapAfter(b)))
        {
            // «Sam Altman, the chief executive of OpenAI, said»
            var a = b;
            while (a - 1 >= 0 && _doc.SameSentence(a - 1, v) && !QuoteDocument.HasPunctuation(_doc.GapAfter(a - 1)))
            {
                a--;
            }
            if (a - 1 < 0 || !_doc.SameSentence(a - 1, v) || !QuoteDocument.HasComma(_doc.GapAfter(a - 1)) || IsCapitalised(a) && _doc.EntityAt(a) is null)
            {
                return null;
            }
            b = a - 1;
        }
        else if (QuoteDocument.HasPunctuation(_doc.GapAfter(b)))
        {
            return null;
        }
        if (_doc.EntityAt(b) is { } match)
        {
            var first = match.FirstToken;
            while (first - 1 >= 0 && _doc.SameSentence(first - 1, v) && !QuoteDocument.HasPunctuation(_doc.GapAfter(first - 1))
                && (IsCapitalised(first - 1) || PersonNouns.Contains(_doc.Word(first - 1))) && match.FirstToken - first < 3)
            {
                first--; // «OpenAI CEO Sam Altman»
            }
            return (first, match.LastToken);
        }
        var start = b;
        while (start - 1 >= 0 && _doc.SameSentence(start - 1, v) && b - start < MaxNounPhrase - 1
            && !QuoteDocument.HasPunctuation(_doc.GapAfter(start - 1)) && !_doc.GapAfter(start - 1).Contains('"')
            && (!NounPhraseStoppers.Contains(_doc.Word(start - 1)) || JoinsName(start - 1))
            && (!NounPhraseStoppers.Contains(_doc.Word(start)) || JoinsName(start)))
        {
            start--;
        }
        if (IsCapitalised(start) && CapitalisedListFromSentenceStart(start) is { } listStart)
        {
            start = listStart; // «Memphis Light, Gas and Water, the city-owned utility, said»
        }
        return (start, b);
    }

    /// <summary>"and", "of" between two capitalised words of one name ("Gas and Water", "Federation of Korean Industries").</summary>
    private bool JoinsName(int t) =>
        t > 0 && t + 1 < _doc.Count && NameJoiners.Contains(_doc.Word(t)) && IsCapitalised(t - 1) && IsCapitalised(t + 1) && _doc.EntityAt(t - 1) is null;

    /// <summary>
    /// A name whose parts are separated by commas ("Memphis Light, Gas and Water"), as far back as the sentence start:
    /// only capitalised words and joiners, no catalog entity, from the start of the sentence to <paramref name="t"/>.
    /// </summary>
    private int? CapitalisedListFromSentenceStart(int t)
    {
        var start = _doc.SentenceStart(t);
        if (start == t || !QuoteDocument.HasComma(_doc.GapBefore(t)))
        {
            return null;
        }
        for (var k = start; k < t; k++)
        {
            if (_doc.EntityAt(k) is not null || !(IsCapitalised(k) || JoinsName(k)) || (k > start && QuoteDocument.HasPunctuation(_doc.GapBefore(k)) && !QuoteDocument.HasComma(_doc.GapBefore(k))))
            {
                return null;
            }
        }
        return start;
    }

    /// <summary>«"…," said Jim Fan, …»: the subject after an inverted verb.</summary>
    private (int First, int Last)? SubjectAfter(int v)
    {
        var first = v + 1;
        if (!InSentence(first, v) || QuoteDocument.HasPunctuation(_doc.GapBefore(first)) || SpanOpeningAfter(v) is not null)
        {
            return null;
        }
        var last = first;
        if (_doc.EntityAt(first) is { } match)
        {
            return (first, match.LastToken);
        }
        while (InSentence(last + 1, v) && last + 1 - first < MaxNounPhrase && !QuoteDocument.HasPunctuation(_doc.GapBefore(last + 1))
            && !NounPhraseStoppers.Contains(_doc.Word(last + 1)) && !Prepositions.Contains(_doc.Word(last + 1)))
        {
            last++;
        }
        return (first, last);
    }

    /// <summary>Reads an English noun phrase as a speaker, or null when it names no one who can speak.</summary>
    private ResolvedSpeaker? Read(int first, int last, int v, bool ambiguous)
    {
        EntityMatch? organisation = null;
        for (var t = first; t <= last; t++)
        {
            if (_doc.EntityAt(t) is { } match)
            {
                if (match.Entry.Type == EntityType.Person)
                {
                    var role = match.FirstToken > first ? RoleBefore(first, match.FirstToken - 1) : null;
                    return _resolver.EntitySpeaker(match, role, Gender.Unknown, plural: false);
                }
                if (match.Entry.Type is EntityType.Organization or EntityType.Location)
                {
                    organisation ??= match;
                }
                if (match.Entry.Type == EntityType.Product && ambiguous)
                {
                    return null;
                }
            }
        }
        var words = Enumerable.Range(first, last - first + 1).Select(_doc.Word).ToList();
        var paragraph = _doc.Paragraph(v);
        if (words.Count == 1)
        {
            switch (words[0])
            {
                case "he":
                    return _history.Latest(s => s.Entity is null or { Type: EntityType.Person } && s.Gender != Gender.Feminine && !s.Plural, paragraph, false);
                case "she":
                    return _history.Latest(s => s.Entity is null or { Type: EntityType.Person } && s.Gender != Gender.Masculine && !s.Plural, paragraph, false);
                case "they":
                    return _history.Latest(s => s.Plural, paragraph, false) ?? _history.LastOrganisation();
                case "it":
                    return _history.LastOrganisation();
            }
        }
        var trailingName = TrailingCapitalised(first, last);
        if (organisation is not null)
        {
            if (trailingName is { } name && name.First > organisation.LastToken)
            {
                if (organisation.Entry.Type == EntityType.Location && name.First == organisation.LastToken + 1 && PersonName(name) is null)
                {
                    return Uncatalogued(organisation.FirstToken, name.Last, null, organisation: true); // "the Arizona Commerce Authority"
                }
                if (PersonName(name) is { } titled)
                {
                    return Uncatalogued(titled.First, titled.Last, RoleBefore(first, titled.First - 1));
                }
            }
            var spoke = words.Any(Spokespeople.Contains) ? RoleBefore(first, last) : null;
            return words.Any(PersonNouns.Contains) && spoke is null
                ? Unnamed(first, last, words.Any(w => w.EndsWith('s')))
                : _resolver.EntitySpeaker(organisation, spoke, Gender.Feminine, plural: false);
        }
        if (words.Count <= 3 && words[0] is "the" or "The" && OrganisationAnaphors.Contains(words[^1]))
        {
            return OrganisationReferent(v) ?? Unnamed(first, last, plural: false); // with nothing to refer to, "the ministry" as written
        }
        if (trailingName is { } run && PersonName(run) is { } person)
        {
            if (person.First == person.Last && _history.ByLastName(_doc.Word(person.First)) is { } known)
            {
                return known;
            }
            var organisationName = OrganisationSuffixes.Contains(_doc.Word(person.Last));
            return Uncatalogued(person.First, person.Last, person.First > first ? RoleBefore(first, person.First - 1) : null, organisationName);
        }
        if (words.Any(PersonNouns.Contains))
        {
            return Unnamed(first, last, words.Any(w => w.EndsWith('s') && PersonNouns.Contains(w) || w is "people" or "police" or "staff"));
        }
        return null;
    }

    /// <summary>
    /// "the company" (the firm, the chipmaker …): the organisation the text is about at that point — the newest one that
    /// spoke or that was the subject of a sentence (named at its start), whichever is newer. News outlets are left out:
    /// the company is not the agency that reported on it.
    /// </summary>
    private ResolvedSpeaker? OrganisationReferent(int v)
    {
        var spoken = _history.LastOrganisationEntry();
        var steps = 0;
        for (var s = _doc.SentenceStart(v); steps < 12; s = _doc.SentenceStart(s - 1), steps++)
        {
            if (spoken is { } entry && entry.Sentence >= _doc.Sentence(s))
            {
                return entry.Speaker;
            }
            if (OrganisationSubject(s, v) is { } subject)
            {
                return subject;
            }
            if (s == 0)
            {
                break;
            }
        }
        if (spoken is { } older)
        {
            return older.Speaker;
        }
        var before = _doc.Tokens[v].Start;
        var newest = _doc.Analyzed.Entities.LastOrDefault(m => m.NormEnd <= before && m.Entry.Type == EntityType.Organization && !IsOutlet(m.Entry));
        return newest is null ? null : _resolver.EntitySpeaker(newest, null, Gender.Feminine, plural: false);
    }

    /// <summary>
    /// The organisation a sentence opens with, before <paramref name="v"/>: a catalog organisation (after "The" or an
    /// opening adjunct), or a capitalised name the catalog lacks that its kind introduces ("Seoul-based chipmaker Hanwool
    /// Semiconductor") or that ends like an organisation's name ("… Holdings").
    /// </summary>
    private ResolvedSpeaker? OrganisationSubject(int start, int v)
    {
        var first = start;
        if (Prepositions.Contains(_doc.Word(first)))
        {
            for (var t = first + 1; t < v && t - first <= MaxAdjuncts; t++)
            {
                if (QuoteDocument.HasComma(_doc.GapBefore(t)))
                {
                    first = t;
                    break;
                }
            }
        }
        for (var t = first; t < v && t - first < MaxNounPhrase && _doc.SameSentence(t, start); t++)
        {
            if (_doc.EntityAt(t) is { } match)
            {
                if (match.FirstToken == t && match.Entry.Type == EntityType.Organization && !IsOutlet(match.Entry))
                {
                    return _resolver.EntitySpeaker(match, null, Gender.Feminine, plural: false);
                }
                return null;
            }
            var word = _doc.Word(t);
            if (t > first && QuoteDocument.HasPunctuation(_doc.GapBefore(t)))
            {
                return null;
            }
            if (!IsCapitalised(t) || (t == first && SentenceOpeners.Contains(word)))
            {
                // Only an article or the kind of organisation may come before the name ("the chipmaker …"); «Shares of
                // Nvidia rose» is about shares.
                if ((t == first && word is "the" or "a" or "an") || OrganisationAnaphors.Contains(word))
                {
                    continue;
                }
                return null;
            }
            var end = t;
            while (end + 1 < v && _doc.SameSentence(end + 1, t) && _doc.EntityAt(end + 1) is null && !QuoteDocument.HasComma(_doc.GapBefore(end + 1))
                && (IsCapitalised(end + 1) || JoinsName(end + 1)))
            {
                end++;
            }
            var introduced = t > first && OrganisationAnaphors.Contains(_doc.Word(t - 1));
            if (end + 1 < v && !IsCapitalised(end + 1) && (introduced || OrganisationSuffixes.Contains(_doc.Word(end))))
            {
                return Uncatalogued(t, end, null, organisation: true);
            }
            if (end + 1 >= v || !OrganisationAnaphors.Contains(_doc.Word(end + 1)))
            {
                return null; // the sentence opens with someone, or something, else
            }
            t = end; // "Seoul-based chipmaker …": a modifier of the kind that introduces the name
        }
        return null;
    }

    /// <summary>A news outlet or agency, by the catalog's own Arabic aliases («وكالة رويترز»، «صحيفة …»).</summary>
    private bool IsOutlet(CatalogEntry entry)
    {
        // Asked for every organisation named before a verb; each entry's aliases are normalised once per article.
        if (!_outlets.TryGetValue(entry, out var outlet))
        {
            outlet = entry.Aliases.Any(a => a.IndexOf(' ') is > 0 and var space && QuoteLexicon.MediaNouns.Contains(TextNormalizer.NormalizeString(a[..space])));
            _outlets[entry] = outlet;
        }
        return outlet;
    }

    private (int First, int Last)? TrailingCapitalised(int first, int last)
    {
        var start = last + 1;
        while (start - 1 >= first && (IsCapitalised(start - 1) || (JoinsName(start - 1) && start - 1 > first)) && _doc.EntityAt(start - 1) is null && last - start < 6)
        {
            start--;
        }
        while (start <= last && _doc.Word(start) == "the")
        {
            start++; // "The Arizona Commerce Authority"
        }
        if (start == last && _doc.SentenceStart(start) == start && SentenceOpeners.Contains(_doc.Word(start)))
        {
            return null; // a word that opens the sentence is capitalised for that reason alone
        }
        return start <= last ? (start, last) : null;
    }

    /// <summary>
    /// The name in a capitalised run after its title words: "Chief Executive Park Sung-min" → Park Sung-min. Null when
    /// the run is all title ("the Secretary").
    /// </summary>
    private (int First, int Last)? PersonName((int First, int Last) run)
    {
        var start = run.First;
        for (var t = run.First; t <= run.Last; t++)
        {
            if (TitleWords.Contains(_doc.Word(t)) && t < run.Last && !OrganisationSuffixes.Contains(_doc.Word(run.Last)))
            {
                start = t + 1;
            }
        }
        return start <= run.Last ? (start, run.Last) : null;
    }

    private string? RoleBefore(int first, int last)
    {
        while (first <= last && _doc.Word(first) is "a" or "an" or "the")
        {
            first++;
        }
        return first <= last ? _doc.OriginalWords(first, last) : null;
    }

    private ResolvedSpeaker Uncatalogued(int first, int last, string? role, bool organisation = false) =>
        new(new Speaker(_doc.OriginalWords(first, last), null, role), organisation ? Gender.Feminine : Gender.Unknown, false, null,
            Enumerable.Range(first, last - first + 1).Select(_doc.Word).ToList(), UncataloguedOrganisation: organisation);

    private ResolvedSpeaker Unnamed(int first, int last, bool plural) =>
        new(new Speaker(_doc.OriginalWords(first, last), null), Gender.Unknown, plural, null,
            Enumerable.Range(first, last - first + 1).Select(_doc.Word).ToList());

    /// <summary>A Latin word that starts with a capital, or the lower-case half of a hyphenated name ("Lee Jae-won").</summary>
    private bool IsCapitalised(int t) =>
        _doc.Tokens[t].Kind == TokenKind.Latin
        && (char.IsUpper(_doc.OriginalChar(_doc.Tokens[t].Start)) || (t > 0 && _doc.GapBefore(t) == "-" && IsCapitalised(t - 1)));

    // ---- quoted spans and attributions --------------------------------------------------------------------------

    private protected override void HandleUnintroducedSpan(QuotedSpan span, int next)
    {
        if (_quotes.Any(q => q.Overlaps(span.ContentStart, span.ContentEnd)) || IsNameOnly(span))
        {
            return;
        }
        var first = span.FirstToken;
        var gap = _doc.GapBefore(first);
        var standsAlone = _doc.StartsParagraph(first) || !_doc.SameSentence(first - 1, first) || gap.Contains(':') || QuoteDocument.HasComma(gap);
        if (!standsAlone)
        {
            // A term inside a clause (the "terrible" label) — unless the attribution follows it: «The facility "will draw
            // millions of gallons a day," the alliance said».
            if (span.Closed && span.WordCount >= 3 && next < _doc.Count)
            {
                HandleSpeakerAfter(span, next);
            }
            return;
        }
        if (span.Closed && next < _doc.Count && HandleSpeakerAfter(span, next))
        {
            return;
        }
        var previous = _quotes.Where(q => q.Speaker is not null).MaxBy(q => q.Start);
        if (span.WordCount >= ArabicQuoteRules.LongQuoteWords && previous is not null && _doc.ParagraphAt(previous.Start) >= _doc.Paragraph(first) - 1)
        {
            Add(DirectQuote(span, previous.Speaker!, -1));
        }
    }

    /// <summary>«"…," said X» or «"…," X said» or «"…," he said».</summary>
    private bool HandleSpeakerAfter(QuotedSpan span, int t)
    {
        if (t != span.LastToken + 1 || _doc.Paragraph(t) != _doc.Paragraph(span.LastToken))
        {
            return false;
        }
        foreach (var c in _doc.Value.AsSpan(span.CloseMark + 1, _doc.Tokens[t].Start - span.CloseMark - 1))
        {
            if (c is not (' ' or ',' or '"'))
            {
                return false;
            }
        }
        for (var v = t; v < t + MaxNounPhrase && InSentence(v, t); v++)
        {
            if (v > t && QuoteDocument.HasPunctuation(_doc.GapBefore(v)))
            {
                return false; // «"…," X said» has no punctuation between the name and the verb
            }
            if (!Verbs.TryGetValue(_doc.Word(v), out var verb) || verb.Participle)
            {
                continue;
            }
            var subject = v == t ? SubjectAfter(v) : (t, v - 1);
            if (subject is not { } words || Read(words.First, words.Last, v, verb.Ambiguous) is not { } speaker)
            {
                return false;
            }
            _consumed.Add(v);
            Add(DirectQuote(span, speaker, v));
            _history.Add(speaker, _doc.Paragraph(v), _doc.Sentence(v));
            return true;
        }
        return false;
    }

    /// <summary>«…, according to X» and «According to X, …».</summary>
    private void HandleAccordingTo(int t)
    {
        var first = t + 2;
        if (!InSentence(first, t))
        {
            return;
        }
        var last = first;
        while (InSentence(last + 1, t) && last + 1 - first < MaxNounPhrase && !QuoteDocument.HasPunctuation(_doc.GapBefore(last + 1)))
        {
            last++;
        }
        if (Read(first, last, t, ambiguous: false) is not { } source)
        {
            return;
        }
        var sentence = _doc.Sentence(t);
        if (_quotes.Any(q => q.Sentence == sentence))
        {
            return;
        }
        var start = _doc.SentenceStart(t);
        bool emitted;
        if (start == t)
        {
            emitted = InSentence(last + 1, t) && AddIndirect(last + 1, ComplementEnd(last + 1), source, t);
        }
        else
        {
            emitted = t - start >= 3 && AddIndirect(start, t - 1, source, t);
        }
        if (emitted)
        {
            _history.Add(source, _doc.Paragraph(t), _doc.Sentence(t));
        }
    }

    private bool IsNameOnly(QuotedSpan span)
    {
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (_doc.EntityAt(t) is null)
            {
                return false;
            }
        }
        return true;
    }

    private QuotedSpan? SpanOpeningAfter(int t)
    {
        var from = _doc.Tokens[t].End;
        var to = t + 1 < _doc.Count && _doc.Paragraph(t + 1) == _doc.Paragraph(t) ? _doc.Tokens[t + 1].Start : _doc.ParagraphRange(_doc.Paragraph(t)).End;
        var span = _spans.FirstOrDefault(s => s.OpenMark >= from && s.OpenMark < to);
        return span is not null && !IsNameOnly(span) ? span : null;
    }

    private FoundQuote DirectQuote(QuotedSpan span, ResolvedSpeaker speaker, int cue)
    {
        var end = span.ContentEnd;
        while (end > span.ContentStart && _doc.Value[end - 1] is ',' or ' ')
        {
            end--;
        }
        return new FoundQuote
        {
            Start = span.ContentStart,
            End = end,
            Kind = QuoteKind.Direct,
            Speaker = speaker,
            Cue = cue < 0 ? null : (_doc.Tokens[cue].Start, _doc.Tokens[cue].End),
            SkippedMarks = span.ContinuationMarks,
            Sentence = _doc.Sentence(span.FirstToken),
        };
    }

    private bool AddIndirect(int first, int last, ResolvedSpeaker speaker, int cue)
    {
        if (last - first < 1)
        {
            return false;
        }
        var start = _doc.Tokens[first].Start;
        var end = _doc.Tokens[last].End;
        foreach (var span in _spans.Where(s => s.OpenMark >= start && s.OpenMark < end))
        {
            _handled.Add(span);
            if (span.Closed && span.CloseMark >= end && (last + 1 >= _doc.Count || span.CloseMark < _doc.Tokens[last + 1].Start))
            {
                end = span.CloseMark + 1;
            }
        }
        var cueEnd = _doc.Word(cue) == "according" ? cue + 1 : cue;
        return Add(new FoundQuote
        {
            Start = start,
            End = end,
            Kind = QuoteKind.Indirect,
            Speaker = speaker,
            Cue = (_doc.Tokens[cue].Start, _doc.Tokens[cueEnd].End),
            Sentence = _doc.Sentence(first),
        });
    }


    private static Dictionary<string, (bool Ambiguous, bool Participle)> BuildVerbs()
    {
        var verbs = new Dictionary<string, (bool, bool)>(StringComparer.Ordinal);
        const string speech = "say says said tell tells told add adds added state states stated write writes wrote tweet tweets tweeted "
            + "post posts posted claim claims claimed insist insists insisted argue argues argued warn warns warned announce announces "
            + "announced acknowledge acknowledges acknowledged admit admits admitted confirm confirms confirmed stress stresses stressed "
            + "emphasize emphasizes emphasized emphasise emphasises emphasised continue continues continued reply replies replied "
            + "explain explains explained ask asks asked report reports reported";
        foreach (var word in speech.Split(' '))
        {
            verbs[word] = (false, false);
        }
        foreach (var word in "note notes noted suggest suggests suggested predict predicts predicted believe believes believed".Split(' '))
        {
            verbs[word] = (true, false);
        }
        foreach (var word in "adding saying noting explaining warning arguing stressing insisting writing posting telling stating".Split(' '))
        {
            verbs[word] = (false, true);
        }
        return verbs;
    }
}
