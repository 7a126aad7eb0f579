using System.Globalization;
using System.Text.RegularExpressions;
using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Analysis.Money;

internal enum MoneyTokenKind { Arabic, Latin, Number, Symbol, Punct }

/// <summary>
/// A word, number, currency symbol or punctuation mark of the normalised text. <see cref="Start"/>/<see cref="End"/>
/// index <see cref="NormalizedText.Value"/>. <see cref="Joined"/> is true when no space separates the token from the
/// one before it (بـ6 → «ب» then «6» joined; $5.6m → «$», «5.6», «m» all joined).
/// </summary>
internal sealed record MoneyToken(MoneyTokenKind Kind, string Text, int Start, int End, bool Joined, bool LineBreakBefore, decimal Number)
{
    public bool IsWord => Kind is MoneyTokenKind.Arabic or MoneyTokenKind.Latin;

    /// <summary>For 25.000: the reading with the dot as a thousands separator (25000), used when no scale word follows.</summary>
    public decimal? ThousandsReading => Kind == MoneyTokenKind.Number ? MoneyLexer.ThousandsReading(Text) : null;

    /// <summary>True for a Latin word written in capitals in the original text (USD, SAR), which a currency code must be.</summary>
    public bool UpperInOriginal { get; init; }

    /// <summary>True for a Latin word whose first letter is a capital in the original text (Rs).</summary>
    public bool CapitalisedInOriginal { get; init; }

    /// <summary>The word lists this token belongs to under any proclitic reading, looked up once when it is lexed.</summary>
    public Cue Cues { get; init; }

    /// <summary>True when the token is a word of <paramref name="list"/>, with any proclitic and inflection (بتكلفتها).</summary>
    public bool Is(CueList list) => (Cues & list.Flag) != 0;

    public bool Has(Cue cue) => (Cues & cue) != 0;
}

/// <summary>
/// Splits the normalised text into the pieces money phrases are made of. Unlike the general tokenizer it keeps
/// currency symbols and punctuation (a range needs its hyphen, a percentage its sign) and splits a number from a
/// scale suffix glued to it (5.6m, 1.2bn, 10x), while a number glued to other letters (3nm, 10th, 4o) stays a word.
/// </summary>
internal static partial class MoneyLexer
{
    private static readonly HashSet<string> NumberSuffixes = new(StringComparer.Ordinal)
    {
        "k", "m", "mn", "mln", "b", "bn", "bln", "tn", "trn", "x", "million", "billion", "trillion", "thousand",
    };

    private const string Symbols = "$€£¥₹₪₩₺₽¢";

    /// <summary>Lexes the normalised copy, noting which Latin words were written in capitals in the original.</summary>
    public static List<MoneyToken> Lex(NormalizedText text) => Lex(text.Value, text);

    public static List<MoneyToken> Lex(string text) => Lex(text, null);

    private static List<MoneyToken> Lex(string text, NormalizedText? source)
    {
        var tokens = new List<MoneyToken>(text.Length / 4 + 4);
        var i = 0;
        var spaced = true;
        var lineBreak = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                spaced = true;
                lineBreak |= c is '\n' or '\r' or '\u2028' or '\u2029';
                i++;
                continue;
            }

            var start = i;
            if (TextNormalizer.IsArabicLetter(c))
            {
                while (i < text.Length && TextNormalizer.IsArabicLetter(text[i]))
                {
                    i++;
                }
                Add(MoneyTokenKind.Arabic, start, i);
            }
            else if (TextNormalizer.IsLatinLetter(c))
            {
                while (i < text.Length && (TextNormalizer.IsLatinLetter(text[i]) || char.IsAsciiDigit(text[i])))
                {
                    i++;
                }
                Add(MoneyTokenKind.Latin, start, i);
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
                {
                    i++;
                }
                var numberEnd = i;
                while (i < text.Length && TextNormalizer.IsLatinLetter(text[i]))
                {
                    i++;
                }
                if (i == numberEnd)
                {
                    Add(MoneyTokenKind.Number, start, numberEnd, ParseDigits(text[start..numberEnd]));
                }
                else if (NumberSuffixes.Contains(text[numberEnd..i]) && (i >= text.Length || !char.IsAsciiDigit(text[i])))
                {
                    Add(MoneyTokenKind.Number, start, numberEnd, ParseDigits(text[start..numberEnd]));
                    Add(MoneyTokenKind.Latin, numberEnd, i);
                }
                else
                {
                    while (i < text.Length && (TextNormalizer.IsLatinLetter(text[i]) || char.IsAsciiDigit(text[i])))
                    {
                        i++;
                    }
                    Add(MoneyTokenKind.Latin, start, i);
                }
            }
            else
            {
                i++;
                Add(Symbols.Contains(c) ? MoneyTokenKind.Symbol : MoneyTokenKind.Punct, start, i);
            }
        }
        return tokens;

        void Add(MoneyTokenKind kind, int start, int end, decimal number = 0)
        {
            var piece = text[start..end];
            var upper = false;
            var capitalised = false;
            if (source is not null && kind == MoneyTokenKind.Latin)
            {
                var (originalStart, originalEnd) = source.ToOriginal(start, end);
                var original = source.Original.AsSpan(originalStart, originalEnd - originalStart);
                upper = IsAllCapitals(original);
                capitalised = original.Length > 0 && char.IsUpper(original[0]);
            }
            tokens.Add(new MoneyToken(kind, piece, start, end, !spaced, lineBreak, number)
            {
                UpperInOriginal = upper,
                CapitalisedInOriginal = capitalised,
                Cues = WordCues.Of(piece),
            });
            spaced = false;
            lineBreak = false;
        }
    }

    /// <summary>25.000 read with the dot as a thousands separator (25000); null for any other number.</summary>
    public static decimal? ThousandsReading(string digits) =>
        ThousandsDot().IsMatch(digits) ? decimal.Parse(digits.Replace(".", ""), CultureInfo.InvariantCulture) : null;

    /// <summary>True when the word has letters and all of them are capitals (USD, SAR).</summary>
    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        var letters = false;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
                letters = true;
            }
        }
        return letters;
    }

    /// <summary>
    /// Reads 6, 1,200,000, 2.5, 1.000.000 or 2,5. A separator followed by groups of exactly three digits is a
    /// thousands separator; otherwise the last separator is the decimal point.
    /// </summary>
    public static decimal ParseDigits(string digits)
    {
        var separators = digits.Count(ch => ch is ',' or '.');
        if (separators == 0)
        {
            return decimal.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var whole) ? whole : 0;
        }

        var groups = digits.Split(',', '.');
        // A leading group of 0 is never a thousands group: 0,004 and 0.004 are decimals.
        var allThousands = groups.Skip(1).All(g => g.Length == 3) && groups[0].Length is >= 1 and <= 3 && groups[0][0] != '0';
        var mixed = digits.Contains(',') && digits.Contains('.');
        string canonical;
        if (mixed)
        {
            var decimalMark = digits.LastIndexOfAny([',', '.']);
            canonical = digits[..decimalMark].Replace(",", "").Replace(".", "") + "." + digits[(decimalMark + 1)..];
        }
        else if (allThousands && (separators > 1 || digits.Contains(',')))
        {
            // 1,200 and 1.000.000 are thousands; a lone dot (1.200) stays a decimal point, as in English and Arabic.
            canonical = digits.Replace(",", "").Replace(".", "");
        }
        else if (separators == 1)
        {
            canonical = digits.Replace(',', '.');
        }
        else
        {
            canonical = digits.Replace(",", "").Replace(".", "");
        }
        return decimal.TryParse(canonical, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }

    [GeneratedRegex(@"^[1-9][0-9]{0,2}\.[0-9]{3}$")]
    private static partial Regex ThousandsDot();
}
