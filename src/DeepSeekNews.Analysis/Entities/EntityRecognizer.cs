using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Analysis.Entities;

/// <summary>One place where a catalog entity is named. Offsets index the normalised text (see <see cref="NormalizedText"/>).</summary>
public sealed record EntityMatch(CatalogEntry Entry, int NormStart, int NormEnd, int FirstToken, int LastToken);

/// <summary>
/// Finds catalog entities in normalised text. The catalog's aliases are compiled once into a trie of words, so an
/// article is scanned word by word whatever the size of the catalog; proclitics are stripped from the first word
/// of a name only when the rest continues a known alias.
/// </summary>
public sealed class EntityRecognizer
{
    private static readonly HashSet<string> CueWords = new(
        new[]
        {
            "نموذج", "النموذج", "نماذج", "شركه", "الشركه", "منصه", "المنصه", "رقاقه", "الرقاقه", "رقائق", "شريحه",
            "موقع", "تطبيق", "التطبيق", "خدمه", "روبوت", "برنامج", "مساعد", "نسخه", "اصدار", "اداه", "محرك", "جهاز",
            "model", "models", "company", "platform", "chip", "chips", "app", "service", "version", "chatbot", "assistant",
        }.Select(TextNormalizer.NormalizeString),
        StringComparer.Ordinal);

    private readonly TrieNode _root = new();

    public EntityRecognizer(EntityCatalog catalog)
    {
        Catalog = catalog;
        foreach (var entry in catalog.Entries)
        {
            foreach (var alias in entry.Aliases)
            {
                Add(alias, entry, needsCue: false);
            }
            foreach (var alias in entry.CueAliases)
            {
                Add(alias, entry, needsCue: true);
            }
        }
    }

    public EntityCatalog Catalog { get; }

    public IReadOnlyList<EntityMatch> Recognize(NormalizedText text, IReadOnlyList<Token> tokens)
    {
        var raw = new List<(EntityMatch Match, bool NeedsCue)>();
        var i = 0;
        while (i < tokens.Count)
        {
            var best = LongestAt(text.Value, tokens, i);
            if (best is { } found)
            {
                raw.Add(found);
                i = found.Match.LastToken + 1;
            }
            else
            {
                i++;
            }
        }

        var named = raw.Where(r => !r.NeedsCue).Select(r => r.Match.Entry.Id).ToHashSet(StringComparer.Ordinal);
        var accepted = raw
            .Where(r => !r.NeedsCue || HasCue(tokens, r.Match.FirstToken) || (r.Match.Entry.Owner is { } owner && named.Contains(owner)))
            .Select(r => r.Match)
            .ToList();
        return MergeAdjacent(text.Value, accepted);
    }

    private (EntityMatch Match, bool NeedsCue)? LongestAt(string value, IReadOnlyList<Token> tokens, int index)
    {
        var first = tokens[index];
        (EntityMatch Match, bool NeedsCue)? best = null;
        var bestLength = 0;

        Try(first.Text, 0);
        if (first.Kind == TokenKind.Arabic)
        {
            foreach (var (stem, prefixLength) in Clitics.Strip(first.Text))
            {
                Try(stem, prefixLength);
            }
        }
        return best;

        void Try(string firstWord, int prefixLength)
        {
            if (!_root.Children.TryGetValue(firstWord, out var node))
            {
                return;
            }
            var last = index;
            while (true)
            {
                if (node.Terminal is { } terminal)
                {
                    var length = tokens[last].End - first.Start;
                    if (length > bestLength)
                    {
                        bestLength = length;
                        best = (new EntityMatch(terminal.Entry, first.Start + prefixLength, tokens[last].End, index, last), terminal.NeedsCue);
                    }
                }
                if (last + 1 >= tokens.Count || node.Children.Count == 0 || !Tokenizer.AreJoined(value, tokens[last], tokens[last + 1]))
                {
                    break;
                }
                if (!node.Children.TryGetValue(tokens[last + 1].Text, out var next))
                {
                    break;
                }
                node = next;
                last++;
            }
        }
    }

    private static bool HasCue(IReadOnlyList<Token> tokens, int index)
    {
        if (index == 0)
        {
            return false;
        }
        var before = tokens[index - 1].Text;
        if (CueWords.Contains(before))
        {
            return true;
        }
        foreach (var (stem, _) in Clitics.Strip(before))
        {
            if (CueWords.Contains(stem))
            {
                return true;
            }
        }
        return false;
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

    private void Add(string alias, CatalogEntry entry, bool needsCue)
    {
        var words = Tokenizer.Tokenize(TextNormalizer.NormalizeString(alias));
        if (words.Count == 0)
        {
            throw new CatalogException($"Alias '{alias}' of entity '{entry.Id}' has no letters or digits.");
        }
        var node = _root;
        foreach (var word in words)
        {
            if (!node.Children.TryGetValue(word.Text, out var child))
            {
                child = new TrieNode();
                node.Children[word.Text] = child;
            }
            node = child;
        }
        // The first entry to claim an alias keeps it; a plain alias outranks a cue alias.
        if (node.Terminal is null || (node.Terminal.NeedsCue && !needsCue))
        {
            node.Terminal = new AliasTarget(entry, needsCue);
        }
    }

    private sealed class TrieNode
    {
        public Dictionary<string, TrieNode> Children { get; } = new(StringComparer.Ordinal);

        public AliasTarget? Terminal { get; set; }
    }

    private sealed record AliasTarget(CatalogEntry Entry, bool NeedsCue);
}
