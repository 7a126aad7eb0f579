using DeepSeekNews.Analysis.Entities;
using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Analysis.Quotes;

/// <summary>
/// Quotes in English text: «"…," said X», «"…," X said», «X said: "…"», «X said "…"», «X said (that) …», «"…," he said»,
/// «according to X», participles that continue the speaker («…, adding that …»).
/// </summary>
internal sealed class EnglishQuoteRules
{
    private const int MaxNounPhrase = 6;
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
        "chipmaker", "giant",
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

    private readonly QuoteDocument _doc;
    private readonly List<QuotedSpan> _spans;
    private readonly List<QuotedSpan> _spansByEnd;
    private readonly SpeakerHistory _history = new();
    private readonly SpeakerResolver _resolver;
    private readonly HashSet<QuotedSpan> _handled = [];
    private readonly HashSet<int> _consumed = [];
    private readonly List<FoundQuote> _quotes = [];
    private int _nextSpan;

    public EnglishQuoteRules(QuoteDocument doc, List<QuotedSpan> spans)
    {
        _doc = doc;
        _spans = spans;
        _spansByEnd = spans.OrderBy(s => s.LastToken).ToList();
        _resolver = new SpeakerResolver(doc, _history);
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
        if (participle)
        {
            // «…, adding that …»: the subject of the sentence goes on speaking.
            speaker = _history.Latest(_ => true, _doc.Paragraph(v), recentOnly: true);
        }
        else if (SubjectBefore(v) is { } before)
        {
            speaker = Read(before.First, before.Last, v, ambiguous);
            explicitSubject = true;
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
        if (emitted || (explicitSubject && speaker.Entity is not null))
        {
            _history.Add(speaker, _doc.Paragraph(v));
        }
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
        var next = after + 1;
        if (after == v && InSentence(next, v) && !QuoteDocument.HasPunctuation(_doc.GapBefore(next)) && !Prepositions.Contains(_doc.Word(next))
            && _doc.Word(v) is "said" or "says" or "added" or "wrote" or "argued" or "warned" or "claimed" or "believes" or "predicted")
        {
            return next; // «Altman said the model was designed …»
        }
        return null;
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
            && !NounPhraseStoppers.Contains(_doc.Word(start - 1)) && !NounPhraseStoppers.Contains(_doc.Word(start)))
        {
            start--;
        }
        return (start, b);
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
                return Uncatalogued(name.First, name.Last, RoleBefore(first, name.First - 1));
            }
            var spoke = words.Any(Spokespeople.Contains) ? RoleBefore(first, last) : null;
            return words.Any(PersonNouns.Contains) && spoke is null
                ? Unnamed(first, last, words.Any(w => w.EndsWith('s')))
                : _resolver.EntitySpeaker(organisation, spoke, Gender.Feminine, plural: false);
        }
        if (words.Count <= 3 && words[0] is "the" or "The" && OrganisationAnaphors.Contains(words[^1]))
        {
            return _resolver.Antecedent(TextNormalizer.NormalizeString("شركة"), v) ?? _history.LastOrganisation();
        }
        if (trailingName is { } person)
        {
            if (person.First == person.Last && _history.ByLastName(_doc.Word(person.First)) is { } known)
            {
                return known;
            }
            return Uncatalogued(person.First, person.Last, person.First > first ? RoleBefore(first, person.First - 1) : null);
        }
        if (words.Any(PersonNouns.Contains))
        {
            return Unnamed(first, last, words.Any(w => w.EndsWith('s') && PersonNouns.Contains(w) || w is "people" or "police" or "staff"));
        }
        return null;
    }

    private (int First, int Last)? TrailingCapitalised(int first, int last)
    {
        var start = last + 1;
        while (start - 1 >= first && IsCapitalised(start - 1) && _doc.EntityAt(start - 1) is null && last - start < 3)
        {
            start--;
        }
        if (start == first && start <= last && _doc.SentenceStart(start) == start && start == last)
        {
            return null; // a single capitalised word that opens the sentence is capitalised for that reason alone
        }
        return start <= last ? (start, last) : null;
    }

    private string? RoleBefore(int first, int last)
    {
        while (first <= last && _doc.Word(first) is "a" or "an" or "the")
        {
            first++;
        }
        return first <= last ? _doc.OriginalWords(first, last) : null;
    }

    private ResolvedSpeaker Uncatalogued(int first, int last, string? role) =>
        new(new Speaker(_doc.OriginalWords(first, last), null, role), Gender.Unknown, false, null,
            Enumerable.Range(first, last - first + 1).Select(_doc.Word).ToList());

    private ResolvedSpeaker Unnamed(int first, int last, bool plural) =>
        new(new Speaker(_doc.OriginalWords(first, last), null), Gender.Unknown, plural, null,
            Enumerable.Range(first, last - first + 1).Select(_doc.Word).ToList());

    private bool IsCapitalised(int t) => _doc.Tokens[t].Kind == TokenKind.Latin && char.IsUpper(_doc.OriginalChar(_doc.Tokens[t].Start));

    // ---- quoted spans and attributions --------------------------------------------------------------------------

    private void HandleSpansEndingBefore(int t)
    {
        while (_nextSpan < _spansByEnd.Count && _spansByEnd[_nextSpan].LastToken < t)
        {
            var span = _spansByEnd[_nextSpan++];
            if (_handled.Add(span))
            {
                HandleUnintroducedSpan(span, t);
            }
        }
    }

    private void HandleUnintroducedSpan(QuotedSpan span, int next)
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
            return; // a term inside a clause: the "terrible" label
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
            _history.Add(speaker, _doc.Paragraph(v));
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
            _history.Add(source, _doc.Paragraph(t));
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

    private bool Add(FoundQuote quote)
    {
        if (quote.End <= quote.Start || _quotes.Any(q => q.Overlaps(quote.Start, quote.End)))
        {
            return false;
        }
        _quotes.Add(quote);
        return true;
    }

    private bool InSentence(int t, int anchor) => t >= 0 && t < _doc.Count && _doc.SameSentence(t, anchor);

    private static Dictionary<string, (bool Ambiguous, bool Participle)> BuildVerbs()
    {
        var verbs = new Dictionary<string, (bool, bool)>(StringComparer.Ordinal);
        const string speech = "say says said tell tells told add adds added state states stated write writes wrote tweet tweets tweeted "
            + "post posts posted claim claims claimed insist insists insisted argue argues argued warn warns warned announce announces "
            + "announced acknowledge acknowledges acknowledged admit admits admitted confirm confirms confirmed stress stresses stressed "
            + "emphasize emphasizes emphasized emphasise emphasises emphasised continue continues continued reply replies replied "
            + "explain explains explained ask asks asked";
        foreach (var word in speech.Split(' '))
        {
            verbs[word] = (false, false);
        }
        foreach (var word in "note notes noted suggest suggests suggested predict predicts predicted believe believes believed".Split(' '))
        {
            verbs[word] = (true, false);
        }
        foreach (var word in "adding saying noting explaining warning arguing stressing insisting".Split(' '))
        {
            verbs[word] = (false, true);
        }
        return verbs;
    }
}
