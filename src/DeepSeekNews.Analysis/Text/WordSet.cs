namespace DeepSeekNews.Analysis.Text;

/// <summary>
/// A set of short normalised words that answers "no" for most words of an article without hashing them: a word is
/// hashed and probed only when its length and first letter occur among the members. Used for the small closed
/// lists (cue words, title words) that are tested against every word of every article.
/// </summary>
public sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ulong _lengths;
    private readonly ulong[] _firstLetters = new ulong[4];

    public WordSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words, StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in _words)
        {
            _lengths |= 1UL << Math.Min(word.Length, 63);
            if (word.Length > 0)
            {
                _firstLetters[(word[0] & 0xFF) >> 6] |= 1UL << (word[0] & 63);
            }
        }
    }

    public IEnumerable<string> Words => _words;

    public bool Contains(ReadOnlySpan<char> word)
    {
        if ((_lengths & (1UL << Math.Min(word.Length, 63))) == 0 || word.Length == 0
            || (_firstLetters[(word[0] & 0xFF) >> 6] & (1UL << (word[0] & 63))) == 0)
        {
            return false;
        }
        return _lookup.Contains(word);
    }

    /// <summary>
    /// True when the word is a member or a member behind proclitics (لشركة، وحسابه، بالنسبة): the readings that strip
    /// و ف ب ك ل ال, not the one that restores an article (للشركة is not read as الشركة here).
    /// </summary>
    public bool ContainsBehindProclitics(ReadOnlySpan<char> word)
    {
        if (Contains(word))
        {
            return true;
        }
        Span<CliticReading> readings = stackalloc CliticReading[Clitics.MaxReadings];
        var count = Clitics.Readings(word, readings);
        for (var r = 0; r < count; r++)
        {
            if (!readings[r].RestoreArticle && Contains(word[readings[r].StemStart..]))
            {
                return true;
            }
        }
        return false;
    }
}
