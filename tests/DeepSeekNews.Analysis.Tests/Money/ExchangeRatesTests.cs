using System.Text;
using DeepSeekNews.Analysis.Money;

namespace DeepSeekNews.Analysis.Tests.Money;

public class ExchangeRatesTests
{
    private static ExchangeRates FromJson(string json) => ExchangeRates.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test table");

    [Fact]
    public void EmbeddedTableCoversTheCurrenciesArabicBusinessPagesUse()
    {
        var rates = ExchangeRates.Embedded;

        foreach (var code in new[] { "EUR", "GBP", "EGP", "SAR", "QAR", "AED", "KWD", "JOD", "BHD", "OMR", "IQD", "TRY", "CNY", "JPY", "INR", "ILS", "MAD", "CHF" })
        {
            Assert.NotNull(rates.Rate(code, rates.LatestYear));
        }
        Assert.Equal(3.75m, rates.Rate("SAR", rates.LatestYear)); // pegged
        Assert.Equal(1m, rates.Rate("USD", rates.FirstYear));
    }

    [Fact]
    public void UnknownYearUsesTheNearestYearOfTheTable()
    {
        var rates = FromJson("""{ "years": { "2022": { "EUR": 0.9 }, "2024": { "EUR": 0.8 } } }""");

        Assert.Equal(2024, rates.RateYear(null));
        Assert.Equal(2024, rates.RateYear(2030));
        Assert.Equal(2022, rates.RateYear(2019));
        Assert.Equal(2024, rates.RateYear(2023)); // equally near: the later year
        Assert.Equal(100m, rates.ToUsd(80m, "EUR", 2026));
        Assert.Null(rates.ToUsd(80m, "GBP", 2024));
    }

    [Fact]
    public void OverrideFileReplacesTheBuiltInTable()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rates-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "years": { "2025": { "EGP": 50 } } }""");
        try
        {
            var analyzer = new ArticleAnalyzer(ArticleAnalyzer.CreateDefault().Catalog, ExchangeRates.LoadFile(path));

            var claim = Assert.Single(analyzer.Analyze("بلغت التكلفة 5 ملايين جنيه مصري").CostClaims);

            Assert.Equal(100_000m, claim.AmountUsd);
            Assert.Equal(2025, claim.RateYear);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("""{ "rates": {} }""", "no \"years\" object")]
    [InlineData("""{ "years": { "next": { "EUR": 1 } } }""", "not a year")]
    [InlineData("""{ "years": { "2024": { "euro": 1 } } }""", "not an ISO 4217 code")]
    [InlineData("""{ "years": { "2024": { "EUR": 0 } } }""", "must be positive")]
    [InlineData("""{ "years": { "2024": { "EUR": "0.9" } } }""", "is not a number")]
    [InlineData("""{ "years": {} }""", "has no years")]
    public void BrokenTableIsRejectedWithAReason(string json, string reason)
    {
        var error = Assert.Throws<ExchangeRateException>(() => FromJson(json));

        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void MissingFileIsRejectedWithItsPath()
    {
        var error = Assert.Throws<ExchangeRateException>(() => ExchangeRates.LoadFile("/nonexistent/rates.json"));

        Assert.Contains("/nonexistent/rates.json", error.Message);
    }
}
