using Xunit.Abstractions;

namespace DeepSeekNews.Analysis.Tests.Quotes;

/// <summary>
/// The articles another engineer wrote for the entity tests (Entities/Articles), with their quotes annotated here: text
/// the quote rules were not written from. Scored the way score_analysis.py scores quotes: a quote is found when one in
/// its paragraph contains the annotated words, and attributed when its speaker's name is the annotated one. People
/// named only by where they work speak for it («محللون في فايننشال تايمز» → Financial Times), as in the blind set.
/// </summary>
public class WrittenArticleQuoteTests(ITestOutputHelper output)
{
    private sealed record Expected(string Article, int Paragraph, string Evidence, string Speaker, bool Optional = false);

    private static readonly Expected[] Annotated =
    [
        new("anthropic-amazon", 3, "الشراكة ستسمح للشركة", "Dario Amodei"),
        new("anthropic-amazon", 3, "الطلب على \"كلود\" في تزايد", "Andy Jassy"),
        new("chips-export", 2, "واشنطن لن تسمح لبكين", "Gina Raimondo"),
        new("chips-export", 4, "الطلب الصيني على رقائق H20 ارتفع", "Financial Times"),
        new("chips-export", 5, "القيود قد تمنح المنافسين الصينيين", "Jensen Huang"),
        new("chips-export", 5, "السوق الصينية تبلغ قيمتها", "Jensen Huang"),
        new("chips-export", 5, "إنفيديا ستواصل الامتثال", "Jensen Huang"),
        new("deepseek-aftermath", 2, "ظهور النموذج الصيني يمثل", "Marc Andreessen"),
        new("deepseek-aftermath", 2, "جرس إنذار", "Donald Trump"),
        new("deepseek-aftermath", 3, "الشركة الصينية تمتلك على الأرجح", "Alexandr Wang"),
        new("deepseek-aftermath", 6, "انخفاض تكلفة الذكاء الاصطناعي سيزيد الطلب", "Satya Nadella"),
        new("deepseek-aftermath", 6, "الدرس الحقيقي هو تفوق النماذج المفتوحة", "Yann LeCun"),
        new("english-selloff", 1, "its R1 model matched OpenAI", "DeepSeek"),
        new("english-selloff", 2, "DeepSeek is an excellent AI advancement", "Nvidia"),
        new("english-selloff", 2, "inference still requires significant numbers", "Nvidia"),
        new("english-selloff", 3, "a wake-up call for US industry", "Donald Trump", Optional: true),
        new("english-selloff", 3, "cheaper AI would drive demand", "Satya Nadella"),
        new("english-selloff", 4, "open-source models were surpassing proprietary ones", "Yann LeCun"),
        new("english-selloff", 6, "the market had a meta moment", "one trader", Optional: true),
        new("gulf-europe", 1, "أعلنت شركة G42 الإماراتية", "WAM", Optional: true),
        new("gulf-europe", 2, "الشركة تعمل مع معهد الابتكار", "Peng Xiao"),
        new("gulf-europe", 4, "أسرع من ChatGPT", "Arthur Mensch"),
        new("nvidia-selloff", 3, "الشركة لا تزال ترى طلباً قوياً", "Jensen Huang"),
        new("nvidia-selloff", 3, "نماذج الاستدلال مثل R1 تحتاج", "Jensen Huang"),
        new("nvidia-selloff", 4, "درّبت نموذجها V3", "DeepSeek"),
        new("nvidia-selloff", 5, "مثير للإعجاب", "Sam Altman"),
        new("nvidia-selloff", 5, "أوبن إيه آي ستواصل ضخ الاستثمارات", "Sam Altman"),
        new("nvidia-selloff", 5, "الشركة ستطلق نماذج أفضل قريباً", "Sam Altman"),
        new("nvidia-selloff", 6, "المملكة تتابع هذه التطورات", "SDAIA"),
        new("qwen", 1, "يتفوق على نموذج DeepSeek-V3", "Alibaba"),
        new("qwen", 3, "يضاهي نموذج o1", "Moonshot AI"),
        new("qwen", 4, "الذكاء الاصطناعي يمثل أكبر فرصة", "Eddie Wu"),
        new("qwen", 5, "المنافسة الشرسة بين الشركات الصينية", "محللون"),
        new("stargate", 3, "أول مراكز البيانات قيد الإنشاء", "Larry Ellison"),
        new("stargate", 4, "المشروع سيساعد في تطوير", "Sam Altman"),
        new("stargate", 4, "سوفت بنك لا تملك هذه الأموال", "Elon Musk"),
        new("stargate", 5, "رائع للبلاد", "Sam Altman"),
    ];

    [Fact]
    public void ArticlesWrittenByAnotherHandKeepAttributedQuoteF1AboveNinety()
    {
        var analyzer = ArticleAnalyzer.CreateDefault();
        int found = 0, attributed = 0, spurious = 0, required = 0;
        foreach (var article in Annotated.GroupBy(e => e.Article))
        {
            var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Entities", "Articles", article.Key + ".txt"));
            var quotes = analyzer.Analyze(text).Quotes.ToList();
            var matched = new HashSet<Quote>();
            foreach (var expected in article)
            {
                var hit = quotes.FirstOrDefault(q => !matched.Contains(q) && Paragraph(text, q.Start) == expected.Paragraph
                    && q.Text.Contains(expected.Evidence, StringComparison.Ordinal));
                required += expected.Optional ? 0 : 1;
                if (hit is null)
                {
                    if (!expected.Optional)
                    {
                        output.WriteLine($"{article.Key}: missed «{expected.Evidence}»");
                    }
                    continue;
                }
                matched.Add(hit);
                if (expected.Optional)
                {
                    continue;
                }
                found++;
                if (Canonical(hit.Speaker?.Name) == Canonical(expected.Speaker))
                {
                    attributed++;
                }
                else
                {
                    output.WriteLine($"{article.Key}: «{expected.Evidence}» by {hit.Speaker?.Name}, annotated {expected.Speaker}");
                }
            }
            foreach (var extra in quotes.Where(q => !matched.Contains(q)))
            {
                spurious++;
                output.WriteLine($"{article.Key}: spurious «{extra.Text}» by {extra.Speaker?.Name}");
            }
        }

        var precision = (double)attributed / (found + spurious);
        var recall = (double)attributed / required;
        var f1 = 2 * precision * recall / (precision + recall);
        output.WriteLine($"{required} quotes annotated, {found} found, {attributed} attributed, {spurious} spurious: attributed F1 {f1:0.000}");
        Assert.True(f1 >= 0.9, $"attributed quote F1 {f1:0.000}");
    }

    private static int Paragraph(string text, int offset) => text[..offset].Count(c => c == '\n') + 1;

    /// <summary>Names compared without marks, spaces or case, as the scoring tool compares them.</summary>
    private static string Canonical(string? name) =>
        new((name ?? "").Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
