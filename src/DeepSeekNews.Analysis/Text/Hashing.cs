namespace DeepSeekNews.Analysis.Text;

/// <summary>
/// Polynomial hashes of a string and of every string made by deleting one of its characters, all in linear time.
/// Two strings one edit apart share at least one of these hashes (the deletion-neighbourhood idea of SymSpell),
/// so a typo index needs one dictionary probe per character instead of a comparison per alias.
/// </summary>
public static class Hashing
{
    private const ulong Base = 1099511628211UL;
    private static readonly ulong[] Powers = BuildPowers(130);

    /// <summary>The hash of <paramref name="s"/>; equal to <c>into[0]</c> of <see cref="WithDeletions"/>.</summary>
    public static ulong Of(ReadOnlySpan<char> s)
    {
        ulong hash = 0;
        foreach (var c in s)
        {
            hash = unchecked(hash * Base + (ulong)(c + 1));
        }
        return hash;
    }

    /// <summary>The hash of a string made of a left part (hash <paramref name="left"/>) and a right part.</summary>
    public static ulong Concat(ulong left, ulong right, int rightLength) => unchecked(left * Powers[rightLength] + right);

    /// <summary>
    /// Writes the hash of <paramref name="s"/> to <c>into[0]</c> and the hash of <paramref name="s"/> without its
    /// character j to <c>into[j + 1]</c>; returns the count written (length + 1). Strings longer than 128 are not
    /// supported.
    /// </summary>
    public static int WithDeletions(ReadOnlySpan<char> s, Span<ulong> into)
    {
        var length = s.Length;
        if (length + 1 > into.Length || length >= Powers.Length - 1)
        {
            throw new ArgumentException("The string is too long for the buffer.", nameof(s));
        }
        // suffix[j] = Σ_{k ≥ j} s[k]·B^(L−1−k), kept in into[j + 1] until it is replaced by the deletion hash.
        ulong suffix = 0;
        for (var k = length - 1; k >= 0; k--)
        {
            suffix = unchecked(suffix + (ulong)(s[k] + 1) * Powers[length - 1 - k]);
            into[k + 1] = suffix;
        }
        into[0] = suffix;
        // Deleting j: the prefix before j moves up one place, the suffix after j keeps its weights.
        ulong prefix = 0;
        for (var j = 0; j < length; j++)
        {
            var after = j + 1 < length ? into[j + 2] : 0;
            into[j + 1] = unchecked(prefix * Powers[length - 1 - j] + after);
            prefix = unchecked(prefix * Base + (ulong)(s[j] + 1));
        }
        return length + 1;
    }

    private static ulong[] BuildPowers(int count)
    {
        var powers = new ulong[count];
        powers[0] = 1;
        for (var k = 1; k < count; k++)
        {
            powers[k] = unchecked(powers[k - 1] * Base);
        }
        return powers;
    }
}
