using DeepSeekNews.Analysis.Text;
using static DeepSeekNews.Analysis.Quotes.QuoteLexicon;

namespace DeepSeekNews.Analysis.Quotes;

/// <summary>
/// Finds quotes in Arabic text in one pass in reading order, so that a verb with no subject (وأضاف) can take the
/// speaker from what came before. A reporting verb is read as: verb, subject (with its apposition), adjuncts, then
/// either «:» or a quotation mark (direct speech) or أن/إن/بأن (indirect speech, up to the end of the sentence).
/// Quoted spans no verb introduced count only when they are long (a sentence, not a name or a term), and then take
/// the verb that follows them («…»، قال هوانغ) or the speaker of the sentence before.
/// </summary>
internal sealed class ArabicQuoteRules : QuoteRules
{
    /// <summary>How many words may stand between a verb and its أن (subject, apposition, «في منشور على منصة X»).</summary>
    private const int MaxCueReach = 30;

    /// <summary>A quoted span this long is a quotation, not a name or a term, even with no verb before it.</summary>
    internal const int LongQuoteWords = 5;

    /// <summary>Quoted terms inside indirect speech are this short («قال إن "الذكاء الاصطناعي" سيغير …»).</summary>
    private const int TermWords = 3;

    private const int MaxSubjectWords = 8;
    private const int ParticipleReach = 8;
    private const int MaxSourceWords = 10;

    /// <summary>Words inside a closed quotation of a sentence's length, marked once since the pass asks at every word.</summary>
    private readonly bool[] _insideQuotation;

    /// <summary>Words inside any quoted span that is more than a name, marked once for the same reason.</summary>
    private readonly bool[] _insideQuotedText;

    public ArabicQuoteRules(QuoteDocument doc, List<QuotedSpan> spans)
        : base(doc, spans)
    {
        _insideQuotation = new bool[doc.Count];
        _insideQuotedText = new bool[doc.Count];
        foreach (var span in spans.Where(s => s.WordCount > 0 && !IsNameLike(s)))
        {
            Array.Fill(_insideQuotedText, true, span.FirstToken, span.WordCount);
            if (span.Closed && span.WordCount >= LongQuoteWords)
            {
                Array.Fill(_insideQuotation, true, span.FirstToken, span.WordCount);
            }
        }
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
            if (_doc.StartsParagraph(t) && HandleHeadline(t))
            {
                continue;
            }
            if (InsideQuotation(t))
            {
                continue; // «لم يعد العملاء يسألون …»: words inside a quotation are what was said, not who says it
            }
            if (AttributionAt(t) is { } attribution)
            {
                HandleAttribution(t, attribution);
            }
            else if (ReportingVerbs.Find(_doc.Word(t)) is { } hit && !_resolver.Names.IsVerbInsideName(t) && !(t > 0 && _doc.Word(t - 1) == "عدم")
                && !IsAnonymityAside(t))
            {
                HandleVerb(t, hit); // not the نوه of «بارك نوه سونغ», nor the noun of «فضّل عدم ذكر اسمه»
            }
            else if (t > 0 && _doc.Word(t - 1) is "ما" or "الذي" or "التي" && ReportingVerbs.FindWithPronoun(_doc.Word(t)) is { } said)
            {
                HandleVerb(t, said); // «وهو ما نفته الشركة، مؤكدة أن …»: the company becomes the current speaker
            }
        }
        HandleSpansEndingBefore(_doc.Count);
        return _quotes.Where(q => q.Speaker is not null).ToList();
    }

    /// <summary>
    /// Inside a closed quotation of a sentence's length: a verb there belongs to the quoted speech (speech reported
    /// inside a quotation is part of it), so it neither reports a quote nor changes who is speaking.
    /// </summary>
    private bool InsideQuotation(int t) => _insideQuotation[t];

    /// <summary>
    /// «وقال مسؤول، تحدث شريطة عدم الكشف عن هويته، إن …»: a verb between commas that only asks for anonymity belongs to
    /// the source's apposition; it reports nothing and does not end the clause.
    /// </summary>
    private bool IsAnonymityAside(int t)
    {
        if (t == 0 || !QuoteDocument.HasComma(_doc.GapBefore(t)))
        {
            return false;
        }
        for (var k = t + 1; k < _doc.Count && k - t <= 4 && !QuoteDocument.HasPunctuation(_doc.GapBefore(k)); k++)
        {
            if (_doc.Word(k) == "عدم")
            {
                return true;
            }
        }
        return false;
    }

    // ---- reporting verbs ----------------------------------------------------------------------------------------

    private void HandleVerb(int v, VerbHit hit)
    {
        var form = hit.Form;
        var scan = ScanAfterVerb(v, form);

        ResolvedSpeaker? speaker = null;
        var waitsForSource = false;
        var explicitSubject = false;
        var subject = form.Kind == VerbKind.Relay ? scan.Source : scan.Subject ?? SubjectBefore(v, hit);
        if (subject is { } words)
        {
            var reading = _resolver.Read(words.First, words.Last, form, v, scan.Apposition ?? words.Apposition);
            switch (reading.Verdict)
            {
                case SubjectVerdict.NotASpeaker:
                    return;
                case SubjectVerdict.Document:
                    // «ذكر تقرير لصحيفة X أن»: a report named with its owner speaks for the owner.
                    speaker = OwnerBefore(scan, v);
                    waitsForSource = speaker is null;
                    explicitSubject = speaker is not null;
                    break;
                case SubjectVerdict.Speaker:
                    speaker = reading.Speaker;
                    explicitSubject = true;
                    break;
            }
        }
        else if (form.Kind == VerbKind.Relay || form.NeedsSubject)
        {
            return;
        }
        else
        {
            // No subject: the verb continues the subject of its own sentence («أطلقت مجموعة علي بابا نموذجها،
            // وقالت إنه …») or else the newest speaker it agrees with (وأضاف، وتابعت، مضيفاً).
            var recentOnly = form.Kind != VerbKind.Speech || form.Tense == VerbTense.Present;
            // «ولفتت إلى أن …» two paragraphs after the woman who spoke, with a man quoted in between: a past verb that
            // reports speech with its own complement continues a speaker a little further back than one that may mean
            // "shows".
            var window = form.Kind == VerbKind.Ambiguous && form.Tense == VerbTense.Past && scan.Complement is not null ? 2 : 1;
            speaker = _history.ContinueInSentence(form.Gender, form.Plural, _doc.Sentence(v))
                ?? OpeningClauseSubject(v, form)
                ?? SentenceSubject(v, form)
                ?? _history.Continue(form.Gender, form.Plural, _doc.Paragraph(v), recentOnly, window);
        }

        if (speaker is null && !waitsForSource)
        {
            return;
        }

        var emitted = false;
        if (scan.Direct is { } span)
        {
            emitted = EmitDirect(span, speaker, v, hit);
        }
        else if (scan.Complement is { } complement
            && (form.Kind is VerbKind.Speech or VerbKind.Ambiguous or VerbKind.Relay || (form.Kind == VerbKind.Description && DescribedWithBiAnna(complement.First))))
        {
            emitted = EmitIndirect(complement.First, complement.Last, speaker, v, hit);
        }

        // A subject read from the text becomes the current speaker even when this verb reported nothing, so that a
        // participle after it («وعلّق ألتمان على ذلك قائلاً») continues the right person.
        if (speaker is not null && (emitted || (explicitSubject && (speaker.Entity is not null || form.Kind is VerbKind.Stance or VerbKind.Speech))))
        {
            _history.Add(speaker, _doc.Paragraph(v), _doc.Sentence(v));
        }
    }

    /// <summary>
    /// The catalog person or organisation that is the subject of an earlier clause of the verb's sentence: named near
    /// the start of the sentence or of a clause after a comma, not after a preposition, and agreeing with the verb.
    /// </summary>
    private ResolvedSpeaker? SentenceSubject(int v, VerbForm form)
    {
        if (form.Plural)
        {
            return null;
        }
        var start = _doc.SentenceStart(v);
        for (var t = start; t < v; t++)
        {
            if (_doc.EntityAt(t) is not { Entry.Type: EntityType.Person or EntityType.Organization } match || match.FirstToken != t)
            {
                continue;
            }
            var clauseStart = t;
            while (clauseStart > start && t - clauseStart < 4 && !QuoteDocument.HasPunctuation(_doc.GapAfter(clauseStart - 1)))
            {
                clauseStart--;
            }
            var glued = match.NormStart > _doc.Tokens[t].Start && _doc.Word(t)[0] != 'و';
            var afterPreposition = t > 0 && (SubjectStoppers.Contains(_doc.Word(t - 1)) || Clitics.IsBareProclitic(_doc.Word(t - 1)));
            var nearClauseStart = clauseStart == start || QuoteDocument.HasPunctuation(_doc.GapAfter(clauseStart - 1));
            if (glued || afterPreposition || !nearClauseStart || _insideQuotedText[t])
            {
                continue;
            }
            var speaker = _resolver.EntitySpeaker(match, null, Gender.Unknown, plural: false);
            if (form.Gender == Gender.Unknown || speaker.Gender == Gender.Unknown || speaker.Gender == form.Gender)
            {
                return speaker;
            }
        }
        return null;
    }

    /// <summary>
    /// The subject of the verb that opens the sentence when that verb reports nothing: «وافتتح الوزير أحمد سمير
    /// المعرض، مؤكداً أن …» — the minister goes on speaking, not whoever spoke before. The opening verb is any word
    /// the lists do not know, before a title or a word for people (or a name that has already spoken); a sentence
    /// that opens with an adjunct («وخلال زيارته للمصنع،») is read from the clause after its comma.
    /// </summary>
    private ResolvedSpeaker? OpeningClauseSubject(int v, VerbForm form)
    {
        if (form.Plural)
        {
            return null;
        }
        var start = _doc.SentenceStart(v);
        for (var c = start; c < v - 1; c++)
        {
            if (c > start && !QuoteDocument.HasComma(_doc.GapBefore(c)))
            {
                continue;
            }
            var verb = c;
            while (verb < v - 1 && (ClauseOpeners.Contains(_doc.Word(verb)) || KanaForms.Contains(_doc.Word(verb))))
            {
                verb++;
            }
            if (!MayBeVerb(verb) || _spans.Any(q => q.FirstToken <= verb && verb <= q.LastToken))
            {
                continue;
            }
            var subject = verb + 1;
            while (subject < v && IsIn(Adverbs, _doc.Word(subject)) && !QuoteDocument.HasPunctuation(_doc.GapBefore(subject)))
            {
                subject++;
            }
            if (subject >= v || QuoteDocument.HasPunctuation(_doc.GapBefore(subject)))
            {
                return null;
            }
            var speaker = _resolver.ReadOpeningSubject(subject, v - 1);
            var agrees = speaker is not null && (form.Gender == Gender.Unknown || speaker.Gender == Gender.Unknown || speaker.Gender == form.Gender);
            return agrees ? speaker : null;
        }
        return null;
    }

    /// <summary>A word that may be the verb opening a clause: no entity, no article, not a known noun or particle.</summary>
    private bool MayBeVerb(int t)
    {
        var word = _doc.Word(t);
        var conjoined = word.Length > 2 && word[0] is 'و' or 'ف' ? word[1..] : word;
        if (SubjectStoppers.Contains(conjoined) || IsIn(Adverbs, conjoined) || AttributionWords.Contains(conjoined))
        {
            return false; // «وفي بكين،»، «وخلال»: an adjunct, not a verb
        }
        var bare = word.Length > 3 && word[0] is 'و' or 'ف' ? word[1..] : word;
        return _doc.EntityAt(t) is null && !HasArticle(bare) && bare.Length >= 3 && ReportingVerbs.Find(word) is null
            && !IsIn(Titles, bare) && !SpeakerResolver.IsPersonWord(bare) && !IsIn(OrganisationDescriptors, bare) && !IsIn(NonSpeakers, bare)
            && !IsIn(Documents, bare) && !IsIn(Adverbs, bare) && !IsIn(SubjectStoppers, bare) && !AttributionWords.Contains(bare)
            && !NotNames.Contains(bare) && _doc.Tokens[t].Kind == TokenKind.Arabic && !_doc.IsComplementiser(t);
    }

    /// <summary>«وصفه بأنه أسرع من ChatGPT»: a description reported with بأن, not a plain أن.</summary>
    private bool DescribedWithBiAnna(int complementFirst) =>
        complementFirst > 0 && _doc.Word(complementFirst - 1).StartsWith("بان", StringComparison.Ordinal);

    /// <summary>The first organisation or person named between a verb and what it reports.</summary>
    private ResolvedSpeaker? OwnerBefore(VerbScan scan, int v)
    {
        var end = scan.Complement?.First ?? scan.Direct?.FirstToken ?? v;
        for (var t = v + 1; t < end; t++)
        {
            if (_doc.EntityAt(t) is { Entry.Type: EntityType.Organization or EntityType.Person } owner)
            {
                return _resolver.EntitySpeaker(owner, null, Gender.Unknown, plural: false);
            }
        }
        for (var t = v + 1; t < end; t++)
        {
            // «تقرير لصحيفة فايننشال تايمز»، «التقرير، الذي أعدته شركة الأبحاث غارتنر،»: an owner the catalog lacks.
            if (_resolver.ReadSource(t, end - 1) is { UncataloguedOrganisation: true } named)
            {
                return named;
            }
        }
        return null;
    }

    /// <summary>
    /// «ألتمان: نموذج ديب سيك مثير للإعجاب» — a paragraph that opens with a catalogued person or organisation and a
    /// colon, the way Arabic headlines and subheadings quote: the rest of the paragraph is what they said.
    /// </summary>
    private bool HandleHeadline(int t)
    {
        ResolvedSpeaker speaker;
        int last;
        if (_doc.EntityAt(t) is { Entry.Type: EntityType.Person or EntityType.Organization } match && match.FirstToken == t)
        {
            speaker = _resolver.EntitySpeaker(match, null, Gender.Unknown, plural: false);
            last = match.LastToken;
        }
        else if (_doc.EntityAt(t) is null && _history.ByLastName(_doc.Word(t)) is { } known)
        {
            speaker = known; // «الجدعان لـ«الشرق»: …» after «محمد الجدعان» spoke
            last = t;
        }
        else
        {
            return false;
        }
        if (!_doc.GapAfter(last).Contains(':') && last + 1 < _doc.Count && _doc.Paragraph(last + 1) == _doc.Paragraph(t) && IsAddressee(last + 1))
        {
            // «هوانغ لـ«العربية Business»: …»: whom the words were said to, before the colon.
            var outlet = last + 1;
            while (outlet - last < 4 && outlet + 1 < _doc.Count && !_doc.GapAfter(outlet).Contains(':')
                && !QuoteDocument.HasPunctuation(_doc.GapAfter(outlet)))
            {
                outlet++;
            }
            if (_doc.GapAfter(outlet).Contains(':'))
            {
                last = outlet;
            }
        }
        if (!_doc.GapAfter(last).Contains(':') || last + 1 >= _doc.Count || _doc.Paragraph(last + 1) != _doc.Paragraph(t))
        {
            return false;
        }
        var first = last + 1;
        var end = first;
        while (end + 1 < _doc.Count && _doc.Paragraph(end + 1) == _doc.Paragraph(t))
        {
            end++;
        }
        (int, int)? cue = null; // no verb: the name and the colon do its work
        if (SpanOpeningAfter(last) is { } span && !IsNameLike(span))
        {
            _handled.Add(span);
            Add(DirectQuote(span, speaker, cue));
        }
        else if (end > first)
        {
            var start = _doc.Tokens[first].Start;
            Add(new FoundQuote { Start = start, End = _doc.Tokens[end].End, Kind = QuoteKind.Direct, Speaker = speaker, Cue = cue, Sentence = _doc.Sentence(first) });
            foreach (var inner in _spans.Where(s => s.OpenMark >= start && s.OpenMark < _doc.Tokens[end].End))
            {
                _handled.Add(inner);
            }
        }
        _history.Add(speaker, _doc.Paragraph(t), _doc.Sentence(t));
        for (var k = t; k <= end; k++)
        {
            _consumed.Add(k);
        }
        return true;
    }

    private readonly record struct Words(int First, int Last, (int First, int Last)? Apposition = null);

    /// <param name="Subject">The subject after the verb (VSO).</param>
    /// <param name="Direct">A quotation the verb introduces.</param>
    /// <param name="Complement">The words of indirect speech.</param>
    /// <param name="Source">For «نقل عن»: the words after عن.</param>
    private sealed record VerbScan(Words? Subject, (int First, int Last)? Apposition, QuotedSpan? Direct, (int First, int Last)? Complement, Words? Source);

    /// <summary>Reads what follows a verb: its subject, an apposition, adjuncts, and what was said.</summary>
    private VerbScan ScanAfterVerb(int v, VerbForm form)
    {
        if (IntroducedAfter(v, form, directly: true) is { } immediate)
        {
            return new VerbScan(null, null, immediate.Span, immediate.Unmarked, null);
        }

        Words? subject = null;
        (int First, int Last)? apposition = null;
        Words? source = null;
        var t = v + 1;
        if (form.Tense != VerbTense.Participle)
        {
            while (InSentence(t, v) && IsIn(Adverbs, _doc.Word(t)) && !QuoteDocument.HasPunctuation(_doc.GapBefore(t)))
            {
                t++;
            }
            var start = t;
            while (InSentence(t, v) && t - start < MaxSubjectWords)
            {
                if (t > start && ((QuoteDocument.HasPunctuation(_doc.GapBefore(t)) && !_doc.IsInitialDot(t - 1))
                    || SpanOpeningBefore(t) is { } opening && !IsNameLike(opening) && !IsQuotedName(opening)))
                {
                    break;
                }
                if (_doc.EntityAt(t) is { } match)
                {
                    if (t == start + 1 && HasArticle(_doc.Word(start)) && match.NormStart > _doc.Tokens[t].Start && _doc.Word(t)[0] == 'ل')
                    {
                        break; // «قال المسؤول لرويترز»: a definite title alone, then whom it spoke to
                    }
                    t = match.LastToken + 1;
                    continue;
                }
                if (_doc.Word(t) == "ل" && t > start && IsIn(Titles, _doc.Word(start)) && !Enumerable.Range(start, t - start).Any(k => _doc.EntityAt(k) is not null))
                {
                    t++; // «الرئيس التنفيذي لـOpenAI سام ألتمان»: the ل of the title, not an addressee
                    continue;
                }
                if (EndsSubject(t, v, form))
                {
                    break;
                }
                t++;
            }
            while (t - start >= MaxSubjectWords && InSentence(t, v) && t - start < MaxSubjectWords + NameReader.MaxNameParts
                && (!QuoteDocument.HasPunctuation(_doc.GapBefore(t)) || _doc.IsInitialDot(t - 1))
                && (_resolver.Names.IsNameWord(t) || _resolver.Names.ContinuesName(t)))
            {
                t++; // «الرئيس التنفيذي لشركة تي إس إم سي سي سي وي»: a long title does not cut the name that ends it
            }
            if (t > start && IsIn(Quantifiers, _doc.Word(start)) && InSentence(t + 1, v) && _doc.Word(t) == "من"
                && SpeakerResolver.IsPersonWord(_doc.Word(t + 1)))
            {
                t += 2; // «كثير من المحللين»
            }
            if (t > start && _doc.EntityAt(start) is null && (IsIn(PersonNouns, _doc.Word(start)) || IsIn(Titles, _doc.Word(start))))
            {
                var named = _resolver.TitledNameEnds(start, t - 1);
                if (_resolver.AffiliationEnd(t, Math.Min(_doc.Count - 1, t + MaxSubjectWords)) is { } affiliation && InSentence(affiliation, v))
                {
                    t = affiliation + 1; // «قال مسؤول في وزارة التجارة إن»
                    while (InSentence(t, v) && !QuoteDocument.HasPunctuation(_doc.GapBefore(t)) && HasArticle(_doc.Word(t)) && IsIn(Titles, _doc.Word(t)))
                    {
                        t++; // «أستاذ الاقتصاد في جامعة الملك سعود الدكتور عبد الرحمن السلطان»
                    }
                    if (!named && InSentence(t, v) && !QuoteDocument.HasPunctuation(_doc.GapBefore(t))
                        && _resolver.Names.End(t, _doc.SentenceEnd(v), bounded: false) is { } nameEnd)
                    {
                        t = nameEnd + 1; // «الباحثة في جامعة ستانفورد سارة لي»: the name after the affiliation
                    }
                }
                if (!named && NameAfterField(t, v) is { } fieldNamed)
                {
                    t = fieldNamed + 1; // «قال الخبير في الأمن السيبراني أحمد الزعبي إن»
                }
                else if (!named && PlaceOfWorkBeforeName(t, v) is { } placeEnd)
                {
                    t = placeEnd + 1; // «يقول الخبير في أسواق الطاقة لدى مؤسسة كابيتال إيكونوميكس، جيمس سوانستون، إن»
                }
            }
            if (t > start)
            {
                subject = new Words(start, t - 1);
                if (InSentence(t, v) && QuoteDocument.HasComma(_doc.GapBefore(t)) && Apposition(t, v) is { } found)
                {
                    apposition = found;
                    t = found.Last + 1;
                }
            }
        }

        var subjectEnd = apposition?.Last ?? subject?.Last ?? v;
        // A participle reports only what follows it closely («مضيفاً أن»، «لافتاً إلى أن»); further on, the word is an
        // adjective («في مداخلة لافتة، قال …»).
        var limit = Math.Min(_doc.Count - 1, v + (form.Tense == VerbTense.Participle ? ParticipleReach : MaxCueReach));
        for (; t <= limit && InSentence(t, v); t++)
        {
            if (form.Tense == VerbTense.Participle && QuoteDocument.HasPunctuation(_doc.GapBefore(t)))
            {
                break;
            }
            if (t - 1 > v && IntroducedAfter(t - 1, form, directly: t - 1 == subjectEnd) is { } introduced)
            {
                return new VerbScan(subject, apposition, introduced.Span, introduced.Unmarked, source);
            }
            if (form.Kind == VerbKind.Description && _doc.Word(t - 1) == "ب" && SpanOpeningAfter(t - 1) is { } described && !IsNameLike(described))
            {
                return new VerbScan(subject, apposition, described, null, source); // «واصفاً إياه بـ"المثير للإعجاب"»
            }
            if (ComplementiserAt(t, v, form) is { } complementStart)
            {
                var (span, indirect) = ReadComplement(complementStart, v, form);
                return new VerbScan(subject, apposition, span, indirect, source);
            }
            var word = _doc.Word(t);
            if (form.Kind == VerbKind.Relay && word == "عن" && source is null && InSentence(t + 1, v))
            {
                var end = t + 1;
                while (InSentence(end + 1, v) && !QuoteDocument.HasPunctuation(_doc.GapBefore(end + 1))
                    && !SayingNouns.Contains(_doc.Word(end + 1)) && ComplementiserAt(end + 1, v, form) is null && end - t < MaxSubjectWords)
                {
                    end++;
                }
                source = new Words(t + 1, end);
                t = end;
                continue;
            }
            if (t > v + 1 && AttributionAt(t) is { } aside)
            {
                // «وتتوقع OpenAI، وفق وثائق اطلعت عليها صحيفة ذا إنفورميشن، أن …»: an attribution inside the clause
                // names where the statement was read, not who made it.
                _consumed.Add(t);
                t = aside.Last;
                continue;
            }
            if (t > v + 1 && ReportingVerbs.Find(word) is not null && _doc.Word(t - 1) != "عدم" && !IsAnonymityAside(t))
            {
                break;
            }
        }
        // «وقال جيم فان:» at the end of a paragraph, the quotation in the next one.
        if (t - 1 > v && t - 1 < _doc.Count && IntroducedAfter(t - 1, form, directly: false) is { Span: { } late })
        {
            return new VerbScan(subject, apposition, late, null, source);
        }
        return new VerbScan(subject, apposition, null, null, source);
    }

    /// <summary>
    /// After a title stopped at «في»: a field of expertise or a place of work followed by a name («في الأمن السيبراني
    /// أحمد الزعبي»، «في شؤون الطاقة بجامعة القاهرة محمد عبد الله»); returns the name's last word. The name is the run
    /// of name words that the subject's end (أن، a preposition, punctuation) follows; words of the field that look
    /// like names («شؤون») are passed over because something other than the end follows them.
    /// </summary>
    private int? NameAfterField(int t, int v)
    {
        if (!InSentence(t, v) || _doc.Word(t) != "في" || QuoteDocument.HasPunctuation(_doc.GapBefore(t)))
        {
            return null;
        }
        var names = _resolver.Names;
        for (var k = t + 1; InSentence(k, v) && k - t <= MaxSubjectWords && !QuoteDocument.HasPunctuation(_doc.GapBefore(k)); k++)
        {
            if (_doc.EntityAt(k) is { } match)
            {
                if (match.Entry.Type == EntityType.Person)
                {
                    return null; // a catalog person: the subject loop reads it
                }
                k = match.LastToken;
                continue;
            }
            var word = _doc.Word(k);
            if (k > t + 1 && (names.IsNameWord(k) || names.CompoundAt(k, _doc.Count - 1)) && !names.IsNameWord(k - 1))
            {
                var end = names.End(k, _doc.SentenceEnd(v), bounded: false) ?? k;
                var next = end + 1;
                if ((!InSentence(next, v) || QuoteDocument.HasPunctuation(_doc.GapBefore(next)) || EndsSubject(next, v, null))
                    && _resolver.LooksLikeName(k, end))
                {
                    return end;
                }
                k = end;
                continue;
            }
            if (_doc.IsComplementiser(k) || ReportingVerbs.Find(word) is not null || (SubjectStoppers.Contains(word) && word != "في"))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// After a title stopped at في or لدى: where the person works, up to a comma after which their name stands in
    /// apposition; returns the last word before that comma.
    /// </summary>
    private int? PlaceOfWorkBeforeName(int t, int v)
    {
        if (!InSentence(t, v) || _doc.Word(t) is not ("في" or "لدي") || QuoteDocument.HasPunctuation(_doc.GapBefore(t)))
        {
            return null;
        }
        for (var k = t + 1; InSentence(k, v) && k - t <= MaxSubjectWords + 2; k++)
        {
            if (QuoteDocument.HasPunctuation(_doc.GapBefore(k)))
            {
                return QuoteDocument.HasComma(_doc.GapBefore(k)) && Apposition(k, v) is { } a && IsNameApposition(a.First, a.Last) ? k - 1 : null;
            }
            if (_doc.IsComplementiser(k) || ReportingVerbs.Find(_doc.Word(k)) is not null || AttributionAt(k) is not null)
            {
                return null;
            }
        }
        return null;
    }

    private bool EndsSubject(int t, int v, VerbForm? form)
    {
        var word = _doc.Word(t);
        if (_resolver.Names.ContinuesName(t))
        {
            return false; // «لي مين هي،»، «بارك نوه سونغ»، «علي الحمادي»
        }
        if (word == "العام" && t > 0 && IsIn(Titles, _doc.Word(t - 1)))
        {
            return false; // «المدير العام»، «الأمين العام»: "general", not "the year"
        }
        return _doc.IsComplementiser(t) || SubjectStoppers.Contains(word) || IsIn(Adverbs, word) || NameReader.IsPrepositionWithPronoun(word)
            || (form?.Verb.Complements.Contains(word) ?? false) || SayingNouns.Contains(word) || OwnSpeechNouns.Contains(word) || IsAddressee(t)
            || ReportingVerbs.Find(word) is not null || AttributionAt(t) is not null;
    }

    /// <summary>«لصحيفة ديلي ميل»، «للصحفيين»، «لـرويترز»: whom the speaker told, which ends the subject.</summary>
    private bool IsAddressee(int t)
    {
        var word = _doc.Word(t);
        if (word == "ل")
        {
            return true; // «لـ"العربية Business"»: the preposition written apart with a tatweel
        }
        if (word.Length < 3 || word[0] != 'ل')
        {
            return false;
        }
        if (_doc.EntityAt(t) is { } match && match.FirstToken == t && match.NormStart > _doc.Tokens[t].Start)
        {
            return true; // a clitic ل glued to a catalog name
        }
        var rest = word.StartsWith("لل", StringComparison.Ordinal) ? "ا" + word[1..] : word[1..];
        return IsIn(MediaNouns, rest);
    }

    /// <summary>A phrase between commas after the subject that names or describes it.</summary>
    private (int First, int Last)? Apposition(int a, int v)
    {
        var e = a;
        while (InSentence(e + 1, v) && !QuoteDocument.HasComma(_doc.GapBefore(e + 1))
            && (!QuoteDocument.HasPunctuation(_doc.GapBefore(e + 1)) || _doc.IsInitialDot(e))
            && _doc.IsComplementiser(e + 1) is false && e - a < 12)
        {
            e++;
        }
        // Closed by a comma, by أن, or by the colon before what was said («وأضاف الرئيس التنفيذي لشركة «زد»، عماد الطيب: «…»»).
        var closed = !InSentence(e + 1, v) || QuoteDocument.HasComma(_doc.GapBefore(e + 1)) || _doc.IsComplementiser(e + 1)
            || _doc.GapBefore(e + 1).Contains(':');
        return closed && (IsAppositive(a) || IsNameApposition(a, e)) ? (a, e) : null;
    }

    /// <summary>«قال المحلل في شركة ويدبوش، دان آيفز، إن»: a short run of plain words between commas, a name.</summary>
    private bool IsNameApposition(int a, int e)
    {
        if (_resolver.Names.End(a, e, bounded: true) == e)
        {
            return true; // «عبد الله بن فهد الشهري»، «جيه. كيه. لين»
        }
        if (e - a >= 4)
        {
            return false;
        }
        for (var t = a; t <= e; t++)
        {
            var word = _doc.Word(t);
            if ((t == a && HasArticle(word)) || EndsSubject(t, a - 1, null) || IsIn(NonSpeakers, word) || IsIn(Documents, word))
            {
                return false;
            }
        }
        return true;
    }

    private bool IsAppositive(int a)
    {
        var word = _doc.Word(a);
        if (_doc.EntityAt(a) is { } match && match.FirstToken == a)
        {
            return true;
        }
        return IsIn(Titles, word) || IsIn(PersonNouns, word) || IsIn(OrganisationDescriptors, word)
            || (HasArticle(word) && !SubjectStoppers.Contains(word)) || IsCircumstantial(word);
    }

    /// <summary>«، ومقرها مدينة هانغتشو،»: و and a noun with a pronoun, a clause describing what comes before it.</summary>
    private static bool IsCircumstantial(string word) =>
        word.Length > 4 && word[0] == 'و' && (word.EndsWith("ها", StringComparison.Ordinal) || word.EndsWith("ه", StringComparison.Ordinal))
        && ReportingVerbs.Find(word) is null;

    /// <summary>
    /// The subject before the verb (SVO): «وكانت إيفانكا ترامب قد صرّحت»، «سام ألتمان، الرئيس التنفيذي لـOpenAI، قال»،
    /// «لكن وزير التجارة هوارد لوتنيك أعلن»، «لكن محللين في بنك مورغان ستانلي رأوا»، «عبدالله السواحة، الذي أعلن»،
    /// and «أما مارك أندريسن، المستثمر البارز، فكتب». Only when the subject opens its clause.
    /// </summary>
    private Words? SubjectBefore(int v, VerbHit hit)
    {
        if (hit.Form.Tense == VerbTense.Participle)
        {
            return null;
        }
        if (hit.ConjunctionLength > 0)
        {
            return _doc.Word(v)[0] == 'ف' ? TopicOfAmma(v) : null;
        }
        var b = v - 1;
        while (b >= 0 && _doc.SameSentence(b, v) && !QuoteDocument.HasPunctuation(_doc.GapAfter(b))
            && (IsIn(Adverbs, _doc.Word(b)) || _doc.Word(b) is "فقد" or "وقد"))
        {
            b--;
        }
        if (b < 0 || !_doc.SameSentence(b, v) || _doc.GapAfter(b).Contains('"'))
        {
            return null;
        }
        if (Relatives.Contains(_doc.Word(b)))
        {
            return Antecedent(b, v);
        }
        (int First, int Last)? apposition = null;
        if (QuoteDocument.HasComma(_doc.GapAfter(b)))
        {
            var a = b;
            while (a - 1 >= 0 && _doc.SameSentence(a - 1, v) && !QuoteDocument.HasPunctuation(_doc.GapAfter(a - 1)))
            {
                a--;
            }
            if (_doc.Word(a) is "اما" or "واما" && a < b)
            {
                return new Words(a + 1, b); // «أما الخبيرة سارة الخطيب، فقد اعتبرت»: the topic fronted with أما
            }
            if (a - 1 < 0 || !_doc.SameSentence(a - 1, v) || !QuoteDocument.HasComma(_doc.GapAfter(a - 1)))
            {
                return null;
            }
            if (!IsAppositive(a))
            {
                // «وكان الرئيس التنفيذي لشركة نكست ويف، يوسف الحمادي، قد قال»: a name in apposition to a title.
                if (_resolver.Names.End(a, b, bounded: true) != b || TitledClauseBefore(a - 1, v) is not { } titled)
                {
                    return null;
                }
                return new Words(titled, a - 1, (a, b));
            }
            apposition = (a, b);
            b = a - 1;
        }
        else if (QuoteDocument.HasPunctuation(_doc.GapAfter(b)))
        {
            return null;
        }
        if (_doc.EntityAt(b) is { } match)
        {
            var start = match.FirstToken;
            if (match.Entry.Type == EntityType.Person && _resolver.OtherPersonWithTheName(match) is { } namesake)
            {
                start = namesake; // «وكانت إيفانكا ترامب قد صرّحت»
            }
            else if (start > 0 && _doc.SameSentence(start - 1, v) && IsIn(OrganisationDescriptors, _doc.Word(start - 1))
                && !QuoteDocument.HasPunctuation(_doc.GapAfter(start - 1)))
            {
                start--; // «شركة ديب سيك … قالت»
            }
            if (start != _doc.SentenceStart(v) && !OpensClause(start))
            {
                start = LeadBefore(start, v) ?? -1; // «وزير التجارة هوارد لوتنيك أعلن»، «محللين في بنك مورغان ستانلي رأوا»
            }
            return start >= 0 ? new Words(start, match.LastToken, apposition) : null;
        }
        var first = b;
        while (first - 1 >= 0 && _doc.SameSentence(first - 1, v) && b - first < 4 && !OpensClause(first)
            && !IsIn(SubjectStoppers, _doc.Word(first - 1)) && _doc.EntityAt(first - 1) is null)
        {
            first--;
        }
        if (first != _doc.SentenceStart(v) && !OpensClause(first))
        {
            return TitledClauseBefore(b, v) is { } titled ? new Words(titled, b, apposition) : null;
        }
        if (KanaForms.Contains(_doc.Word(first)) || ClauseOpeners.Contains(_doc.Word(first)))
        {
            first++;
        }
        return first <= b ? new Words(first, b, apposition) : null;
    }

    /// <summary>
    /// The first word of a subject that opens its clause with a title and runs to <paramref name="b"/>: «وكان الرئيس
    /// التنفيذي لشركة نكست ويف»، «لكن المحلل في بنك الكويت الوطني خالد يوسف». Null when the clause does not open with
    /// a title or a word for people within reach.
    /// </summary>
    private int? TitledClauseBefore(int b, int v)
    {
        var first = b;
        while (first - 1 >= 0 && _doc.SameSentence(first - 1, v) && b - first < MaxSubjectWords + 2 && !OpensClause(first))
        {
            var before = _doc.Word(first - 1);
            if (ReportingVerbs.Find(before) is not null || _doc.IsComplementiser(first - 1) || Relatives.Contains(before))
            {
                return null;
            }
            first--;
        }
        if (first != _doc.SentenceStart(v) && !OpensClause(first))
        {
            return null;
        }
        if (KanaForms.Contains(_doc.Word(first)) || ClauseOpeners.Contains(_doc.Word(first)))
        {
            first++;
        }
        var lead = _doc.Word(first);
        return first <= b && _doc.EntityAt(first) is null && (IsIn(Titles, lead) || SpeakerResolver.IsPersonWord(lead)) ? first : null;
    }

    /// <summary>
    /// The words before a name that still belong to the subject — a title («وزير التجارة») or a group and its
    /// affiliation («محللين في بنك») — back to where the clause opens; null when no clause opens within reach.
    /// </summary>
    private int? LeadBefore(int start, int v)
    {
        var first = start;
        while (first - 1 >= 0 && _doc.SameSentence(first - 1, v) && start - first < 5 && !QuoteDocument.HasPunctuation(_doc.GapAfter(first - 1)))
        {
            var word = _doc.Word(first - 1);
            var belongs = IsIn(Titles, word) || SpeakerResolver.IsPersonWord(word) || IsIn(OrganisationDescriptors, word)
                || word is "في" or "لدي" || (HasArticle(word) && !SubjectStoppers.Contains(word) && ReportingVerbs.Find(word) is null);
            if (!belongs || KanaForms.Contains(word) || ClauseOpeners.Contains(word))
            {
                break;
            }
            first--;
        }
        var leadsWithSpeaker = IsIn(Titles, _doc.Word(first)) || SpeakerResolver.IsPersonWord(_doc.Word(first));
        return first < start && leadsWithSpeaker && (first == _doc.SentenceStart(v) || OpensClause(first)) ? first : null;
    }

    /// <summary>«عبدالله السواحة، الذي أعلن أن»: the name the relative pronoun refers to.</summary>
    private Words? Antecedent(int relative, int v)
    {
        var b = relative - 1;
        if (b < 0 || !_doc.SameSentence(b, v))
        {
            return null;
        }
        if (_doc.EntityAt(b) is { Entry.Type: EntityType.Person or EntityType.Organization } match)
        {
            var start = match.Entry.Type == EntityType.Person && _resolver.OtherPersonWithTheName(match) is { } namesake ? namesake : match.FirstToken;
            return new Words(start, match.LastToken);
        }
        return _resolver.Names.Start(b, _doc.SentenceStart(v)) is { } first ? new Words(first, b) : null;
    }

    /// <summary>«أما مارك أندريسن، المستثمر البارز في وادي السيليكون، فكتب»: the topic after أما is the subject.</summary>
    private Words? TopicOfAmma(int v)
    {
        // The topic may carry a relative clause before its verb («أما متحدث باسم شركة stc، التي تملك حصة في سوق مراكز
        // البيانات عبر ذراعها «سنتر3»، فقال»), so أما is looked for further back than a subject's length.
        for (var a = v - 1; a >= 0 && _doc.SameSentence(a, v) && v - a <= MaxSubjectWords + 16; a--)
        {
            if (_doc.Word(a) is not ("اما" or "واما"))
            {
                continue;
            }
            var end = a + 1;
            while (end + 1 < v && !QuoteDocument.HasPunctuation(_doc.GapAfter(end)))
            {
                end++;
            }
            (int First, int Last)? apposition = null;
            if (end + 1 < v && QuoteDocument.HasComma(_doc.GapAfter(end)))
            {
                var appositionEnd = end + 1;
                while (appositionEnd + 1 < v && !QuoteDocument.HasPunctuation(_doc.GapAfter(appositionEnd)))
                {
                    appositionEnd++;
                }
                if (IsAppositive(end + 1))
                {
                    apposition = (end + 1, appositionEnd);
                }
            }
            return a + 1 < v ? new Words(a + 1, end, apposition) : null;
        }
        return null;
    }

    /// <summary>True when a clause may start at word <paramref name="t"/>: after كان, a connective or punctuation.</summary>
    private bool OpensClause(int t)
    {
        if (t <= 0)
        {
            return true;
        }
        var before = _doc.Word(t - 1);
        return KanaForms.Contains(before) || ClauseOpeners.Contains(before) || _doc.IsComplementiser(t - 1)
            || QuoteDocument.HasPunctuation(_doc.GapAfter(t - 1));
    }

    /// <summary>After word <paramref name="t"/>: «:» or a quotation mark that opens what was said.</summary>
    private (QuotedSpan? Span, (int First, int Last)? Unmarked)? IntroducedAfter(int t, VerbForm form, bool directly)
    {
        var gap = _doc.GapAfter(t);
        var colon = gap.IndexOf(':');
        var span = SpanOpeningAfter(t);
        if (colon >= 0)
        {
            if (span is null && gap.EndsWith('\n'))
            {
                span = SpanAtParagraphStart(t + 1);
            }
            if (span is not null && !IsNameLike(span))
            {
                return (span, null);
            }
            if (t + 1 < _doc.Count && _doc.Paragraph(t + 1) == _doc.Paragraph(t) && span is null)
            {
                return (null, (t + 1, ComplementEnd(t + 1)));
            }
            return null;
        }
        if (span is not null && directly && form.Verb.TakesDirectSpeech && !IsNameLike(span) && !IsTermInSpeech(span))
        {
            return (span, null);
        }
        return null;
    }

    /// <summary>
    /// أن/إن/بأن at word <paramref name="t"/> as the start of what the verb reports; returns the first word of the
    /// complement. «إلى أن»، «على أن»، «من أن» need the verb to take that preposition; «بعد أن»، «كما أن» are not speech.
    /// </summary>
    private int? ComplementiserAt(int t, int v, VerbForm form)
    {
        if (!InSentence(t, v) || form.Kind == VerbKind.Stance)
        {
            return null;
        }
        var word = _doc.Word(t);
        if (_doc.IsComplementiser(t))
        {
            // A word of a name («سكيل إيه آي، إن») or a comma between them does not bind أن to the word before.
            if (t - 1 > v && _doc.EntityAt(t - 1) is null && !QuoteDocument.HasPunctuation(_doc.GapBefore(t)))
            {
                var before = _doc.Word(t - 1);
                if (ComplementiserBlockers.Contains(before) || ComplementiserBlockers.Contains(Bare(before)))
                {
                    return null;
                }
                if (SubjectStoppers.Contains(before) && !form.Verb.Complements.Contains(before) && !_resolver.Names.ContinuesName(t - 1))
                {
                    return null;
                }
            }
            return t + 1;
        }
        if ((form.Verb.Complements.Contains(word) || SayingNouns.Contains(word)) && InSentence(t + 1, v) && _doc.IsComplementiser(t + 1))
        {
            return t + 2;
        }
        return null;
    }

    /// <summary>What follows أن: a quotation that starts right there (direct), or the rest of the sentence (indirect).</summary>
    private (QuotedSpan? Span, (int First, int Last)? Indirect) ReadComplement(int first, int v, VerbForm form)
    {
        if (first >= _doc.Count)
        {
            return (null, null);
        }
        var opening = SpanOpeningBefore(first);
        // After «وصفها بأنها» a short quoted span is the description itself, whatever follows it.
        if (opening is not null && !IsNameLike(opening) && (form.Kind == VerbKind.Description || !IsTermInSpeech(opening)))
        {
            return (opening, null);
        }
        return InSentence(first, v) ? (null, (first, ComplementEnd(first))) : (null, null);
    }

    /// <summary>Where reported speech stops: the end of the sentence, or a new reporting clause or attribution after a comma.</summary>
    private int ComplementEnd(int first)
    {
        var end = first;
        while (end + 1 < _doc.Count && _doc.SameSentence(end + 1, first))
        {
            var next = end + 1;
            var comma = QuoteDocument.HasComma(_doc.GapBefore(next));
            if (comma && AttributionAt(next) is not null)
            {
                break;
            }
            if (ReportingVerbs.Find(_doc.Word(next)) is { } hit
                && (hit.ConjunctionLength > 0 || (comma && hit.Form.Tense == VerbTense.Participle) || ClauseOpeners.Contains(_doc.Word(end))))
            {
                break; // «، مضيفاً أن»، «وأضاف»، «حيث قال»، «لكنه أكد»: a new reporting clause
            }
            if (comma && ClauseOpeners.Contains(_doc.Word(next)) && next + 1 < _doc.Count && ReportingVerbs.Find(_doc.Word(next + 1)) is not null)
            {
                break;
            }
            if (comma && ReportingVerbs.Find(_doc.Word(next)) is { Form.Kind: VerbKind.Speech or VerbKind.Ambiguous }
                && next + 1 < _doc.Count && _doc.SameSentence(next + 1, next) && !_doc.IsComplementiser(next + 1))
            {
                break; // «وبينما يؤكد المسؤولون أن الحظر ضروري، يرى آخرون أنه …»: a verb with its own subject after the comma
            }
            if (comma && (Contrasts.Contains(_doc.Word(next)) || (_doc.Word(next) == "في" && next + 1 < _doc.Count && _doc.Word(next + 1) == "حين")))
            {
                break; // «…، فيما ارتفعت الأسهم»: the writer goes on with something else
            }
            end = next;
        }
        return end;
    }

    // ---- quoted spans -------------------------------------------------------------------------------------------

    /// <summary>A quoted span no verb before it introduced: a quotation with its verb after it, a long quotation, or a name.</summary>
    private protected override void HandleUnintroducedSpan(QuotedSpan span, int next)
    {
        if (IsNameLike(span) || _quotes.Any(q => q.Overlaps(span.ContentStart, span.ContentEnd)))
        {
            return;
        }
        if (!StandsAlone(span))
        {
            // A short span inside a clause («لونه بـ"حلوى القطن"») is a term even when an attribution follows it.
            return;
        }
        if (next < _doc.Count && span.Closed && HandleSpeakerAfter(span, next))
        {
            return;
        }
        var sentence = _doc.Sentence(span.FirstToken);
        if (_quotes.Count > 0 && _quotes[^1] is { Kind: QuoteKind.Direct, Speaker: { } speaker } previous && previous.Sentence == sentence)
        {
            // «نحن مستعدون»، قال هوانغ، «لكن الطريق طويل»: the second half of a quotation split by its attribution.
            Add(DirectQuote(span, speaker, previous.Cue));
            return;
        }
        if (span.WordCount < LongQuoteWords)
        {
            return;
        }
        // A long quotation on its own continues whoever was quoted just before, in this paragraph or the last.
        if (LastQuotedSpeaker(_doc.Paragraph(span.FirstToken)) is { } last)
        {
            Add(DirectQuote(span, last, null));
        }
    }

    private ResolvedSpeaker? LastQuotedSpeaker(int paragraph)
    {
        var last = _quotes.Where(q => q.Speaker is not null).MaxBy(q => q.Start);
        return last is not null && _doc.ParagraphAt(last.Start) >= paragraph - 1 ? last.Speaker : null;
    }

    /// <summary>«…»، قال هوانغ / «…»، بحسب المصدر / «…»، على حد قوله.</summary>
    private bool HandleSpeakerAfter(QuotedSpan span, int t)
    {
        if (t != span.LastToken + 1 || _doc.Paragraph(t) != _doc.Paragraph(span.LastToken))
        {
            return false;
        }
        foreach (var c in _doc.Value.AsSpan(span.CloseMark + 1, _doc.Tokens[t].Start - span.CloseMark - 1))
        {
            if (c is not (' ' or '،' or ',' or '"'))
            {
                return false;
            }
        }
        var word = _doc.Word(t);
        if (AttributionAt(t) is { } attribution)
        {
            if (OwnWordsGender(_doc.Word(attribution.First)) is { } own)
            {
                // «…»، حسب تعبيره: the speaker of the sentence before.
                if (_history.Continue(own.Gender, own.Plural, _doc.Paragraph(t), recentOnly: false) is not { } previous)
                {
                    return false;
                }
                Add(DirectQuote(span, previous, CueRange(t, ConjunctionLength(word), attribution.First)));
                _consumed.Add(t);
                return true;
            }
            if (_resolver.ReadAttribution(attribution.First, attribution.Last, t) is not { } source)
            {
                return false;
            }
            Add(DirectQuote(span, source, CueRange(t, ConjunctionLength(word))));
            _history.Add(source, _doc.Paragraph(t), _doc.Sentence(t));
            _consumed.Add(t);
            return true;
        }
        if (word == "علي" && t + 2 < _doc.Count && _doc.Word(t + 1) == "حد" && OwnWordsGender(_doc.Word(t + 2)) is { } owner)
        {
            if (_history.Continue(owner.Gender, owner.Plural, _doc.Paragraph(t), recentOnly: false) is not { } previous)
            {
                return false;
            }
            Add(DirectQuote(span, previous, CueRange(t, 0, t + 2)));
            return true;
        }
        if (ReportingVerbs.Find(word) is not { ConjunctionLength: 0 } hit || hit.Form.Kind is VerbKind.Stance or VerbKind.Relay or VerbKind.Description)
        {
            return false;
        }
        _consumed.Add(t);
        var form = hit.Form;
        var scan = ScanAfterVerb(t, form);
        ResolvedSpeaker? speaker;
        if (scan.Subject is { } subject)
        {
            var reading = _resolver.Read(subject.First, subject.Last, form, t, scan.Apposition);
            speaker = reading.Speaker;
        }
        else
        {
            speaker = _history.Continue(form.Gender, form.Plural, _doc.Paragraph(t), recentOnly: false);
        }
        if (speaker is null)
        {
            return false;
        }
        Add(DirectQuote(span, speaker, CueRange(t, 0)));
        _history.Add(speaker, _doc.Paragraph(t), _doc.Sentence(t));
        return true;
    }

    /// <summary>قوله، قولها، قولهم، تعبيره …: whose own words «على حد …» points back to.</summary>
    private static (Gender Gender, bool Plural)? OwnWordsGender(string word)
    {
        foreach (var stem in new[] { "قول", "تعبير", "وصف" })
        {
            if (!word.StartsWith(stem, StringComparison.Ordinal))
            {
                continue;
            }
            return word[stem.Length..] switch
            {
                "ه" => (Gender.Masculine, false),
                "ها" => (Gender.Feminine, false),
                "هم" or "هما" => (Gender.Unknown, true),
                _ => null,
            };
        }
        return null;
    }

    /// <summary>«شركة «نبض» المصرية»: a short quoted name right after the kind of organisation it names.</summary>
    private bool IsQuotedName(QuotedSpan span) =>
        span.WordCount <= 3 && span.FirstToken > 0
        && (IsIn(OrganisationDescriptors, NameReader.StripPreposition(_doc.Word(span.FirstToken - 1))) || IsTitlesOrganisation(span.FirstToken));

    /// <summary>«الرئيس التنفيذي لـ«مدار»»: the organisation a title names with لـ, written in quotation marks.</summary>
    private bool IsTitlesOrganisation(int first)
    {
        var preposition = first - 1;
        if (_doc.Word(preposition) != "ل" || QuoteDocument.HasPunctuation(_doc.GapBefore(preposition)))
        {
            return false;
        }
        for (var k = preposition - 1; k >= 0 && preposition - k <= 3; k--)
        {
            if (IsIn(Titles, _doc.Word(k)) || IsIn(PersonNouns, _doc.Word(k)))
            {
                return true;
            }
            if (QuoteDocument.HasPunctuation(_doc.GapBefore(k)) || _doc.EntityAt(k) is not null)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>A span that is a name or a term, never a quotation: entity names only, or a few Latin words in Arabic text.</summary>
    private bool IsNameLike(QuotedSpan span)
    {
        var covered = true;
        var latin = true;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            covered &= _doc.EntityAt(t) is not null || Clitics.IsBareProclitic(_doc.Word(t));
            latin &= _doc.Tokens[t].Kind != TokenKind.Arabic;
        }
        return covered || (!_doc.IsEnglish && latin && span.WordCount <= 4);
    }

    /// <summary>«قال إن "الذكاء الاصطناعي" سيغير …»: a short quoted term the sentence goes on after.</summary>
    private bool IsTermInSpeech(QuotedSpan span)
    {
        if (span.WordCount > TermWords || !span.Closed || span.LastToken + 1 >= _doc.Count)
        {
            return false;
        }
        var next = span.LastToken + 1;
        if (!_doc.SameSentence(span.LastToken, next) || QuoteDocument.HasPunctuation(_doc.GapBefore(next)))
        {
            return false;
        }
        return !_doc.Word(next).StartsWith('و');
    }

    private bool StandsAlone(QuotedSpan span)
    {
        var first = span.FirstToken;
        var gap = _doc.GapBefore(first);
        return _doc.StartsParagraph(first) || !_doc.SameSentence(first - 1, first) || gap.Contains(':') || QuoteDocument.HasComma(gap);
    }

    private QuotedSpan? SpanOpeningAfter(int t)
    {
        var from = _doc.Tokens[t].End;
        var to = t + 1 < _doc.Count && _doc.Paragraph(t + 1) == _doc.Paragraph(t) ? _doc.Tokens[t + 1].Start : _doc.ParagraphRange(_doc.Paragraph(t)).End;
        return _spans.FirstOrDefault(s => s.OpenMark >= from && s.OpenMark < to);
    }

    private QuotedSpan? SpanOpeningBefore(int t)
    {
        if (t >= _doc.Count)
        {
            return null;
        }
        var to = _doc.Tokens[t].Start;
        var from = t > 0 && _doc.Paragraph(t - 1) == _doc.Paragraph(t) ? _doc.Tokens[t - 1].End : _doc.ParagraphRange(_doc.Paragraph(t)).Start;
        return _spans.FirstOrDefault(s => s.OpenMark >= from && s.OpenMark < to);
    }

    private QuotedSpan? SpanAtParagraphStart(int t) =>
        t < _doc.Count && _doc.StartsParagraph(t) ? SpanOpeningBefore(t) : null;

    // ---- attributions -------------------------------------------------------------------------------------------

    /// <summary>«بحسب X»، «وفقاً لـ X»، «نقلاً عن X»، «بحسب ما ذكرت صحيفة X»: the words of the source after the attribution.</summary>
    private (int First, int Last)? AttributionAt(int t)
    {
        var word = _doc.Word(t);
        var core = AttributionWords.Contains(word) ? word
            : word.Length > 3 && word[0] is 'و' or 'ف' && AttributionWords.Contains(word[1..]) ? word[1..] : null;
        if (core is null)
        {
            return null;
        }
        var s = t + 1;
        if (!InSentence(s, t) || QuoteDocument.HasPunctuation(_doc.GapBefore(s)))
        {
            return null;
        }
        if (core == "نقلا")
        {
            if (_doc.Word(s) != "عن" || !InSentence(s + 1, t))
            {
                return null;
            }
            s++;
        }
        if (_doc.Word(s) is "ل" or "ما" or "لما" && InSentence(s + 1, t))
        {
            s++;
        }
        var afterVerb = false;
        if ((ReportingVerbs.Find(_doc.Word(s)) is not null || ReportingVerbs.IsVerbWithPronoun(_doc.Word(s))) && InSentence(s + 1, t))
        {
            afterVerb = true;
            s++; // «بحسب ما ذكرت صحيفة X»: the verb, then its subject
            if (_doc.Word(s) is "به" or "بها" && InSentence(s + 1, t))
            {
                s++; // «بحسب ما أفادت به وكالة X»
            }
        }
        if (!InSentence(s, t))
        {
            return null;
        }
        var e = s;
        while (InSentence(e + 1, t) && e + 1 - s < MaxSourceWords && !QuoteDocument.HasPunctuation(_doc.GapBefore(e + 1))
            && ReportingVerbs.Find(_doc.Word(e + 1)) is null && !_doc.IsComplementiser(e + 1)
            && !(afterVerb && IsAddressee(e + 1)))
        {
            e++; // «بحسب ما قاله مصدر في المجموعة لـ«الخليج»»: the source, not the outlet it spoke to
        }
        return (s, e);
    }

    private void HandleAttribution(int t, (int First, int Last) sourceWords)
    {
        var source = _resolver.ReadAttribution(sourceWords.First, sourceWords.Last, t);
        if (source is null && OwnWordsGender(_doc.Word(sourceWords.First)) is { } own)
        {
            // «…، حسب قوله»: the speaker of what came before.
            source = _history.Continue(own.Gender, own.Plural, _doc.Paragraph(t), recentOnly: true);
        }
        if (source is null)
        {
            return;
        }
        var sentence = _doc.Sentence(t);
        var waiting = _quotes.LastOrDefault(q => q.Speaker is null && q.Sentence == sentence);
        if (waiting is not null)
        {
            waiting.Speaker = source;
            _history.Add(source, _doc.Paragraph(t), _doc.Sentence(t));
            return;
        }
        if (_quotes.Any(q => q.Sentence == sentence))
        {
            return; // the sentence already has its speaker; the attribution names the outlet that reported it
        }
        var cue = CueRange(t, ConjunctionLength(_doc.Word(t)));
        var after = sourceWords.Last + 1;
        while (InSentence(after, t) && after - sourceWords.Last < 8 && !QuoteDocument.HasComma(_doc.GapBefore(after)) && !_doc.IsComplementiser(after))
        {
            after++; // the rest of a parenthetical source: «بحسب مسؤول سابق … تحدث إلينا، أن»
        }
        if (InSentence(after, t) && _doc.IsComplementiser(after))
        {
            // «غير أن الفارق هذه المرة، بحسب مسؤول سابق، أن «…»»: what the source says follows its أن.
            var (span, indirect) = ReadComplement(after + 1, t, VerbForm.Attribution);
            var said = span is not null ? Add(DirectQuote(span, source, cue)) : indirect is { } words && AddIndirect(words.First, words.Last, source, cue);
            if (span is not null)
            {
                _handled.Add(span);
            }
            if (said)
            {
                _history.Add(source, _doc.Paragraph(t), _doc.Sentence(t));
            }
            return;
        }
        var start = _doc.SentenceStart(t);
        bool emitted;
        if (start == t)
        {
            // «وبحسب الشركة، فإن النموذج …»: what follows the source (and the outlet it spoke to: «وبحسب ما قاله مصدر
            // لـ«الخليج»، فإن …»).
            var first = after;
            if (!InSentence(first, t) || !QuoteDocument.HasComma(_doc.GapBefore(first)))
            {
                return;
            }
            if (_doc.Word(first) is "فان" or "ان" && InSentence(first + 1, t))
            {
                first++;
            }
            emitted = AddIndirect(first, ComplementEnd(first), source, cue);
            for (var k = t; k <= sourceWords.Last; k++)
            {
                _consumed.Add(k);
            }
        }
        else
        {
            // «تعتزم الشركة …، بحسب مصادر مطلعة»: what came before the attribution.
            emitted = t - start >= 3 && AddIndirect(start, t - 1, source, cue);
        }
        if (emitted)
        {
            _history.Add(source, _doc.Paragraph(t), _doc.Sentence(t));
        }
    }

    // ---- emitting -----------------------------------------------------------------------------------------------

    private bool EmitDirect(QuotedSpan span, ResolvedSpeaker? speaker, int v, VerbHit hit)
    {
        if (_handled.Contains(span) && _quotes.Any(q => q.Overlaps(span.ContentStart, span.ContentEnd)))
        {
            return false;
        }
        _handled.Add(span);
        return Add(DirectQuote(span, speaker, CueRange(v, hit.ConjunctionLength)));
    }

    /// <summary>
    /// Indirect speech, quoted fragments and all («قال إن الشركة "ملتزمة بالمعايير الدولية في كل أسواقها"»: the writer's
    /// report quoting a few words verbatim). A quotation opened inside the complement and never closed is different: the
    /// speaker's own words take over the rest of the paragraph, so that quotation is what was said, as direct speech.
    /// </summary>
    private bool EmitIndirect(int first, int last, ResolvedSpeaker? speaker, int v, VerbHit hit)
    {
        if (NestedReporter(first, last))
        {
            // «أوضح محللون أن شركة ديب سيك، ومقرها هانغتشو، قالت إنها …»: the words are the company's; its own
            // verb reports them when the reading reaches it.
            return false;
        }
        var cue = CueRange(v, hit.ConjunctionLength);
        var from = _doc.Tokens[first].Start;
        var to = _doc.Tokens[last].End;
        var inner = _spans.Where(s => s.OpenMark >= from && s.OpenMark < to && !s.Closed && !IsNameLike(s) && s.WordCount >= LongQuoteWords).ToList();
        if (inner.Count > 0)
        {
            var any = false;
            foreach (var span in inner)
            {
                _handled.Add(span);
                any |= Add(DirectQuote(span, speaker, cue));
            }
            return any;
        }
        foreach (var span in _spans.Where(s => s.OpenMark >= from && s.OpenMark < to))
        {
            _handled.Add(span); // a name or a term inside reported speech
            if (span.Closed && !IsNameLike(span) && span.LastToken < last && QuoteDocument.HasComma(_doc.GapAfter(span.LastToken))
                && !(_doc.Word(span.LastToken + 1) is { Length: > 1 } next && next[0] == 'و' && Complementisers.Contains(next[1..])))
            {
                // «… «يعادل ما أعلنته الولايات المتحدة»، في إشارة إلى …»: after the quoted words and a comma the writer
                // explains; «… «ملتزمة»، وإنها ستواصل …» goes on reporting.
                last = span.LastToken;
                break;
            }
        }
        return AddIndirect(first, last, speaker, cue);
    }

    /// <summary>True when the complement opens with the subject of a reporting verb inside it that reports in turn.</summary>
    private bool NestedReporter(int first, int last)
    {
        for (var t = first + 1; t <= last; t++)
        {
            if (ReportingVerbs.Find(_doc.Word(t)) is not { ConjunctionLength: 0 } hit || hit.Form.Tense == VerbTense.Participle
                || hit.Form.Kind is not (VerbKind.Speech or VerbKind.Ambiguous))
            {
                continue;
            }
            if (SubjectBefore(t, hit) is { } subject && subject.First == first && ComplementAhead(t, last, hit.Form))
            {
                return true;
            }
        }
        return false;
    }

    private bool ComplementAhead(int v, int last, VerbForm form)
    {
        for (var t = v + 1; t <= last && t - v <= 3; t++)
        {
            if (ComplementiserAt(t, v, form) is not null)
            {
                return true;
            }
        }
        return false;
    }

    private bool AddIndirect(int first, int last, ResolvedSpeaker? speaker, (int, int) cue)
    {
        if (last < first || last - first < 1)
        {
            return false;
        }
        var start = _doc.Tokens[first].Start;
        if (SpanOpeningBefore(first) is { } opening && opening.FirstToken == first)
        {
            start = opening.OpenMark;
        }
        var end = _doc.Tokens[last].End;
        while (end < _doc.Value.Length && _doc.Value[end] is '%' or '٪')
        {
            end++; // «بأكثر من 10%»
        }
        var closing = _spans.FirstOrDefault(s => s.OpenMark >= start && s.OpenMark < end && s.Closed && s.CloseMark >= end
            && (last + 1 >= _doc.Count || s.CloseMark < _doc.Tokens[last + 1].Start));
        if (closing is not null)
        {
            end = closing.CloseMark + 1;
        }
        return Add(new FoundQuote
        {
            Start = start,
            End = end,
            Kind = QuoteKind.Indirect,
            Speaker = speaker,
            Cue = cue,
            Sentence = _doc.Sentence(first),
        });
    }

    private FoundQuote DirectQuote(QuotedSpan span, ResolvedSpeaker? speaker, (int, int)? cue)
    {
        var end = span.ContentEnd;
        while (end > span.ContentStart && _doc.Value[end - 1] is ',' or '،' or ' ')
        {
            end--; // «…،» قال: the comma belongs to the sentence around the quote
        }
        return new FoundQuote
        {
            Start = span.ContentStart,
            End = end,
            Kind = QuoteKind.Direct,
            Speaker = speaker,
            Cue = cue,
            SkippedMarks = span.ContinuationMarks,
            Sentence = _doc.Sentence(span.FirstToken),
        };
    }

    private (int, int) CueRange(int t, int conjunctionLength, int last = -1) =>
        (_doc.Tokens[t].Start + conjunctionLength, _doc.Tokens[last < 0 ? t : last].End);

    private static int ConjunctionLength(string word) => word.Length > 3 && word[0] is 'و' or 'ف' && !AttributionWords.Contains(word) ? 1 : 0;
}
