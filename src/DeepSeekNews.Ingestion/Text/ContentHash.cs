using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DeepSeekNews.Ingestion.Text;

/// <summary>
/// A fingerprint of an article's text that survives cosmetic differences between two copies of one
/// story: case, Arabic diacritics and tatweel, Unicode composition, Eastern digits and whitespace.
/// </summary>
public static class ContentHash
{
    /// <summary>Lower-case hex SHA-256 of <see cref="Normalize"/>(text).</summary>
    public static string Compute(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(Normalize(text));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    public static string Normalize(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var c in composed)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (IsArabicMark(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c switch
            {
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                _ => char.ToLowerInvariant(c),
            });
        }
        return builder.ToString();
    }

    private static bool IsArabicMark(char c) => c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640';
}
