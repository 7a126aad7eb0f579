namespace DeepSeekNews.Analysis.Tests.Money;

/// <summary>
/// Sentences shuffled together from money vocabulary, numbers and punctuation (a fixed seed, so every run sees
/// the same ones): whatever the order, the extractor must not throw and every claim must stay consistent.
/// </summary>
public class CostClaimRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "بين", "و", "من", "إلى", "أقل", "من", "أكثر", "نحو", "بتكلفة", "تكلفة", "أرخص", "أقوى", "بعشر", "مرات", "مرة", "أضعاف",
        "نصف", "ربع", "مليار", "مليارات", "ملايين", "مليون", "المليارات", "ألف", "آلاف", "عشرات", "مئات", "ونصف", "ومليار",
        "دولار", "الدولارات", "ريال", "دينار", "جنيه", "يورو", "ين", "سنتا", "دولارين", "$", "€", "£", "¥", "USD", "m", "bn",
        "million", "billion", "between", "and", "to", "-", "%", "٪", ".", "،", ",", "(", ")", "\"", "\n", "5", "10", "2.5",
        "1,200", "25.000", "٦", "۳", "2024", "99999999999999999999", "0", "خمسمائة", "وخمسة", "وعشرين", "عشر", "twice",
        "times", "cheaper", "x", "the", "cost", "of", "a", "half", "ج", "م", "ر", "س", "ديب", "سيك", "R1", "نموذج", "إنفيديا",
        "تجاوزت", "لم", "تتجاوز", "على", "الأقل", "تقريباً", "ما", "بضعة", "of dollars", "tens", "hundreds", "fold",
    ];

    [Fact]
    public void ShuffledMoneyWordsNeverBreakTheExtractor()
    {
        var analyzer = ArticleAnalyzer.CreateDefault();
        var random = new Random(20250127);
        var claimsSeen = 0;
        for (var n = 0; n < 1500; n++)
        {
            var length = random.Next(1, 25);
            var text = string.Join(random.Next(4) == 0 ? "" : " ", Enumerable.Range(0, length).Select(_ => Pieces[random.Next(Pieces.Length)]));

            var claims = analyzer.Analyze(text).CostClaims;

            foreach (var claim in claims)
            {
                claimsSeen++;
                Assert.True(claim.Start < claim.End, $"empty claim in «{text}»");
                Assert.Equal(text[claim.Start..claim.End], claim.Surface);
                Assert.True(claim.Amount is null or >= 0, $"negative amount in «{text}»");
                if (claim.Bound == CostBound.Range)
                {
                    Assert.True(claim.AmountMax > claim.Amount, $"range out of order in «{text}»");
                }
                if (claim.Kind == CostClaimKind.Ratio)
                {
                    Assert.True(claim.Factor > 1 && claim.Direction is not null, $"bad ratio in «{text}»");
                }
                if (claim.Kind == CostClaimKind.Qualitative)
                {
                    Assert.Null(claim.Amount);
                }
            }
        }
        Assert.True(claimsSeen > 100, $"only {claimsSeen} claims: the generator no longer exercises the rules");
    }

    [Fact]
    public void EmptyAndPunctuationOnlyTextsHaveNoClaims()
    {
        var analyzer = ArticleAnalyzer.CreateDefault();

        Assert.Empty(analyzer.Analyze("").CostClaims);
        Assert.Empty(analyzer.Analyze("... ، ؟ $ € - %").CostClaims);
    }
}
