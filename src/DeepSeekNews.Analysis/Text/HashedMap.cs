namespace DeepSeekNews.Analysis.Text;

/// <summary>
/// A string-keyed map probed with a precomputed <see cref="Hashing.Of"/> hash and a span, so that a word of an
/// article is hashed once and looked up in several maps without allocating. Keys are compared in full on a hit.
/// </summary>
public sealed class HashedMap<T> where T : class
{
    private readonly Dictionary<ulong, Slot> _slots = [];

    public int Count { get; private set; }

    public IEnumerable<KeyValuePair<string, T>> Items
    {
        get
        {
            foreach (var slot in _slots.Values)
            {
                for (var s = slot; s is not null; s = s.Next)
                {
                    yield return new(s.Key, s.Value);
                }
            }
        }
    }

    /// <summary>The value stored under <paramref name="key"/>, added by <paramref name="create"/> when missing.</summary>
    public T GetOrAdd(string key, Func<T> create)
    {
        var hash = Hashing.Of(key);
        if (Find(hash, key) is { } existing)
        {
            return existing;
        }
        var value = create();
        _slots[hash] = new Slot(key, value, _slots.GetValueOrDefault(hash));
        Count++;
        return value;
    }

    public T? Find(ReadOnlySpan<char> key) => Find(Hashing.Of(key), key);

    public T? Find(ulong hash, ReadOnlySpan<char> key)
    {
        if (!_slots.TryGetValue(hash, out var slot))
        {
            return null;
        }
        for (var s = slot; s is not null; s = s.Next)
        {
            if (key.SequenceEqual(s.Key))
            {
                return s.Value;
            }
        }
        return null;
    }

    private sealed record Slot(string Key, T Value, Slot? Next);
}
