using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Analysis.Entities;

/// <summary>How a mention was recognised; extractors may trust an alias more than a typo.</summary>
public enum MatchKind
{
    /// <summary>An alias that names the entity on its own.</summary>
    Alias,

    /// <summary>A short or ambiguous alias, accepted because of a cue (a cue word, quotation marks, a related entity).</summary>
    CueAlias,

    /// <summary>A person's surname or first name after the person was named in full.</summary>
    ShortForm,

    /// <summary>Within one edit of a long alias (ديك سيك for ديب سيك).</summary>
    Typo,
}

/// <summary>One place where a catalog entity is named. Offsets index the normalised text (see <see cref="NormalizedText"/>).</summary>
public sealed record EntityMatch(CatalogEntry Entry, int NormStart, int NormEnd, int FirstToken, int LastToken)
{
    public MatchKind Kind { get; init; } = MatchKind.Alias;
}

/// <summary>
/// Finds catalog entities in normalised text. The catalog is compiled once: aliases into a trie of words (looked up
/// with spans, so scanning allocates almost nothing), long aliases and their one-character deletions into a hash
/// index for typos, person names into short forms. An article is then scanned word by word whatever the size of the
/// catalog. Proclitics are stripped from the first word of a name only when the rest continues a known alias.
/// </summary>
public sealed class EntityRecognizer
{
    /// <summary>Aliases shorter than this (in letters) are never matched with a typo.</summary>
    public const int TypoMinLetters = 6;

    private const int MaxTypoWords = 4;
    private static readonly ulong ArticleHash = Hashing.Of("ال");
    private const int MaxTypoChars = 48;

    private static readonly string[] CueWordList =
    [
        "نموذج", "النموذج", "نماذج", "شركة", "الشركة", "منصة", "المنصة", "رقاقة", "الرقاقة", "رقاقات", "رقائق", "شريحة", "شرائح",
        "موقع", "تطبيق", "التطبيق", "متجر", "خدمة", "روبوت", "برنامج", "مساعد", "نسخة", "إصدار", "أداة", "محرك", "جهاز", "معالج", "معالجات",
        "صحيفة", "الصحيفة", "جريدة", "مجلة", "وكالة", "قناة", "شبكة", "مجموعة", "عملاق", "العملاق", "مختبر",
        "model", "models", "company", "platform", "chip", "chips", "app", "service", "version", "chatbot", "assistant",
        "newspaper", "channel", "network", "processor", "processors", "accelerator", "accelerators", "lab", "startup",
    ];

    private static readonly WordSet CueWords = new(CueWordList.Select(TextNormalizer.NormalizeString));

    // A post or an account is a cue across one preposition: «منشور على إكس», «حسابه عبر X», "posted on X".
    private static readonly WordSet PostWords = new(new[]
    {
        "منشور", "تغريدة", "تدوينة", "حساب", "حسابه", "حسابها", "صفحة", "صفحته", "صفحتها", "كتب", "كتبت", "غرد", "غردت", "نشر", "نشرت",
        "post", "posted", "posts", "wrote", "said", "tweet", "tweeted", "account", "page",
    }.Select(TextNormalizer.NormalizeString));

    private static readonly WordSet PostPrepositions = new(new[] { "على", "عبر", "في", "on", "via" }.Select(TextNormalizer.NormalizeString));

    // Definite words that describe what the cue word names and may stand between it and the name: «روبوت الدردشة X»,
    // «شركة الذكاء الاصطناعي الصينية X», «منصة التواصل الاجتماعي X». Place adjectives (الصينية) count too.
    private static readonly WordSet DescriptorWords = new(new[]
    {
        "الذكاء", "الاصطناعي", "الدردشة", "المحادثة", "اللغة", "اللغوي", "الكبير", "الكبيرة", "التوليدي", "التوليدية",
        "التواصل", "الاجتماعي", "البحث", "الرقائق", "الرقاقات", "الشرائح", "التكنولوجيا", "التقنية", "الناشئة", "العملاقة",
        "الاستثمار", "الاستثمارية", "السحابية", "الحوسبة", "المفتوح", "المصدر", "الجديد", "الجديدة", "الأحدث", "الشهير",
        "الشهيرة", "الرائدة", "المنافسة", "المنافس", "الناشئ", "الأشهر", "الصوتي", "الذكي",
    }.Select(TextNormalizer.NormalizeString));

    // Cue words that say which kind of thing follows; they choose between entities that share a spelling (غروك).
    private static readonly WordSet OrganizationCueWords = new(new[]
    {
        "شركة", "الشركة", "مجموعة", "عملاق", "العملاق", "مختبر", "مختبرات", "company", "startup", "lab", "firm",
    }.Select(TextNormalizer.NormalizeString));

    private static readonly WordSet ProductCueWords = new(new[]
    {
        "نموذج", "النموذج", "نماذج", "روبوت", "منصة", "المنصة", "تطبيق", "التطبيق", "مساعد", "برنامج", "أداة", "خدمة",
        "model", "chatbot", "app", "assistant", "platform", "tool",
    }.Select(TextNormalizer.NormalizeString));

    // A short form in a name position is still a common word when it heads a construct: «أمين عام»، «أمين الصندوق».
    private static readonly WordSet ConstructHeads = new(new[]
    {
        "عام", "سر", "صندوق", "مجلس", "لجنة", "مكتبة", "متحف", "حزب", "مال", "عامة",
    }.Select(TextNormalizer.NormalizeString));

    // Words that introduce whose words or figures follow: «بحسب أمين»، «وفقاً لسو»، «نقلاً عن روس».
    private static readonly WordSet AttributionWords = new(new[] { "بحسب", "حسب", "وفق", "وفقا", "عن", "لسان", "according" }.Select(TextNormalizer.NormalizeString));

    private static readonly WordSet RelativePronouns = new(new[] { "الذي", "التي", "الذين", "اللذين", "اللتين" }.Select(TextNormalizer.NormalizeString));

    // Head nouns of institutions' descriptive names (وزارة التجارة الأميركية، جامعة الملك سعود). Such names are not typo
    // keys: a typo inside them is rare, and their head nouns start many ordinary word pairs of every article.
    private static readonly WordSet InstitutionHeads = new(new[]
    {
        "وزارة", "جامعة", "الجامعة", "هيئة", "الهيئة", "مجلس", "مكتب", "مركز", "منظمة", "مؤسسة", "بنك", "البنك", "صندوق",
        "جهاز", "إدارة", "معهد", "مدينة", "سوق", "بورصة", "البورصة", "لجنة", "الاتحاد", "المنتدى", "مصرف", "المصرف",
    }.Select(TextNormalizer.NormalizeString));

    private static readonly HashSet<string> NameParticles = new(["بن", "بنت", "ال", "آل", "ابو", "bin", "al", "de", "van", "von", "der", "la", "le"], StringComparer.Ordinal);

    private readonly TrieNode _root = new();
    private readonly HashedMap<TrieNode> _articleless = new();
    private readonly Dictionary<ulong, List<TypoTarget>> _typoIndex = [];
    private readonly BitFilter _typoFilter = new(19);
    // _typoWordsAt[p] holds the hashes of the words at position p of the multi-word typo keys.
    private readonly BitFilter[] _typoWordsAt = [new(16), new(16), new(16), new(16)];
    private readonly HashSet<string> _notTypos = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _notTypoLookup;
    private readonly Dictionary<string, List<string>> _owned = new(StringComparer.Ordinal);
    // Each entry's context words, normalised and split into words (a context word may be a phrase: «قيود التصدير»).
    private readonly Dictionary<string, string[][]> _contextWords = new(StringComparer.Ordinal);
    private readonly int _typoMinLength = int.MaxValue;
    private readonly int _typoMaxLength;
    private readonly int _typoMaxWords;

    public EntityRecognizer(EntityCatalog catalog)
    {
        Catalog = catalog;
        _notTypoLookup = _notTypos.GetAlternateLookup<ReadOnlySpan<char>>();
        Adjectives = new PlaceAdjectives(catalog);

        foreach (var entry in catalog.Entries)
        {
            var adjectiveForms = entry.Adjectives.Select(TextNormalizer.NormalizeString).ToHashSet(StringComparer.Ordinal);
            foreach (var alias in entry.Aliases)
            {
                Add(alias, entry, needsCue: false, adjectiveForms);
            }
            foreach (var alias in entry.CueAliases)
            {
                Add(alias, entry, needsCue: true, adjectiveForms);
            }
            if (entry.Owner is { } owner)
            {
                if (!_owned.TryGetValue(owner, out var list))
                {
                    _owned[owner] = list = [];
                }
                list.Add(entry.Id);
            }
            if (entry.ContextWords.Count > 0)
            {
                _contextWords[entry.Id] = entry.ContextWords
                    .Select(w => Tokenizer.Tokenize(TextNormalizer.NormalizeString(w)).Select(t => t.Text).ToArray())
                    .Where(words => words.Length > 0)
                    .ToArray();
            }
        }
        // Short forms live in the same trie root as the aliases, so one lookup per word finds both.
        foreach (var entry in catalog.Entries.Where(e => e.Type == EntityType.Person))
        {
            foreach (var form in ShortFormsOf(entry).ToList())
            {
                var node = _root.GetOrAdd(form);
                node.ShortFormGuarded |= IsGuardedShortForm(form);
                node.People ??= [];
                if (!node.People.Contains(entry))
                {
                    node.People.Add(entry);
                }
                _notTypos.Add(form);
            }
        }
        foreach (var (word, node) in _root.Children)
        {
            if (word.Length > 2 && word.StartsWith("ال", StringComparison.Ordinal))
            {
                _articleless.GetOrAdd(word[2..], () => node);
            }
        }
        foreach (var form in Adjectives.Forms)
        {
            _notTypos.Add(form);
        }
        foreach (var cue in CueWords.Words)
        {
            _notTypos.Add(cue);
        }

        // Typo index: every long plain alias, and each of its one-character deletions, by hash.
        Span<ulong> hashes = stackalloc ulong[MaxTypoChars + 1];
        foreach (var (key, target) in TypoKeys())
        {
            if (key.Length > MaxTypoChars)
            {
                continue;
            }
            var count = Hashing.WithDeletions(key, hashes);
            for (var k = 0; k < count; k++)
            {
                _typoFilter.Add(hashes[k]);
                if (!_typoIndex.TryGetValue(hashes[k], out var targets))
                {
                    _typoIndex[hashes[k]] = targets = [];
                }
                if (!targets.Any(t => t.Key == key))
                {
                    targets.Add(new TypoTarget(key, target));
                }
            }
            _typoMinLength = Math.Min(_typoMinLength, key.Length);
            _typoMaxLength = Math.Max(_typoMaxLength, key.Length);
            var words = key.Split(' ');
            _typoMaxWords = Math.Min(MaxTypoWords, Math.Max(_typoMaxWords, words.Length));
            if (words.Length > 1)
            {
                for (var p = 0; p < Math.Min(words.Length, MaxTypoWords); p++)
                {
                    _typoWordsAt[p].Add(Hashing.Of(words[p]));
                }
            }
        }
    }

    public EntityCatalog Catalog { get; }

    /// <summary>The catalog's place adjectives (الصينية → China), which are never mentions of the place.</summary>
    public PlaceAdjectives Adjectives { get; }

    /// <param name="language">"en" makes capitalised Latin aliases match capitalised words only (Apple, not apple).</param>
    public IReadOnlyList<EntityMatch> Recognize(NormalizedText text, IReadOnlyList<Token> tokens, string? language = null)
    {
        var english = language == LanguageDetector.English;
        var value = text.Value;
        var raw = new List<Found>();
        var pending = new List<PendingShortForm>();
        var hashes = new ulong[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            hashes[t] = Hashing.Of(value.AsSpan(tokens[t].Start, tokens[t].Length));
        }
        var scan = new Scan(text, tokens, hashes, english);
        Span<CliticReading> readings = stackalloc CliticReading[Clitics.MaxReadings];
        Span<ulong> readingHashes = stackalloc ulong[Clitics.MaxReadings];
        Span<char> buffer = stackalloc char[MaxTypoChars + 2];
        Span<ulong> deletions = stackalloc ulong[MaxTypoChars + 3];

        // A word that starts no name, no short form and no single-word typo will not start one the next time it
        // occurs either (news repeats its words), so its lookups are skipped on repeats.
        var barren = new HashSet<ulong>();
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Number)
            {
                i++;
                continue;
            }
            var readingCount = token.Kind == TokenKind.Arabic ? Clitics.Readings(value.AsSpan(token.Start, token.Length), readings) : 0;
            for (var r = 0; r < readingCount; r++)
            {
                readingHashes[r] = Hashing.Of(value.AsSpan(token.Start + readings[r].StemStart, token.Length - readings[r].StemStart));
            }
            var known = barren.Contains(hashes[i]);
            PendingShortForm? shortForm = null;
            var anyNode = false;
            if (!known && LongestAt(scan, i, readings[..readingCount], readingHashes, out shortForm, out anyNode) is { } found)
            {
                raw.Add(found);
                i = found.Match.LastToken + 1;
                continue;
            }
            if (shortForm is not null)
            {
                pending.Add(shortForm);
                i++;
                continue;
            }
            if (!(english && token.Kind == TokenKind.Latin) && _typoIndex.Count > 0)
            {
                Found? typo = null;
                // Whether a multi-word typo may start here depends on the next word, the same for every reading.
                var nextJoined = _typoMaxWords > 1 && i + 1 < tokens.Count && Tokenizer.AreJoined(value, token, tokens[i + 1]);
                var next = new NextWord(nextJoined, nextJoined && _typoWordsAt[1].MightContain(hashes[i + 1]));
                TypoFrom(scan, i, new CliticReading(0, false), hashes[i], !known, next, buffer, deletions, ref typo);
                for (var r = 0; r < readingCount; r++)
                {
                    TypoFrom(scan, i, readings[r], readingHashes[r], !known, next, buffer, deletions, ref typo);
                }
                if (typo is not null)
                {
                    raw.Add(typo);
                    i = typo.Match.LastToken + 1;
                    continue;
                }
            }
            if (!known && !anyNode)
            {
                barren.Add(hashes[i]);
            }
            i++;
        }

        var accepted = Accept(value, tokens, raw);
        accepted = AddShortForms(accepted, pending);
        return MergeAdjacent(value, accepted);
    }

    /// <summary>True for a normalised word that is a cue word (نموذج، شركة، منصة، model …), also behind proclitics (لشركة).</summary>
    public static bool IsCueWord(ReadOnlySpan<char> normalized) => CueWords.ContainsBehindProclitics(normalized);

    /// <summary>
    /// The longest alias starting at word <paramref name="index"/>, read whole or behind each of its proclitic
    /// readings. When no alias starts there but the word is a person's short form, <paramref name="shortForm"/> says so.
    /// </summary>
    private Found? LongestAt(Scan scan, int index, ReadOnlySpan<CliticReading> readings, ReadOnlySpan<ulong> readingHashes, out PendingShortForm? shortForm, out bool anyNode)
    {
        var value = scan.Text.Value;
        var first = scan.Tokens[index];
        Found? best = null;
        var bestLength = 0;
        shortForm = null;

        var node = _root.Find(scan.Hashes[index], value.AsSpan(first.Start, first.Length));
        anyNode = node is not null;
        Try(node, 0, false, ref best, ref bestLength);
        NoteShortForm(node, 0, ref shortForm);
        var word = value.AsSpan(first.Start, first.Length);
        for (var r = 0; r < readings.Length; r++)
        {
            var reading = readings[r];
            var stem = word[reading.StemStart..];
            var hash = readingHashes[r];
            node = reading.RestoreArticle ? _articleless.Find(hash, stem) : _root.Find(hash, stem);
            anyNode |= node is not null;
            Try(node, reading.NameStart, reading.StripsArticle(word), ref best, ref bestLength);
            // A person's name never takes the article: «الأمين» is not Amin.
            if (!reading.RestoreArticle && !reading.StripsArticle(word))
            {
                NoteShortForm(node, reading.StemStart, ref shortForm);
            }
        }
        return best;

        void NoteShortForm(TrieNode? node, int nameStart, ref PendingShortForm? shortForm)
        {
            if (shortForm is null && node?.People is { } people
                && (first.Kind != TokenKind.Latin || char.IsUpper(scan.Text.Original[scan.Text.ToOriginalStart(first.Start)]))
                && (!node.ShortFormGuarded || first.Kind != TokenKind.Arabic || InNamePosition(value, scan.Tokens, index)))
            {
                // Latin name words are capitalised; a lower-case "son" or "fan" is an ordinary word.
                shortForm = new PendingShortForm(first.Start + nameStart, first.End, index, people);
            }
        }

        void Try(TrieNode? node, int nameStart, bool afterArticle, ref Found? best, ref int bestLength)
        {
            var last = index;
            while (node is not null)
            {
                if (node.HasTarget)
                {
                    var start = first.Start + nameStart;
                    var length = scan.Tokens[last].End - start;
                    // Companies and people do not take the article: «غابات الأمازون» is the forest, not Amazon.
                    if (length > bestLength && Choose(node, scan.Text, scan.Tokens, index, last, start, scan.English) is { } target
                        && !(afterArticle && target.Entry.Type is EntityType.Organization or EntityType.Person))
                    {
                        bestLength = length;
                        var kind = target.NeedsCue ? MatchKind.CueAlias : MatchKind.Alias;
                        var options = ReferenceEquals(target, node.Plain) ? node.PlainHomographs : node.CueHomographs;
                        best = new Found(new EntityMatch(target.Entry, start, scan.Tokens[last].End, index, last) { Kind = kind }, target, options);
                    }
                }
                if (last + 1 >= scan.Tokens.Count || !node.HasChildren || !Tokenizer.AreJoined(value, scan.Tokens[last], scan.Tokens[last + 1]))
                {
                    break;
                }
                var next = scan.Tokens[last + 1];
                node = node.Find(scan.Hashes[last + 1], value.AsSpan(next.Start, next.Length));
                last++;
            }
        }
    }

    /// <summary>
    /// Picks the plain or the cue reading of an alias that both an entity and a cue-only entity claim (الشرق الأوسط
    /// is the region, صحيفة الشرق الأوسط the newspaper), and drops readings the letter case or the position rules out.
    /// </summary>
    private static AliasTarget? Choose(TrieNode node, NormalizedText text, IReadOnlyList<Token> tokens, int first, int last, int start, bool english)
    {
        if (node.Cue is { } cue && (node.Plain is null || HasCueWord(text.Value, tokens, first)) && CaseAllows(cue, text, start, tokens[last].End, english))
        {
            return cue;
        }
        if (node.Plain is { } plain && CaseAllows(plain, text, start, tokens[last].End, english)
            && !(plain.AlsoAdjective && IsAdjectivePosition(text.Value, tokens, first, start)))
        {
            return plain;
        }
        return null;
    }

    /// <summary>
    /// Latin letter case: an all-capitals alias (US, AP, AMD) matches capitals only; a capitalised alias matches a
    /// capitalised word in English text (Apple, not apple) and, for ambiguous aliases, in any text (X, not x).
    /// </summary>
    private static bool CaseAllows(AliasTarget target, NormalizedText text, int start, int end, bool english)
    {
        if (target.Case == CaseRule.Any || (target.Case == CaseRule.Initial && !english && !target.NeedsCue))
        {
            return true;
        }
        var original = text.Original;
        var (from, to) = text.ToOriginal(start, end);
        var sawLetter = false;
        for (var k = from; k < to; k++)
        {
            var c = original[k];
            if (!char.IsLetter(c) || !TextNormalizer.IsLatinLetter(c))
            {
                continue;
            }
            if (!char.IsUpper(c))
            {
                return false;
            }
            if (target.Case == CaseRule.Initial)
            {
                return true;
            }
            sawLetter = true;
        }
        return sawLetter || target.Case == CaseRule.Initial;
    }

    /// <summary>
    /// An alias that is also the place's adjective (السعودية) is the adjective right after a definite noun
    /// (الشركات السعودية، وزارة الاستثمار السعودية) unless a conjunction joins it (الإمارات والسعودية).
    /// </summary>
    private static bool IsAdjectivePosition(string value, IReadOnlyList<Token> tokens, int index, int start)
    {
        if (index == 0 || start != tokens[index].Start)
        {
            return false; // first word of the text, or a clitic (و، ب، ل) stands before the name
        }
        var previous = tokens[index - 1];
        if (previous.Kind != TokenKind.Arabic || !Tokenizer.AreJoined(value, previous, tokens[index]))
        {
            return false;
        }
        var word = value.AsSpan(previous.Start, previous.Length);
        return word.StartsWith("ال") || word.StartsWith("لل") || ((word.StartsWith("وال") || word.StartsWith("بال") || word.StartsWith("فال")) && word.Length > 4);
    }

    private static bool HasCueWord(string value, IReadOnlyList<Token> tokens, int index)
    {
        var before = index - 1;
        if (before < 0)
        {
            return false;
        }
        // «شركة لـ X»: a bare proclitic may stand between the cue word and the name.
        var skipped = Clitics.IsBareProclitic(tokens[before].Text) && before > 0 ? tokens[before--] : default;
        var cue = tokens[before];
        for (var k = cue.End; k < tokens[index].Start; k++)
        {
            if (value[k] is not (' ' or '"' or '(' or '-' or '\'') && !(k >= skipped.Start && k < skipped.End))
            {
                return false;
            }
        }
        if (IsCueWord(value.AsSpan(cue.Start, cue.Length)) || IsCueWordWithPronoun(value.AsSpan(cue.Start, cue.Length)))
        {
            return true;
        }
        if (skipped.Length > 0 || before == 0 || !PostPrepositions.Contains(value.AsSpan(cue.Start, cue.Length)))
        {
            return false;
        }
        var post = tokens[before - 1];
        return Tokenizer.AreJoined(value, post, cue) && PostWords.ContainsBehindProclitics(value.AsSpan(post.Start, post.Length));
    }

    /// <summary>A cue word with a possessive pronoun: «نموذجها R1»، «منصتها X»، «شريحته H20» (ة is written ت before it).</summary>
    private static bool IsCueWordWithPronoun(ReadOnlySpan<char> word)
    {
        Span<char> stem = stackalloc char[32];
        foreach (var pronoun in Pronouns)
        {
            if (word.Length - pronoun.Length < 3 || word.Length > stem.Length || !word.EndsWith(pronoun))
            {
                continue;
            }
            var bare = word[..^pronoun.Length];
            if (IsCueWord(bare))
            {
                return true;
            }
            if (bare[^1] == 'ت')
            {
                bare.CopyTo(stem);
                stem[bare.Length - 1] = 'ه';
                if (IsCueWord(stem[..bare.Length]))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static readonly string[] Pronouns = ["هما", "هم", "ها", "نا", "ه"];

    private static bool IsQuoted(string value, EntityMatch match) =>
        match.NormStart > 0 && match.NormEnd < value.Length && value[match.NormStart - 1] == '"' && value[match.NormEnd] == '"';

    /// <summary>
    /// Plain aliases always count. A cue alias counts with a cue word before it (also across descriptive words: «روبوت
    /// الدردشة X»), quotation marks around it, or — for a company — a verb of saying or acting right before it
    /// («تعهدت أبل»); or when the article names the same entity, its owner or something it owns unambiguously, when
    /// one of its context words stands in the same paragraph, or when it stands in a list («غوغل وأمازون») next to an
    /// accepted entity of its type. Cue aliases made of ordinary words (في 3) need a cue word or quotation marks.
    /// A spelling that several entities share is first resolved to one of them (<see cref="ResolveHomographs"/>).
    /// </summary>
    private List<EntityMatch> Accept(string value, IReadOnlyList<Token> tokens, List<Found> raw)
    {
        if (raw.Exists(f => f.Options is not null))
        {
            ResolveHomographs(value, tokens, raw);
        }
        var accepted = new bool[raw.Count];
        var named = new HashSet<string>(StringComparer.Ordinal);
        var open = 0;
        for (var k = 0; k < raw.Count; k++)
        {
            var found = raw[k];
            if (!found.Target.NeedsCue || HasCueWord(value, tokens, found.Match.FirstToken) || IsQuoted(value, found.Match)
                || (!found.Target.OrdinaryPhrase && (HasCueWordAcrossDescriptors(value, tokens, found.Match) || IsSubjectOfVerb(value, tokens, found))))
            {
                accepted[k] = true;
                named.Add(found.Match.Entry.Id);
            }
            else
            {
                open++;
            }
        }
        var changed = open > 0;
        while (changed)
        {
            changed = false;
            for (var k = 0; k < raw.Count; k++)
            {
                if (accepted[k])
                {
                    continue;
                }
                var found = raw[k];
                var entry = found.Match.Entry;
                var byContext = !found.Target.OrdinaryPhrase
                    && (named.Contains(entry.Id)
                        || (entry.Owner is { } owner && named.Contains(owner))
                        || (_owned.TryGetValue(entry.Id, out var owned) && owned.Exists(named.Contains))
                        || ContextWordsInParagraph(value, tokens, found.Match, entry.Id) > 0);
                var byList = (k > 0 && accepted[k - 1] && InList(value, raw[k - 1].Match, found.Match))
                    || (k + 1 < raw.Count && accepted[k + 1] && InList(value, found.Match, raw[k + 1].Match));
                if (byContext || byList)
                {
                    accepted[k] = true;
                    named.Add(entry.Id);
                    changed = true;
                }
            }
        }
        var result = new List<EntityMatch>(raw.Count);
        for (var k = 0; k < raw.Count; k++)
        {
            if (accepted[k])
            {
                result.Add(raw[k].Match);
            }
        }
        return result;
    }

    /// <summary>
    /// Chooses, for each spelling that several entities share (غروك: Grok the chatbot and Groq the chip maker; «وزارة
    /// التجارة» of the United States or of China), the entity its surroundings point to. Scored, in this order of
    /// weight: the word right before it is one of the entity's context words, or a cue word of its type (شركة →
    /// company, روبوت → product); the article names the entity itself (the most recently named wins a tie) or its
    /// owner, something it owns, or something of the same owner (xAI or Musk for Grok); its context words stand in
    /// the same paragraph. With nothing to go on, the entry listed first in the catalog keeps the spelling.
    /// </summary>
    private void ResolveHomographs(string value, IReadOnlyList<Token> tokens, List<Found> raw)
    {
        var lastSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var owners = new HashSet<string>(StringComparer.Ordinal);
        foreach (var found in raw)
        {
            if (found.Options is null && !found.Target.NeedsCue)
            {
                var entry = found.Match.Entry;
                lastSeen.TryAdd(entry.Id, -1);
                if (entry.Owner is { } owner)
                {
                    owners.Add(owner);
                }
            }
        }
        for (var k = 0; k < raw.Count; k++)
        {
            var found = raw[k];
            if (found.Options is not { } options)
            {
                if (!found.Target.NeedsCue)
                {
                    lastSeen[found.Match.Entry.Id] = found.Match.NormStart;
                }
                continue;
            }
            var previous = WordBefore(tokens, found.Match.FirstToken);
            var previousWord = previous < 0 ? default : value.AsSpan(tokens[previous].Start, tokens[previous].Length);
            var contextBefore = false;
            foreach (var option in options)
            {
                contextBefore |= previous >= 0 && IsContextWord(previousWord, option.Entry.Id);
            }
            AliasTarget? best = null;
            var bestScore = double.MinValue;
            foreach (var option in options)
            {
                var entry = option.Entry;
                double score = 0;
                if (previous >= 0 && Tokenizer.AreJoined(value, tokens[previous], tokens[found.Match.FirstToken]))
                {
                    if (IsContextWord(previousWord, entry.Id))
                    {
                        score += 4;
                    }
                    else if (!contextBefore && (entry.Type == EntityType.Organization ? OrganizationCueWords : ProductCueWords).Contains(previousWord))
                    {
                        score += 3;
                    }
                }
                if (lastSeen.TryGetValue(entry.Id, out var seenAt))
                {
                    // The nearest full mention wins a tie between two entities both named in the article.
                    score += 3 + (seenAt + 1.0) / (value.Length + 2.0);
                }
                else if ((entry.Owner is { } owner && (lastSeen.ContainsKey(owner) || owners.Contains(owner)))
                         || (_owned.TryGetValue(entry.Id, out var owned) && owned.Exists(lastSeen.ContainsKey))
                         || owners.Contains(entry.Id))
                {
                    score += 2;
                }
                score += Math.Min(2, ContextWordsInParagraph(value, tokens, found.Match, entry.Id));
                if (score > bestScore)
                {
                    bestScore = score;
                    best = option;
                }
            }
            if (best is not null && !ReferenceEquals(best, found.Target))
            {
                raw[k] = new Found(found.Match with { Entry = best.Entry }, best, options);
            }
        }
    }

    /// <summary>The word before word <paramref name="index"/>, skipping a bare proclitic («شركة لـ X»); -1 at the start.</summary>
    private static int WordBefore(IReadOnlyList<Token> tokens, int index)
    {
        var before = index - 1;
        if (before > 0 && Clitics.IsBareProclitic(tokens[before].Text))
        {
            before--;
        }
        return before;
    }

    /// <summary>
    /// «تعهدت أبل باستثمار…»: a company's one-word cue alias right after a verb of saying or acting is its subject.
    /// Longer cue aliases are descriptions («وزارة التجارة») that any ministry of that name may carry: they need context.
    /// </summary>
    private static bool IsSubjectOfVerb(string value, IReadOnlyList<Token> tokens, Found found)
    {
        var match = found.Match;
        var first = match.FirstToken;
        if (match.Entry.Type != EntityType.Organization || first == 0 || match.LastToken != first || match.NormStart != tokens[first].Start)
        {
            return false;
        }
        var previous = tokens[first - 1];
        return OnlySpaces(value, previous.End, tokens[first].Start) && SubjectVerbs.Contains(value.AsSpan(previous.Start, previous.Length));
    }

    /// <summary>A cue word followed by descriptive definite words and then the name: «روبوت الدردشة X», «الشركة الصينية X».</summary>
    private bool HasCueWordAcrossDescriptors(string value, IReadOnlyList<Token> tokens, EntityMatch match)
    {
        var at = match.FirstToken;
        if (match.NormStart != tokens[at].Start)
        {
            return false;
        }
        for (var skipped = 0; skipped < 3 && at > 1; skipped++)
        {
            var descriptor = tokens[at - 1];
            var word = value.AsSpan(descriptor.Start, descriptor.Length);
            if (!OnlySpaces(value, descriptor.End, tokens[at].Start) || !(DescriptorWords.Contains(word) || (word.StartsWith("ال") && Adjectives.IsAdjective(word))))
            {
                return false;
            }
            at--;
            if (HasCueWord(value, tokens, at))
            {
                return true;
            }
        }
        return false;
    }

    private static bool OnlySpaces(string value, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (value[k] != ' ')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when the normalised word (maybe behind proclitics: بالرقائق) is a one-word context word of the entity.</summary>
    private bool IsContextWord(ReadOnlySpan<char> word, string id)
    {
        if (!_contextWords.TryGetValue(id, out var contextWords))
        {
            return false;
        }
        foreach (var words in contextWords)
        {
            if (words.Length == 1 && WordIs(word, words[0]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How many of the entity's context words (or phrases) stand in the paragraph of the match, outside it.</summary>
    private int ContextWordsInParagraph(string value, IReadOnlyList<Token> tokens, EntityMatch match, string id)
    {
        if (!_contextWords.TryGetValue(id, out var contextWords))
        {
            return 0;
        }
        var from = match.FirstToken;
        while (from > 0 && !HasLineBreak(value, tokens[from - 1].End, tokens[from].Start))
        {
            from--;
        }
        var to = match.LastToken;
        while (to + 1 < tokens.Count && !HasLineBreak(value, tokens[to].End, tokens[to + 1].Start))
        {
            to++;
        }
        var count = 0;
        foreach (var words in contextWords)
        {
            for (var t = from; t + words.Length - 1 <= to; t++)
            {
                if (t >= match.FirstToken && t <= match.LastToken)
                {
                    continue;
                }
                var all = WordIs(value.AsSpan(tokens[t].Start, tokens[t].Length), words[0]);
                for (var w = 1; all && w < words.Length; w++)
                {
                    all = tokens[t + w].Text == words[w] && Tokenizer.AreJoined(value, tokens[t + w - 1], tokens[t + w]);
                }
                if (all)
                {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    private static bool HasLineBreak(string value, int from, int to) => value.AsSpan(from, to - from).IndexOfAny('\n', '\r') >= 0;

    /// <summary>The word is <paramref name="target"/> itself or <paramref name="target"/> behind proclitics (للرقائق, بالرقائق).</summary>
    private static bool WordIs(ReadOnlySpan<char> word, string target)
    {
        if (word.SequenceEqual(target))
        {
            return true;
        }
        Span<CliticReading> readings = stackalloc CliticReading[Clitics.MaxReadings];
        var count = Clitics.Readings(word, readings);
        for (var r = 0; r < count; r++)
        {
            var stem = word[readings[r].StemStart..];
            if (readings[r].RestoreArticle
                ? target.Length == stem.Length + 2 && target.StartsWith("ال", StringComparison.Ordinal) && stem.SequenceEqual(target.AsSpan(2))
                : stem.SequenceEqual(target))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Two names of one type joined by a comma or «و» (quotation marks and spaces aside): «مايكروسوفت وأبل»، «أبل، غوغل».
    /// A space alone is not a list: «أرقام أبل» is Apple's figures and «بين غوغل» is "between Google".
    /// </summary>
    private static bool InList(string value, EntityMatch left, EntityMatch right)
    {
        if (left.Entry.Type != right.Entry.Type || right.NormStart - left.NormEnd > 6)
        {
            return false;
        }
        var joined = false;
        for (var k = left.NormEnd; k < right.NormStart; k++)
        {
            if (value[k] is not (' ' or ',' or '،' or '"' or 'و'))
            {
                return false;
            }
            joined |= value[k] is ',' or '،' or 'و';
        }
        return joined;
    }

    /// <summary>A short form names the person most recently named in full before it; without one it names nobody.</summary>
    private static List<EntityMatch> AddShortForms(List<EntityMatch> accepted, List<PendingShortForm> pending)
    {
        if (pending.Count == 0)
        {
            return accepted;
        }
        var result = new List<EntityMatch>(accepted.Count + pending.Count);
        var a = 0;
        var lastFull = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var shortForm in pending)
        {
            while (a < accepted.Count && accepted[a].NormStart < shortForm.Start)
            {
                var match = accepted[a++];
                result.Add(match);
                if (match.Entry.Type == EntityType.Person)
                {
                    lastFull[match.Entry.Id] = match.NormStart;
                }
            }
            CatalogEntry? person = null;
            var latest = -1;
            foreach (var candidate in shortForm.People)
            {
                if (lastFull.TryGetValue(candidate.Id, out var at) && at > latest)
                {
                    latest = at;
                    person = candidate;
                }
            }
            if (person is not null)
            {
                result.Add(new EntityMatch(person, shortForm.Start, shortForm.End, shortForm.Token, shortForm.Token) { Kind = MatchKind.ShortForm });
            }
        }
        while (a < accepted.Count)
        {
            result.Add(accepted[a++]);
        }
        return result;
    }

    /// <summary>
    /// Tries the words from <paramref name="index"/> on (the first read from <paramref name="stemStart"/>) as a typo of
    /// a long alias of one to four words, keeping in <paramref name="best"/> the match that covers the most words.
    /// </summary>
    private void TypoFrom(Scan scan, int index, CliticReading reading, ulong stemHash, bool single, NextWord nextWord, Span<char> buffer, Span<ulong> hashes, ref Found? best)
    {
        var stemStart = reading.StemStart;
        var restoreArticle = reading.RestoreArticle;
        var value = scan.Text.Value;
        var tokens = scan.Tokens;
        var first = tokens[index];
        var stem = value.AsSpan(first.Start + stemStart, first.Length - stemStart);
        var length = stem.Length + (restoreArticle ? 2 : 0);
        if (length > MaxTypoChars)
        {
            return;
        }
        var built = false;
        if (single && length >= _typoMinLength - 1 && length <= _typoMaxLength + 1)
        {
            Build(buffer, stem, restoreArticle);
            built = true;
            Probe(scan, index, index, stemStart, restoreArticle, buffer[..length], hashes, ref best);
        }
        if (!nextWord.Joined)
        {
            return;
        }
        // One edit changes one word at most, so in a span of several words all but one must be the words of some
        // long alias at their places. Decide that from the words' hashes before copying anything.
        var knownWords = nextWord.Known ? 1 : 0;
        var firstHash = stemHash;
        if (restoreArticle)
        {
            firstHash = Hashing.Concat(ArticleHash, firstHash, stem.Length);
        }
        if (_typoWordsAt[0].MightContain(firstHash))
        {
            knownWords++;
        }
        if (knownWords == 0)
        {
            return;
        }
        if (!built)
        {
            Build(buffer, stem, restoreArticle);
        }
        var last = index;
        for (var words = 2; words <= _typoMaxWords; words++)
        {
            if (words > 2)
            {
                if (last + 1 >= tokens.Count || !Tokenizer.AreJoined(value, tokens[last], tokens[last + 1]))
                {
                    return;
                }
                if (_typoWordsAt[words - 1].MightContain(scan.Hashes[last + 1]))
                {
                    knownWords++;
                }
                if (knownWords < words - 1)
                {
                    return;
                }
            }
            var next = tokens[++last];
            if (length + 1 + next.Length > MaxTypoChars)
            {
                return;
            }
            buffer[length++] = ' ';
            value.AsSpan(next.Start, next.Length).CopyTo(buffer[length..]);
            length += next.Length;
            if (length > _typoMaxLength + 1)
            {
                return;
            }
            if (length >= _typoMinLength - 1)
            {
                Probe(scan, index, last, stemStart, restoreArticle, buffer[..length], hashes, ref best);
            }
        }

        static void Build(Span<char> buffer, ReadOnlySpan<char> stem, bool restoreArticle)
        {
            var at = 0;
            if (restoreArticle)
            {
                buffer[at++] = 'ا';
                buffer[at++] = 'ل';
            }
            stem.CopyTo(buffer[at..]);
        }
    }

    /// <summary>Looks the words <paramref name="span"/> up in the typo index; keeps the match covering the most words.</summary>
    private void Probe(Scan scan, int index, int last, int stemStart, bool restoreArticle, ReadOnlySpan<char> span, Span<ulong> hashes, ref Found? best)
    {
        if (best is not null && best.Match.LastToken >= last)
        {
            return;
        }
        var count = Hashing.WithDeletions(span, hashes);
        for (var h = 0; h < count; h++)
        {
            if (!_typoFilter.MightContain(hashes[h]) || !_typoIndex.TryGetValue(hashes[h], out var targets))
            {
                continue;
            }
            foreach (var target in targets)
            {
                if (EditDistance.IsOneEdit(span, target.Key) && !OrdinaryWords.Contains(span) && !_notTypoLookup.Contains(span))
                {
                    var start = scan.Tokens[index].Start + (restoreArticle ? stemStart - 1 : stemStart);
                    best = new Found(new EntityMatch(target.Alias.Entry, start, scan.Tokens[last].End, index, last) { Kind = MatchKind.Typo }, target.Alias);
                    return;
                }
            }
        }
    }

    /// <summary>«ديب سيك DeepSeek»: the same entity written twice side by side is one mention covering both.</summary>
    private static List<EntityMatch> MergeAdjacent(string value, List<EntityMatch> matches)
    {
        var merged = new List<EntityMatch>(matches.Count);
        foreach (var match in matches)
        {
            if (merged.Count > 0 && merged[^1] is var previous && previous.Entry.Id == match.Entry.Id && OnlySpacing(value, previous.NormEnd, match.NormStart))
            {
                merged[^1] = previous with { NormEnd = match.NormEnd, LastToken = match.LastToken };
            }
            else
            {
                merged.Add(match);
            }
        }
        return merged;
    }

    private static bool OnlySpacing(string value, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (value[k] is not (' ' or '(' or ')' or '"' or '-' or '/'))
            {
                return false;
            }
        }
        return true;
    }

    private void Add(string alias, CatalogEntry entry, bool needsCue, HashSet<string> adjectiveForms)
    {
        var normalized = TextNormalizer.NormalizeString(alias);
        var words = Tokenizer.Tokenize(normalized);
        if (words.Count == 0)
        {
            throw new CatalogException($"Alias '{alias}' of entity '{entry.Id}' has no letters or digits.");
        }
        var node = _root;
        foreach (var word in words)
        {
            node = node.GetOrAdd(word.Text);
        }
        var joined = string.Join(' ', words.Select(w => w.Text));
        var target = new AliasTarget(
            entry,
            needsCue,
            CaseRuleOf(alias),
            AlsoAdjective: adjectiveForms.Contains(joined),
            HasOrdinaryWord: words.Any(w => OrdinaryWords.Contains(w.Text)),
            OrdinaryPhrase: words.All(w => OrdinaryWords.Contains(w.Text) || w.Kind == TokenKind.Number || w.Text.All(char.IsAsciiDigit)),
            Key: joined);
        _notTypos.Add(joined);
        // The first entry to claim an alias is its default; other entries that claim it too make it a homograph that
        // the context resolves (see ResolveHomographs). An entity and a cue-only entity may also share one.
        if (needsCue)
        {
            node.Cue = AddClaim(node.Cue, target, ref node.CueHomographs);
        }
        else
        {
            node.Plain = AddClaim(node.Plain, target, ref node.PlainHomographs);
        }

        static AliasTarget AddClaim(AliasTarget? current, AliasTarget target, ref List<AliasTarget>? homographs)
        {
            if (current is null)
            {
                return target;
            }
            if (current.Entry.Id != target.Entry.Id && (homographs is null || !homographs.Exists(h => h.Entry.Id == target.Entry.Id)))
            {
                (homographs ??= [current]).Add(target);
            }
            return current;
        }
    }

    /// <summary>
    /// The aliases typos are matched against. Left out, because each would make common word pairs candidates for
    /// a costly check while adding nothing: names with an ordinary word in them (علي بابا، في في لي — "على" and
    /// "في" start half the word pairs of an article), names led by a cue word (صحيفة عكاظ: the cue word already
    /// accepts the name after it) or by an institution's head noun (وزارة التجارة الأميركية), and longer forms of a
    /// shorter alias of the same entity (ميسترال للذكاء الاصطناعي: a typo in ميسترال is found through ميسترال).
    /// </summary>
    private IEnumerable<(string Key, AliasTarget Target)> TypoKeys()
    {
        var plain = _root.Descendants().Select(n => n.Plain).OfType<AliasTarget>().ToList();
        var keysOf = plain.GroupBy(t => t.Entry.Id).ToDictionary(g => g.Key, g => g.Select(t => t.Key).ToList(), StringComparer.Ordinal);
        foreach (var target in plain)
        {
            var key = target.Key;
            var space = key.IndexOf(' ');
            if (TypoLetters(key) < TypoMinLetters || target.HasOrdinaryWord || (space > 0 && (CueWords.Contains(key.AsSpan(0, space)) || InstitutionHeads.Contains(key.AsSpan(0, space))))
                || keysOf[target.Entry.Id].Exists(other => other.Length < key.Length && key[other.Length] == ' ' && key.StartsWith(other, StringComparison.Ordinal)))
            {
                continue;
            }
            yield return (key, target);
        }
    }

    /// <summary>
    /// Letters that count towards the typo threshold: the article of an Arabic name is not counted, because a short
    /// definite word has many real neighbours one edit away (الدوحة ~ الدولة، المغرب ~ الغرب، الرياض ~ الرياضة).
    /// </summary>
    private static int TypoLetters(string key)
    {
        var letters = key.Count(c => c != ' ');
        return key.StartsWith("ال", StringComparison.Ordinal) ? letters - 2 : letters;
    }

    /// <summary>
    /// An Arabic short form of two letters (سو، شي) or one that is also an everyday word (أمين، روس) is guarded: it names
    /// the person only in a name position (<see cref="InNamePosition"/>).
    /// </summary>
    private static bool IsGuardedShortForm(string form) =>
        form.All(TextNormalizer.IsArabicLetter) && (form.Length <= 2 || OrdinaryWords.Contains(form) || OrdinaryWords.IsCommonNameWord(form));

    /// <summary>
    /// Where a name stands: right after a verb of saying or acting or an attribution word («وقالت سو»، «بحسب أمين»),
    /// or right before إن/أن/بأن or a comma, colon or full stop («أمين، الذي…»). Never when the word heads a construct
    /// («قال أمين عام الحزب»، «أمين الصندوق»): a definite word or a construct head right after it makes it a noun.
    /// </summary>
    private static bool InNamePosition(string value, IReadOnlyList<Token> tokens, int index)
    {
        var token = tokens[index];
        if (index + 1 < tokens.Count && Tokenizer.AreJoined(value, token, tokens[index + 1]))
        {
            var next = value.AsSpan(tokens[index + 1].Start, tokens[index + 1].Length);
            if (ConstructHeads.Contains(next) || (next.StartsWith("ال") && !RelativePronouns.Contains(next)))
            {
                return false;
            }
            if (next is "ان" or "بان" or "انه" or "انها")
            {
                return true;
            }
        }
        else
        {
            var k = token.End;
            while (k < value.Length && value[k] == ' ')
            {
                k++;
            }
            if (k == value.Length || value[k] is '،' or ',' or ':' or '.' or '؛' or ')' or '\n')
            {
                return true;
            }
        }
        if (index == 0 || !OnlySpaces(value, tokens[index - 1].End, token.Start))
        {
            return false;
        }
        var previous = value.AsSpan(tokens[index - 1].Start, tokens[index - 1].Length);
        return SubjectVerbs.Contains(previous) || AttributionWords.Contains(previous)
            || (previous.Length > 3 && previous[0] is 'و' or 'ف' && AttributionWords.Contains(previous[1..]));
    }

    /// <summary>The catalog's explicit short forms, or else the first and last words of each multi-word alias.</summary>
    private IEnumerable<string> ShortFormsOf(CatalogEntry person)
    {
        if (person.ShortForms is { } explicitForms)
        {
            foreach (var form in explicitForms)
            {
                yield return TextNormalizer.NormalizeString(form);
            }
            yield break;
        }
        foreach (var alias in person.Aliases)
        {
            var words = Tokenizer.Tokenize(TextNormalizer.NormalizeString(alias));
            if (words.Count < 2)
            {
                continue;
            }
            foreach (var word in new[] { words[0].Text, words[^1].Text })
            {
                if (word.Length >= 2 && !NameParticles.Contains(word) && !OrdinaryWords.Contains(word) && !CueWords.Contains(word)
                    && _root.Find(word) is not { HasTarget: true } && !Adjectives.IsAdjective(word))
                {
                    yield return word;
                }
            }
        }
    }

    private static CaseRule CaseRuleOf(string alias)
    {
        var letters = alias.Where(TextNormalizer.IsLatinLetter).ToList();
        if (letters.Count == 0 || !char.IsUpper(letters[0]))
        {
            return CaseRule.Any;
        }
        return letters.Count >= 2 && letters.All(char.IsUpper) ? CaseRule.AllCapitals : CaseRule.Initial;
    }

    private enum CaseRule { Any, Initial, AllCapitals }

    /// <param name="HasOrdinaryWord">Some word of the alias is an ordinary word (علي بابا): not a typo key.</param>
    /// <param name="OrdinaryPhrase">Every word is an ordinary word or a number (أو 3، العربية): as a cue alias it needs a cue
    /// word or quotation marks, never context alone.</param>
    private sealed record AliasTarget(CatalogEntry Entry, bool NeedsCue, CaseRule Case, bool AlsoAdjective, bool HasOrdinaryWord, bool OrdinaryPhrase, string Key);

    private sealed record TypoTarget(string Key, AliasTarget Alias);

    /// <param name="Options">Every entity that claims the same spelling, when several do (the homographs); else null.</param>
    private sealed record Found(EntityMatch Match, AliasTarget Target, List<AliasTarget>? Options = null);

    private sealed record PendingShortForm(int Start, int End, int Token, List<CatalogEntry> People);

    /// <summary>The word after the one being read: joined to it, and a word of some multi-word typo key there.</summary>
    private readonly record struct NextWord(bool Joined, bool Known);

    /// <summary>What one scan of an article shares between the lookups: the words and their hashes.</summary>
    private sealed record Scan(NormalizedText Text, IReadOnlyList<Token> Tokens, ulong[] Hashes, bool English);

    /// <summary>
    /// A two-probe bit filter over hashes: answers "certainly absent" for almost every word of an article, so the
    /// typo index is consulted only for the rare word that may be one edit from a name.
    /// </summary>
    private sealed class BitFilter(int bits)
    {
        private readonly ulong[] _words = new ulong[1 << (bits - 6)];
        private readonly ulong _mask = (1UL << bits) - 1;

        public void Add(ulong hash)
        {
            Set(hash & _mask);
            Set((hash >> 32) & _mask);
        }

        public bool MightContain(ulong hash) => IsSet(hash & _mask) && IsSet((hash >> 32) & _mask);

        private void Set(ulong bit) => _words[bit >> 6] |= 1UL << (int)(bit & 63);

        private bool IsSet(ulong bit) => (_words[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    private sealed class TrieNode
    {
        private HashedMap<TrieNode>? _children;

        public AliasTarget? Plain { get; set; }

        public AliasTarget? Cue { get; set; }

        /// <summary>All entities that claim this spelling as a plain alias, when more than one does; the first is <see cref="Plain"/>.</summary>
        public List<AliasTarget>? PlainHomographs;

        /// <summary>All entities that claim this spelling as a cue alias, when more than one does; the first is <see cref="Cue"/>.</summary>
        public List<AliasTarget>? CueHomographs;

        /// <summary>The people whose short form this word is (only on first-level nodes).</summary>
        public List<CatalogEntry>? People { get; set; }

        /// <summary>The short form is also a common word or has two letters: it names a person only in a name position.</summary>
        public bool ShortFormGuarded { get; set; }

        public bool HasTarget => Plain is not null || Cue is not null;

        public bool HasChildren => _children is { Count: > 0 };

        public IEnumerable<KeyValuePair<string, TrieNode>> Children => _children?.Items ?? [];

        public TrieNode? Find(ReadOnlySpan<char> word) => _children?.Find(word);

        public TrieNode? Find(ulong hash, ReadOnlySpan<char> word) => _children?.Find(hash, word);

        public TrieNode GetOrAdd(string word) => (_children ??= new HashedMap<TrieNode>()).GetOrAdd(word, () => new TrieNode());

        public IEnumerable<TrieNode> Descendants()
        {
            foreach (var (_, child) in Children)
            {
                yield return child;
                foreach (var grandchild in child.Descendants())
                {
                    yield return grandchild;
                }
            }
        }
    }
}
