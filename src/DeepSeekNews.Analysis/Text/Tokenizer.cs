namespace DeepSeekNews.Analysis.Text;

public enum TokenKind { Arabic, Latin, Number }

/// <summary>A word of the normalised text: <see cref="Start"/>/<see cref="End"/> index <see cref="NormalizedText.Value"/>.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind, string Text)
{
    public int Length => End - Start;
}

/// <summary>
/// Splits normalised text into words: runs of Arabic letters, runs of Latin letters and digits (so o3, R1, GPT4o
/// stay whole) and plain numbers (with inner decimal and thousands separators). A change of script splits a word,
/// which is how a clitic glued to a Latin name (وDeepSeek، لـOpenAI) becomes a word of its own.
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string normalized)
    {
        var tokens = new List<Token>(normalized.Length / 5 + 4);
        var i = 0;
        while (i < normalized.Length)
        {
            var c = normalized[i];
            if (TextNormalizer.IsArabicLetter(c))
            {
                var start = i;
                while (i < normalized.Length && TextNormalizer.IsArabicLetter(normalized[i]))
                {
                    i++;
                }
                tokens.Add(new Token(start, i, TokenKind.Arabic, normalized[start..i]));
            }
            else if (IsLatinOrDigit(c))
            {
                var start = i;
                var allDigits = true;
                while (i < normalized.Length)
                {
                    var d = normalized[i];
                    if (IsLatinOrDigit(d))
                    {
                        allDigits &= char.IsAsciiDigit(d);
                        i++;
                    }
                    else if (allDigits && d is '.' or ',' && i + 1 < normalized.Length && char.IsAsciiDigit(normalized[i + 1]) && i > start)
                    {
                        i++; // 5.6 or 1,000 stays one number
                    }
                    else
                    {
                        break;
                    }
                }
                tokens.Add(new Token(start, i, allDigits ? TokenKind.Number : TokenKind.Latin, normalized[start..i]));
            }
            else
            {
                i++;
            }
        }
        return tokens;
    }

    private static bool IsLatinOrDigit(char c) => char.IsAsciiDigit(c) || TextNormalizer.IsLatinLetter(c);

    /// <summary>
    /// True when only spaces or hyphens (no line break, no punctuation) stand between two words, or a single dot or
    /// middle dot with no space around it, as inside moneycontrol.com, العربية.نت, U.S or DALL·E.
    /// </summary>
    public static bool AreJoined(string normalized, Token left, Token right)
    {
        if (right.Start == left.End + 1 && normalized[left.End] is '.' or '·')
        {
            return true;
        }
        for (var k = left.End; k < right.Start; k++)
        {
            var c = normalized[k];
            if (c is not (' ' or '\t' or '-' or '_'))
            {
                return false;
            }
        }
        return true;
    }
}
