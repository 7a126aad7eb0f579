namespace DeepSeekNews.Analysis.Money;

/// <summary>
/// A number phrase read from the tokens: «6 ملايين», «خمسمائة وخمسة وعشرين ألفاً», «مليار ونصف المليار», «ملياري»,
/// «عشرات المليارات», "$5.6m" (the 5.6m part), "half a billion", "tens of billions".
/// </summary>
/// <param name="First">Index of its first token.</param>
/// <param name="Last">Index of its last token.</param>
/// <param name="Start">Normalised offset where it starts, after any proclitic glued to the first word (بـ، و، ب).</param>
/// <param name="Value">The number; for a magnitude without a number, the magnitude itself (مليارات → 1e9).</param>
/// <param name="Scale">The last scale word's value (1e6 for «6 ملايين»), or 0 when there is none.</param>
/// <param name="IsMagnitude">True when no number is given, only a magnitude (مليارات الدولارات، عشرات الملايين).</param>
/// <param name="StartsWithDigits">True when the phrase starts with a number written in digits.</param>
internal sealed record NumberPhrase(int First, int Last, int Start, decimal Value, decimal Scale, bool IsMagnitude, bool StartsWithDigits)
{
    public bool HasScale => Scale > 0;

    /// <summary>For a lone 25.000 with no scale: the value with the dot read as a thousands separator (25000).</summary>
    public decimal? ThousandsValue { get; init; }
}

/// <summary>
/// Reads Arabic and English number phrases (digits, number words, scales, duals, fractions, vague magnitudes and
/// their combinations with و / and). Groups after the first must be smaller than the one before
/// («مليار و200 مليون»), so «بين 5 ملايين و10 ملايين» stops after the first figure.
/// </summary>
internal static class NumberReader
{
    private const decimal MaxDigits = 1_000_000_000_000_000m;

    private sealed record Group(int End, decimal Value, decimal Scale, bool IsMagnitude, bool IsBareFraction, bool StartsWithDigits, string Prefix);

    public static NumberPhrase? Read(IReadOnlyList<MoneyToken> t, int i)
    {
        var first = ReadGroup(t, i, isFirst: true, afterJoiner: false);
        if (first is null || first.IsBareFraction)
        {
            return null;
        }
        var total = first.Value;
        var lastScale = first.Scale;
        var end = first.End;
        var magnitude = first.IsMagnitude;

        while (!magnitude && lastScale > 0 && end < t.Count)
        {
            // Only a scale may be followed by a smaller group: «مليار و200 مليون», «مليون ونصف», «ألف وخمسمائة».
            int j;
            bool cliticJoiner;
            if (t[end] is { Kind: MoneyTokenKind.Arabic, Text: "و" } || t[end] is { Kind: MoneyTokenKind.Latin, Text: "and" })
            {
                j = end + 1;
                cliticJoiner = false;
            }
            else if (t[end].Kind == MoneyTokenKind.Arabic && t[end].Text.Length > 1 && t[end].Text[0] == 'و')
            {
                j = end;
                cliticJoiner = true;
            }
            else
            {
                break;
            }
            if (j >= t.Count || (t[j].LineBreakBefore))
            {
                break;
            }
            var next = ReadGroup(t, j, isFirst: false, afterJoiner: cliticJoiner);
            if (next is null || next.IsMagnitude)
            {
                break;
            }
            if (next.IsBareFraction)
            {
                total += next.Value * lastScale;
                end = next.End;
                // «مليار ونصف المليار»: the scale may be repeated after the fraction.
                if (end < t.Count && ScaleAt(t, end, allowDefinite: true) is { } repeated && repeated.Value == lastScale)
                {
                    end++;
                }
                break;
            }
            if (next.Scale == 0)
            {
                // «ألف وخمسمائة» but never «5 ملايين و10» (the second figure of a range or a list).
                if (next.StartsWithDigits || next.Value >= lastScale)
                {
                    break;
                }
                total += next.Value;
                end = next.End;
                break;
            }
            if (next.Scale > lastScale || (next.Scale == lastScale && next.Value >= lastScale))
            {
                break;
            }
            if (next.Scale == lastScale)
            {
                // «مليار ونصف مليار» read as a fraction group carrying its own scale.
                total += next.Value;
                end = next.End;
                break;
            }
            total += next.Value;
            lastScale = next.Scale;
            end = next.End;
        }

        var startOffset = t[i].Start + first.Prefix.Length;
        return new NumberPhrase(i, end - 1, startOffset, total, first.IsMagnitude ? first.Scale : Math.Max(lastScale, 0), magnitude, first.StartsWithDigits)
        {
            ThousandsValue = end == i + 1 && t[i].ThousandsReading is { } thousands ? thousands : null,
        };
    }

    /// <summary>The scale word at <paramref name="index"/> (Arabic with an optional article, or English), if any.</summary>
    public static NumberWord? ScaleAt(IReadOnlyList<MoneyToken> t, int index, bool allowDefinite)
    {
        if (index >= t.Count)
        {
            return null;
        }
        var tok = t[index];
        if (tok.Kind == MoneyTokenKind.Arabic)
        {
            var word = NumberWords.ClassifyArabic(tok.Text);
            return word is { Kind: NumberWordKind.Scale } w && (allowDefinite || !w.Definite) ? w : null;
        }
        if (tok.Kind == MoneyTokenKind.Latin)
        {
            var word = NumberWords.ClassifyEnglish(tok.Text);
            if (word is not { Kind: NumberWordKind.Scale } w)
            {
                return null;
            }
            // A lone m, b or k is a scale only glued to its number (5.6m, $6b); bn, mn, tn may stand apart.
            if (tok.Text is "m" or "b" or "k" && !tok.Joined)
            {
                return null;
            }
            return w;
        }
        return null;
    }

    private static Group? ReadGroup(IReadOnlyList<MoneyToken> t, int j, bool isFirst, bool afterJoiner)
    {
        if (j >= t.Count)
        {
            return null;
        }
        var tok = t[j];
        var prefix = "";
        decimal? small = null;
        decimal? fraction = null;
        decimal? vague = null;
        var digits = false;
        var e = j;
        NumberWord? leadingScale = null; // the first word is itself the scale (بمليار، ومليار، million)

        if (tok.Kind == MoneyTokenKind.Number)
        {
            // Beyond a quadrillion a digit string is an identifier, not an amount (and would overflow with a scale).
            if (afterJoiner || tok.Number > MaxDigits)
            {
                return null;
            }
            small = tok.Number;
            digits = true;
            e = j + 1;
        }
        else if (tok.Kind == MoneyTokenKind.Arabic)
        {
            if (!tok.Has(Cue.NumberWord))
            {
                return null;
            }
            NumberWord? word = null;
            foreach (var (p, stem) in ArabicForms.Readings(tok.Text))
            {
                if (afterJoiner ? p is not ("و" or "وال") : p.Length > 0 && !isFirst)
                {
                    continue;
                }
                if (NumberWords.ClassifyArabic(stem) is { } w)
                {
                    word = w;
                    // والمليارات: the span keeps the article; للمليارات is read as ل + المليارات already.
                    prefix = p.EndsWith("ال", StringComparison.Ordinal) ? p[..^2] : p;
                    break;
                }
            }
            if (word is not { } w0)
            {
                return null;
            }
            switch (w0.Kind)
            {
                case NumberWordKind.Unit or NumberWordKind.Ten or NumberWordKind.Hundred:
                    if (w0.Definite)
                    {
                        return null;
                    }
                    var (value, end, quarters) = ReadArabicSmall(t, j, w0);
                    e = end;
                    if (quarters)
                    {
                        fraction = value;
                    }
                    else
                    {
                        small = value;
                    }
                    break;
                case NumberWordKind.Fraction:
                    fraction = w0.Value;
                    e = j + 1;
                    break;
                case NumberWordKind.Vague:
                    vague = w0.Value;
                    e = j + 1;
                    break;
                case NumberWordKind.Scale:
                    e = j;
                    leadingScale = w0;
                    break;
                default:
                    return null;
            }
        }
        else if (tok.Kind == MoneyTokenKind.Latin)
        {
            var text = tok.Text;
            if (text is "a" or "an" && j + 1 < t.Count)
            {
                if (t[j + 1].Text == "few")
                {
                    vague = 1;
                    e = j + 2;
                }
                else if (ScaleAt(t, j + 1, allowDefinite: false) is { Form: ScaleForm.Singular })
                {
                    small = 1;
                    e = j + 1;
                }
                else
                {
                    return null;
                }
            }
            else if (tok.Has(Cue.NumberWord) && NumberWords.ClassifyEnglish(text) is { } w)
            {
                switch (w.Kind)
                {
                    case NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Ten:
                        (small, e) = ReadEnglishSmall(t, j, w);
                        break;
                    case NumberWordKind.Hundred:
                        small = 100;
                        e = j + 1;
                        break;
                    case NumberWordKind.Fraction:
                        fraction = w.Value;
                        e = j + 1;
                        if (e < t.Count && t[e].Text == "of")
                        {
                            e++; // a quarter of a billion
                        }
                        if (e < t.Count && t[e].Text is "a" or "an")
                        {
                            e++; // half a billion
                        }
                        break;
                    case NumberWordKind.Vague:
                        vague = w.Value;
                        e = j + 1;
                        break;
                    case NumberWordKind.Scale:
                        if (text is "m" or "b" or "k" or "bn" or "mn" or "tn" or "mln" or "bln" or "trn")
                        {
                            return null; // an abbreviation needs its number
                        }
                        e = j;
                        break;
                    default:
                        return null;
                }
            }
            else
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        // "tens of billions", "hundreds of millions"; "$670-billion"
        var scaleIndex = e;
        if (digits && scaleIndex + 1 < t.Count && t[scaleIndex].Text == "-" && t[scaleIndex].Joined && t[scaleIndex + 1].Joined
            && ScaleAt(t, scaleIndex + 1, false) is not null)
        {
            scaleIndex++;
        }
        if (vague is not null && scaleIndex + 1 < t.Count && t[scaleIndex].Text == "of" && ScaleAt(t, scaleIndex + 1, false) is { Form: ScaleForm.Plural })
        {
            scaleIndex++;
        }
        var scale = leadingScale ?? ScaleAt(t, scaleIndex, allowDefinite: small is null);
        if (scale is { } s && scaleIndex > j && s.Form == ScaleForm.Dual)
        {
            scale = null; // «3 مليونين» is not a number
        }
        if (scale is { } sc && small is not null && sc.Definite)
        {
            scale = null;
        }

        if (small is { } n)
        {
            if (scale is { } s1)
            {
                return new Group(scaleIndex + 1, n * s1.Value, s1.Value, false, false, digits, prefix);
            }
            return new Group(e, n, 0, false, false, digits, prefix);
        }
        if (fraction is { } f)
        {
            if (scale is { } s2)
            {
                return new Group(scaleIndex + 1, f * s2.Value, s2.Value, false, false, false, prefix);
            }
            return isFirst ? null : new Group(e, f, 0, false, true, false, prefix);
        }
        if (vague is { } m)
        {
            if (scale is { } s3)
            {
                return new Group(scaleIndex + 1, m * s3.Value, s3.Value, true, false, false, prefix);
            }
            // «عشرات الدولارات»: valid only with a currency right after, which the caller checks.
            return isFirst ? new Group(e, m, 0, true, false, false, prefix) : null;
        }
        if (scale is { } bare && scaleIndex == j)
        {
            return bare.Form switch
            {
                ScaleForm.Dual => new Group(j + 1, 2 * bare.Value, bare.Value, false, false, false, prefix),
                ScaleForm.Plural => new Group(j + 1, bare.Value, bare.Value, true, false, false, prefix),
                _ => new Group(j + 1, bare.Value, bare.Value, false, false, false, prefix),
            };
        }
        return null;
    }

    /// <summary>
    /// Reads «خمسة», «ثلاثة عشر», «ثلاث مئة», «خمسمائة وخمسة وعشرين», «ثلاثة أرباع» starting at a unit, ten or hundred.
    /// Returns the value, the index after the last word, and whether it was a count of quarters (then a fraction).
    /// </summary>
    private static (decimal Value, int End, bool Quarters) ReadArabicSmall(IReadOnlyList<MoneyToken> t, int j, NumberWord first)
    {
        var value = first.Value;
        var last = first.Kind;
        var e = j + 1;
        if (last == NumberWordKind.Unit && value < 10 && e < t.Count && t[e].Kind == MoneyTokenKind.Arabic)
        {
            var next = t[e].Text;
            if (next is "عشر" or "عشره")
            {
                value += 10;
                last = NumberWordKind.Ten; // a teen takes nothing more after it but a scale
                e++;
                return (value, e, false);
            }
            if (NumberWords.ClassifyArabic(next) is { Kind: NumberWordKind.Hundred, Value: 100, Definite: false })
            {
                value *= 100;
                last = NumberWordKind.Hundred;
                e++;
            }
            else if (NumberWords.ClassifyArabic(next) is { Kind: NumberWordKind.Quarters })
            {
                return (value / 4, e + 1, true);
            }
        }

        var addedTen = false;
        while (e < t.Count)
        {
            // The و of a compound is glued to the next word (وعشرين) or stands alone before it.
            var k = e;
            string stem;
            if (t[k] is { Kind: MoneyTokenKind.Arabic, Text: "و" } && k + 1 < t.Count && t[k + 1].Kind == MoneyTokenKind.Arabic)
            {
                k++;
                stem = t[k].Text;
            }
            else if (t[k].Kind == MoneyTokenKind.Arabic && t[k].Text.Length > 2 && t[k].Text[0] == 'و')
            {
                stem = t[k].Text[1..];
            }
            else
            {
                break;
            }
            if (NumberWords.ClassifyArabic(stem) is not { Definite: false } w)
            {
                break;
            }
            var fits = (last, w.Kind) switch
            {
                (NumberWordKind.Hundred, NumberWordKind.Unit or NumberWordKind.Ten) => true,
                (NumberWordKind.Unit, NumberWordKind.Ten) => !addedTen,
                _ => false,
            };
            if (!fits)
            {
                break;
            }
            value += w.Value;
            e = k + 1;
            if (w.Kind == NumberWordKind.Unit && w.Value < 10 && e < t.Count && t[e].Text is "عشر" or "عشره" && last == NumberWordKind.Hundred)
            {
                value += 10; // مئة وخمسة عشر
                e++;
                break;
            }
            addedTen |= w.Kind == NumberWordKind.Ten;
            last = w.Kind;
        }
        return (value, e, false);
    }

    /// <summary>Reads "five", "twenty-five", "five hundred", "three hundred and fifty" starting at a unit, teen or ten.</summary>
    private static (decimal Value, int End) ReadEnglishSmall(IReadOnlyList<MoneyToken> t, int j, NumberWord first)
    {
        var value = first.Value;
        var e = j + 1;
        if (first.Kind == NumberWordKind.Ten && e < t.Count)
        {
            var k = e < t.Count && t[e].Text == "-" && t[e].Joined ? e + 1 : e;
            if (k < t.Count && NumberWords.ClassifyEnglish(t[k].Text) is { Kind: NumberWordKind.Unit, Value: < 10 } unit)
            {
                value += unit.Value;
                e = k + 1;
            }
        }
        if (e < t.Count && t[e].Text == "hundred")
        {
            value *= 100;
            e++;
            var k = e < t.Count && t[e].Text == "and" ? e + 1 : e;
            if (k < t.Count && NumberWords.ClassifyEnglish(t[k].Text) is { Kind: NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Ten } rest)
            {
                var (more, end) = ReadEnglishSmall(t, k, rest);
                if (more < 100)
                {
                    value += more;
                    e = end;
                }
            }
        }
        return (value, e);
    }
}
