using System.Text;

namespace DeepSeekNews.Analysis.Tests.Quotes;

public class RobustnessTests
{
    private static readonly string[] Pieces =
    [
        "قال", "وقال", "أضاف", "وأضافت", "إن", "أن", "بأن", "إلى", "«", "»", "\"", "“", "”", "„", "‹", "›", ":", "،", ".", "\n",
        "سام ألتمان", "شركة", "إنفيديا", "مصدر", "مطلع", "بحسب", "وفقاً", "لـ", "نقلاً", "عن", "قائلاً", "الرئيس", "التنفيذي",
        "أحد", "المشاركين", "في", "مقال", "صحيفة", "بكين ديلي", "أما", "فقد", "اعتبرت", "ووصفتها", "بأنها", "ب", "said", "he",
        "according", "to", "Reuters", ",", "that", "ديب سيك", "عدد", "من", "على", "حد", "قوله", "ورد", "التقارير", "يُقال",
        "كتب", "؟", "!", "…", "البعض", "ّ", "ـ",
    ];

    [Theory]
    [InlineData(null)]
    [InlineData("en")]
    public void QuotesStayInsideTheTextWhateverTheInput(string? language)
    {
        var analyzer = ArticleAnalyzer.CreateDefault();
        var random = new Random(20250127);
        for (var i = 0; i < 400; i++)
        {
            var builder = new StringBuilder();
            for (var k = random.Next(1, 60); k > 0; k--)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
                if (random.Next(3) > 0)
                {
                    builder.Append(' ');
                }
            }
            var text = builder.ToString();

            var quotes = analyzer.Analyze(text, language).Quotes;

            foreach (var quote in quotes)
            {
                Assert.InRange(quote.Start, 0, quote.End);
                Assert.InRange(quote.End, quote.Start, text.Length);
                Assert.NotNull(quote.Speaker);
                Assert.False(string.IsNullOrWhiteSpace(quote.Speaker.Name));
            }
            Assert.Equal(quotes.OrderBy(q => q.Start).ToList(), quotes);
            for (var q = 1; q < quotes.Count; q++)
            {
                Assert.True(quotes[q - 1].End <= quotes[q].Start, $"overlapping quotes in: {text}");
            }
        }
    }
}
