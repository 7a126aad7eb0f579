using System.Text.RegularExpressions;

namespace DeepSeekNews.Ingestion.Extraction;

/// <summary>
/// Reads dates as Arabic pages print them: «28 يناير 2025», «الثلاثاء 28 كانون الثاني 2025»,
/// «٢٨ يناير ٢٠٢٥», Maghrebi «28 جانفي 2025», with an optional clock time («10:30 ص»).
/// </summary>
public static partial class ArabicDates
{
    private static readonly (string Name, int Month)[] Months =
    [
        ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("ابريل", 4), ("إبريل", 4), ("مايو", 5), ("يونيو", 6), ("يونيه", 6),
        ("يوليو", 7), ("يوليه", 7), ("أغسطس", 8), ("اغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10), ("اكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
        ("كانون الثاني", 1), ("شباط", 2), ("آذار", 3), ("اذار", 3), ("نيسان", 4), ("أيار", 5), ("ايار", 5), ("حزيران", 6), ("تموز", 7),
        ("آب", 8), ("اب", 8), ("أيلول", 9), ("ايلول", 9), ("تشرين الأول", 10), ("تشرين الاول", 10), ("تشرين الثاني", 11),
        ("كانون الأول", 12), ("كانون الاول", 12),
        ("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("افريل", 4), ("ماي", 5), ("جوان", 6), ("جويلية", 7), ("أوت", 8), ("اوت", 8),
    ];

    private static readonly Dictionary<string, int> MonthByName = Months.ToDictionary(m => m.Name, m => m.Month);

    /// <summary>The first Arabic date in the text, or null.</summary>
    public static DateTimeOffset? Find(string text)
    {
        foreach (var (value, _) in FindAll(text))
            return value;
        return null;
    }

    public static IEnumerable<(DateTimeOffset Value, int Index)> FindAll(string text)
    {
        var ascii = ToAsciiDigits(text);
        foreach (Match m in DatePattern().Matches(ascii))
        {
            var month = MonthByName[Regex.Replace(m.Groups["month"].Value, @"\s+", " ")];
            var day = int.Parse(m.Groups["day"].Value);
            var year = int.Parse(m.Groups["year"].Value);
            if (day is < 1 or > 31 || year is < 1990 or > 2100 || day > DateTime.DaysInMonth(year, month))
                continue;
            var hour = 0;
            var minute = 0;
            if (m.Groups["hour"].Success)
            {
                hour = int.Parse(m.Groups["hour"].Value);
                minute = int.Parse(m.Groups["minute"].Value);
                var half = m.Groups["half"].Value;
                if (half.StartsWith('م') && hour < 12)
                    hour += 12;
                else if (half.StartsWith('ص') && hour == 12)
                    hour = 0;
                if (hour > 23 || minute > 59)
                    (hour, minute) = (0, 0);
            }
            yield return (new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero), m.Index);
        }
    }

    internal static string ToAsciiDigits(string text)
    {
        if (!text.Any(c => c is >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9'))
            return text;
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                    >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                    _ => c,
                };
            }
        });
    }

    [GeneratedRegex(@"(?<![\d\w])(?<day>\d{1,2})\s*(?:من\s+)?(?<month>يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون\s+الثاني|كانون\s+الأول|كانون\s+الاول|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|اب|أيلول|ايلول|تشرين\s+الأول|تشرين\s+الاول|تشرين\s+الثاني|جانفي|فيفري|أفريل|افريل|ماي|جوان|جويلية|أوت|اوت)(?:\s*[/(]\s*[\u0600-\u06FF ]{2,14}\)?)?\s*[،,/-]?\s*(?<year>\d{4})(?!\d)(?:\s*م\b)?(?:[\s،,|-]{1,6}(?:الساعة\s*)?(?<hour>\d{1,2}):(?<minute>\d{2})(?::\d{2})?\s*(?<half>صباحا|صباحاً|مساء|مساءً|ص|م)?)?")]
    private static partial Regex DatePattern();
}
