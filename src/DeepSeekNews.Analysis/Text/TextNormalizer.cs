using System.Globalization;
using System.Text;

namespace DeepSeekNews.Analysis.Text;

/// <summary>
/// Folds Arabic and Latin text into one form for matching (never for display): diacritics, tatweel and invisible
/// marks removed; alef, yeh, teh marbuta, hamza carriers and Persian letters folded; presentation forms through
/// NFKC; Eastern digits to ASCII; every quotation mark to <c>"</c>; Latin lower-cased. The result keeps a map back
/// to the original offsets.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalises a short string (an alias, a word list entry) with the same rules as article text.</summary>
    public static string NormalizeString(string text) => Normalize(text).Value;

    public static NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Plain arrays sized to the input: folding keeps the length and removals shorten it; only NFKC expansions of
        // presentation forms can grow it, and then the arrays grow.
        var chars = new char[text.Length];
        var starts = new int[text.Length];
        int[]? ends = null; // only needed once a surrogate pair maps two characters to a source of two
        var length = 0;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < TableSize)
            {
                // Latin and Arabic letters, the bulk of every article, cost one table read.
                var folded = Table[c];
                if (folded != RemovedMark)
                {
                    Append(folded, i, i + 1);
                }
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // Outside the BMP nothing is folded; keep the pair together.
                Append(c, i, i + 2);
                Append(text[i + 1], i, i + 2);
                i++;
                continue;
            }

            if (IsRemoved(c))
            {
                continue;
            }

            if (IsPresentationForm(c))
            {
                var decomposed = c.ToString().Normalize(NormalizationForm.FormKC);
                foreach (var d in decomposed)
                {
                    if (!IsRemoved(d))
                    {
                        Append(Fold(d), i, i + 1);
                    }
                }
                continue;
            }

            Append(Fold(c), i, i + 1);
        }

        return new NormalizedText(text, new string(chars, 0, length), starts, ends);

        void Append(char ch, int start, int end)
        {
            if (length == chars.Length)
            {
                Array.Resize(ref chars, chars.Length * 2 + 4);
                Array.Resize(ref starts, chars.Length);
                if (ends is not null)
                {
                    Array.Resize(ref ends, chars.Length);
                }
            }
            if (ends is null && end != start + 1)
            {
                ends = new int[chars.Length];
                for (var k = 0; k < length; k++)
                {
                    ends[k] = starts[k] + 1;
                }
            }
            chars[length] = ch;
            starts[length] = start;
            if (ends is not null)
            {
                ends[length] = end;
            }
            length++;
        }
    }

    private const int TableSize = 0x800;
    private const char RemovedMark = '\uFFFF';
    private static readonly char[] Table = BuildTable();

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var c = 0; c < TableSize; c++)
        {
            table[c] = IsRemoved((char)c) ? RemovedMark : Fold((char)c);
        }
        return table;
    }

    /// <summary>True for the characters that matching ignores entirely.</summary>
    public static bool IsRemoved(char c) =>
        c is >= '\u064B' and <= '\u0652' // harakat, tanween, shadda, sukun
        || c is >= '\u0653' and <= '\u065F' // maddah and hamza marks above/below
        || c == '\u0670' // superscript alef
        || c is >= '\u0610' and <= '\u061A' // Quranic marks
        || c is >= '\u06D6' and <= '\u06ED'
        || c == '\u0640' // tatweel
        || c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF'
        || c is >= '\u202A' and <= '\u202E' // embedding and override marks
        || c is >= '\u2066' and <= '\u2069'; // isolates

    private static bool IsPresentationForm(char c) =>
        c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFC' or >= '\uFF01' and <= '\uFF5E';

    /// <summary>Folds one character; the mapping never changes the length.</summary>
    public static char Fold(char c)
    {
        switch (c)
        {
            case 'أ' or 'إ' or 'آ' or 'ٱ' or 'ٲ' or 'ٳ': return 'ا';
            case 'ى' or 'ی' or 'ې' or 'ئ': return 'ي';
            case 'ة' or 'ۃ': return 'ه';
            case 'ک' or 'ڪ': return 'ك';
            case 'ؤ': return 'و';
            case 'ہ' or 'ھ': return 'ه';
            case '\u066B': return '.'; // Arabic decimal separator
            case '\u066C': return ','; // Arabic thousands separator
            case '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u3000': return ' ';
            case '«' or '»' or '“' or '”' or '„' or '‟' or '″' or '‹' or '›' or '〝' or '〞' or '＂': return '"';
            case '‘' or '’' or '‚' or '‛' or '`' or '´': return '\'';
            case '‐' or '‑' or '‒' or '–' or '—' or '−': return '-';
        }

        if (c is >= '\u0660' and <= '\u0669')
        {
            return (char)('0' + (c - '\u0660'));
        }
        if (c is >= '\u06F0' and <= '\u06F9')
        {
            return (char)('0' + (c - '\u06F0'));
        }
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }
        return char.IsUpper(c) ? char.ToLowerInvariant(c) : c;
    }

    /// <summary>True for Arabic-script letters (after folding).</summary>
    public static bool IsArabicLetter(char c) =>
        c is >= '\u0621' and <= '\u064A' or >= '\u0671' and <= '\u06D3' or >= '\u06FA' and <= '\u06FF';

    public static bool IsLatinLetter(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' || (c >= '\u00C0' && c <= '\u024F' && char.IsLetter(c));

    internal static UnicodeCategory Category(char c) => CharUnicodeInfo.GetUnicodeCategory(c);
}
