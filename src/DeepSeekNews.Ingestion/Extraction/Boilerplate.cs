using System.Text.RegularExpressions;

namespace DeepSeekNews.Ingestion.Extraction;

/// <summary>Short lines that label furniture rather than say anything (in English and Arabic).</summary>
internal static partial class Boilerplate
{
    public static bool IsLabel(string line) => line.Length <= 60 && Label().IsMatch(line);

    /// <summary>A short «نشر في: 04 مارس 2025 - 14:20» or «آخر تحديث …» line: when, not what.</summary>
    public static bool IsDateline(string line) =>
        line.Length <= 120 && DatelineWord().IsMatch(line) && ArabicDates.Find(line) is not null;

    [GeneratedRegex(@"نشر في|نُشر|تاريخ النشر|تم النشر|آخر تحديث|اخر تحديث|تم التحديث")]
    private static partial Regex DatelineWord();

    [GeneratedRegex(@"^\W*(advertisement|advertising|sponsored( content)?|ad|story continues below( advertisement)?|continue reading( below)?|read more|read also|see also|related( articles| stories| content| coverage)?|more from [^.]+|share( this( article| story)?)?|share on \w+|follow us( on \w+)?|sign up( for [^.]+)?|subscribe( now| to [^.]+)?|click here[^.]*|comments?|\d+ comments?|print|email|tweet|whatsapp|facebook|twitter|linkedin|telegram|إعلان|اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد|إقرأ أيضا|إقرأ أيضاً|شاهد أيضا|شاهد أيضاً|مواضيع ذات صلة|أخبار ذات صلة|ذات صلة|شارك|مشاركة|تابعنا|تابعونا على [^.]+|اشترك( في [^.]+)?|النشرة البريدية)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
