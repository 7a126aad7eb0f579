namespace DeepSeekNews.Analysis.Text;

/// <summary>
/// A matching copy of a text (see <see cref="TextNormalizer"/>) that remembers, for every character it holds,
/// which characters of the original produced it, so that anything found in <see cref="Value"/> can be reported
/// with offsets into <see cref="Original"/>.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _sourceStart;
    private readonly int[]? _sourceEnd;

    /// <param name="sourceEnd">Where each character's source ends; null when every source is one character long.</param>
    internal NormalizedText(string original, string value, int[] sourceStart, int[]? sourceEnd)
    {
        Original = original;
        Value = value;
        _sourceStart = sourceStart;
        _sourceEnd = sourceEnd;
    }

    public string Original { get; }

    public string Value { get; }

    public int Length => Value.Length;

    /// <summary>Original offset where the normalised character at <paramref name="index"/> comes from.</summary>
    public int ToOriginalStart(int index) => index >= Value.Length ? Original.Length : _sourceStart[index];

    /// <summary>Original offset just after the source of the normalised character before <paramref name="end"/>.</summary>
    public int ToOriginalEnd(int end)
    {
        if (end <= 0)
        {
            return 0;
        }
        var last = Math.Min(end, Value.Length) - 1;
        return _sourceEnd is null ? _sourceStart[last] + 1 : _sourceEnd[last];
    }

    /// <summary>Maps a half-open range of <see cref="Value"/> to the half-open range of <see cref="Original"/> it came from.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if (end <= start)
        {
            var at = ToOriginalStart(start);
            return (at, at);
        }
        return (ToOriginalStart(start), ToOriginalEnd(end));
    }

    /// <summary>The original text behind a normalised range.</summary>
    public string OriginalSlice(int start, int end)
    {
        var (s, e) = ToOriginal(start, end);
        return Original[s..e];
    }
}
