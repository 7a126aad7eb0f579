namespace DeepSeekNews.Analysis.Money;

/// <summary>Binary search over the lists the money rules keep in text order (tokens, entities, country words).</summary>
internal static class Sorted
{
    /// <summary>
    /// The index of the first item for which <paramref name="reached"/> holds, or the count when none does; the list
    /// must be ordered so that it is false for a prefix and true for the rest.
    /// </summary>
    public static int FirstWhere<T>(IReadOnlyList<T> list, Func<T, bool> reached)
    {
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (reached(list[mid]))
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
