using DeepSeekNews.Analysis.Entities;

namespace DeepSeekNews.Analysis.Quotes;

/// <summary>A speaker as the rules know it: the contract's <see cref="Speaker"/> plus what continuations agree with.</summary>
/// <param name="Entity">The catalog entry when the speaker is a catalog entity.</param>
/// <param name="NameWords">The speaker's name as normalised words, so a later bare surname can find an uncatalogued speaker.</param>
/// <param name="UncataloguedOrganisation">An organisation the catalog lacks, named by its kind («وزارة التجارة الصينية»).</param>
internal sealed record ResolvedSpeaker(Speaker Speaker, Gender Gender, bool Plural, CatalogEntry? Entity, IReadOnlyList<string> NameWords, bool UncataloguedOrganisation = false)
{
    /// <summary>The title the text gave the speaker, as bare normalised words, so «وأضاف الوزير» finds the minister.</summary>
    public IReadOnlyList<string> TitleWords { get; init; } = [];

    /// <summary>The kind an organisation the catalog lacks was named with (شركه، اتحاد), so «بحسب الشركة» skips a federation.</summary>
    public string? OrganisationKind { get; init; }

    public bool IsOrganisation => UncataloguedOrganisation || Entity?.Type is EntityType.Organization or EntityType.Location;
}

/// <summary>
/// Who has spoken so far, newest last. A verb with no subject (وأضاف، وتابعت، مضيفاً) continues the newest speaker
/// it agrees with in gender and number: أضافت skips a man and finds the newest organisation or woman.
/// </summary>
internal sealed class SpeakerHistory
{
    private readonly List<(ResolvedSpeaker Speaker, int Paragraph, int Sentence)> _entries = [];

    /// <param name="sentence">The sentence the speaker was named or spoke in, or -1 when it does not matter.</param>
    public void Add(ResolvedSpeaker speaker, int paragraph, int sentence = -1) => _entries.Add((speaker, paragraph, sentence));

    /// <summary>The newest speaker of this very sentence that agrees with the verb.</summary>
    public ResolvedSpeaker? ContinueInSentence(Gender gender, bool plural, int sentence)
    {
        for (var i = _entries.Count - 1; i >= 0 && _entries[i].Sentence == sentence; i--)
        {
            if (Agrees(_entries[i].Speaker, gender, plural))
            {
                return _entries[i].Speaker;
            }
        }
        return null;
    }

    public ResolvedSpeaker? Last => _entries.Count == 0 ? null : _entries[^1].Speaker;

    /// <param name="paragraph">The paragraph of the continuing verb.</param>
    /// <param name="recentOnly">Only speakers of this paragraph or the one before count (for verbs that may also mean "shows").</param>
    /// <param name="window">With <paramref name="recentOnly"/>, how many paragraphs back the speaker may have spoken.</param>
    public ResolvedSpeaker? Continue(Gender gender, bool plural, int paragraph, bool recentOnly, int window = 1) =>
        Latest(speaker => Agrees(speaker, gender, plural), paragraph, recentOnly, window);

    /// <summary>The newest speaker that <paramref name="accept"/> takes.</summary>
    public ResolvedSpeaker? Latest(Func<ResolvedSpeaker, bool> accept, int paragraph, bool recentOnly, int window = 1)
    {
        for (var i = _entries.Count - 1; i >= 0; i--)
        {
            var (speaker, at, _) = _entries[i];
            if (recentOnly && at < paragraph - window)
            {
                return null;
            }
            if (accept(speaker))
            {
                return speaker;
            }
        }
        return null;
    }

    /// <summary>
    /// «مسؤول تنفيذي في الشركة»: a source named by its words has no surname; «وأشارت الشركة» after it is no reference
    /// to that source.
    /// </summary>
    private static bool IsUnnamedSource(ResolvedSpeaker speaker) =>
        QuoteLexicon.IsIn(QuoteLexicon.PersonNouns, speaker.NameWords[0]) || speaker.NameWords.Any(QuoteLexicon.SubjectStoppers.Contains);

    /// <summary>
    /// An earlier speaker whose name ends with this word: «غوستاف فوشيه … وأشار فوشيه», «طارق أمين … وأضاف أمين».
    /// A bare surname in the subject of a reporting verb refers back to someone who has already spoken, even where the
    /// recognizer leaves the word alone because it is also an ordinary word (أمين) or too short to match (سو).
    /// </summary>
    /// <remarks>
    /// Korean and Chinese names open with the family name («كيم داي جونغ … وأضاف كيم»، "Park Sung-min … Park said"), and an
    /// organisation is often shortened to its first word ("Hanwool Semiconductor … Hanwool said"): when no name ends with
    /// the word, a name the catalog lacks that opens with it will do.
    /// </remarks>
    public ResolvedSpeaker? ByLastName(string word)
    {
        for (var i = _entries.Count - 1; i >= 0; i--)
        {
            var speaker = _entries[i].Speaker;
            if (speaker.NameWords.Count > 1 && speaker.NameWords[^1] == word && (speaker.Entity is null || speaker.Entity.Type == EntityType.Person)
                && !IsUnnamedSource(speaker))
            {
                return speaker;
            }
        }
        for (var i = _entries.Count - 1; i >= 0; i--)
        {
            var speaker = _entries[i].Speaker;
            if (speaker.NameWords.Count > 1 && speaker.NameWords[0] == word && speaker.Entity is null)
            {
                return speaker;
            }
        }
        return null;
    }

    /// <summary>The newest speaker whose name is exactly these words.</summary>
    public ResolvedSpeaker? ByName(IReadOnlyList<string> words)
    {
        for (var i = _entries.Count - 1; i >= 0; i--)
        {
            if (_entries[i].Speaker.NameWords.SequenceEqual(words))
            {
                return _entries[i].Speaker;
            }
        }
        return null;
    }

    /// <summary>«وأضاف الوزير»، «وأضاف المصدر»: the newest speaker introduced with that title or those words.</summary>
    public ResolvedSpeaker? ByTitle(string bareWord)
    {
        for (var i = _entries.Count - 1; i >= 0; i--)
        {
            var speaker = _entries[i].Speaker;
            if (speaker.TitleWords.Contains(bareWord) || (speaker.Entity is null && speaker.NameWords.Select(QuoteLexicon.Bare).Contains(bareWord)))
            {
                return speaker;
            }
        }
        return null;
    }

    /// <summary>The newest organisation that spoke and the sentence it spoke in (-1 when not recorded).</summary>
    public (ResolvedSpeaker Speaker, int Sentence)? LastOrganisationEntry()
    {
        for (var i = _entries.Count - 1; i >= 0; i--)
        {
            if (_entries[i].Speaker.IsOrganisation)
            {
                return (_entries[i].Speaker, _entries[i].Sentence);
            }
        }
        return null;
    }

    /// <summary>The newest speaker that is an organisation, for «وقالت الشركة»; with a kind, one named with that kind or a catalog organisation.</summary>
    public ResolvedSpeaker? LastOrganisation(string? kind = null)
    {
        for (var i = _entries.Count - 1; i >= 0; i--)
        {
            var speaker = _entries[i].Speaker;
            if (speaker.IsOrganisation && (kind is null || speaker.OrganisationKind is null || speaker.OrganisationKind == kind))
            {
                return speaker;
            }
        }
        return null;
    }

    private static bool Agrees(ResolvedSpeaker speaker, Gender gender, bool plural)
    {
        if (plural)
        {
            return speaker.Plural;
        }
        if (speaker.Plural && !speaker.IsOrganisation)
        {
            // Groups are continued in the plural, except unnamed sources in the feminine singular («مصادر … وأضافت»).
            return gender == Gender.Feminine;
        }
        return gender == Gender.Unknown || speaker.Gender == Gender.Unknown || speaker.Gender == gender;
    }
}
