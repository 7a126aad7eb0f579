using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DeepSeekNews.Analysis.Money;

public sealed class ExchangeRateException(string message) : Exception(message);

/// <summary>
/// Yearly average exchange rates (units of a currency per US dollar) used for <see cref="CostClaim.AmountUsd"/>.
/// The built-in table is Money/exchange-rates.json, embedded in this assembly; a deployment may load its own file
/// with the same shape (<see cref="LoadFile"/>, <see cref="Load"/>) and pass it to <see cref="ArticleAnalyzer"/>.
/// </summary>
public sealed class ExchangeRates
{
    private static readonly Lazy<ExchangeRates> EmbeddedTable = new(LoadEmbeddedTable);

    private readonly SortedDictionary<int, Dictionary<string, decimal>> _years;

    public ExchangeRates(IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        if (years.Count == 0)
        {
            throw new ExchangeRateException("The exchange-rate table has no years.");
        }
        _years = new SortedDictionary<int, Dictionary<string, decimal>>();
        foreach (var (year, rates) in years)
        {
            var table = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var (code, rate) in rates)
            {
                if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
                {
                    throw new ExchangeRateException($"'{code}' in year {year} is not an ISO 4217 code (three capital letters).");
                }
                if (rate <= 0)
                {
                    throw new ExchangeRateException($"The rate of {code} in year {year} must be positive.");
                }
                table[code] = rate;
            }
            table["USD"] = 1m;
            _years[year] = table;
        }
        Fingerprint = ComputeFingerprint(_years);
        FirstYear = _years.Keys.First();
        LatestYear = _years.Keys.Last();
    }

    /// <summary>The table embedded in this assembly (Money/exchange-rates.json).</summary>
    public static ExchangeRates Embedded => EmbeddedTable.Value;

    public int FirstYear { get; }

    /// <summary>The year used when the article's year is unknown.</summary>
    public int LatestYear { get; }

    public IEnumerable<int> Years => _years.Keys;

    /// <summary>A short hash of the table; it changes whenever a rate changes.</summary>
    public string Fingerprint { get; }

    /// <summary>
    /// The year whose rates convert a claim: <paramref name="year"/> itself when the table has it, the nearest year the
    /// table has otherwise (a 2026 article uses the latest year until a 2026 row is added), the latest year when null.
    /// </summary>
    public int RateYear(int? year)
    {
        if (year is not { } y)
        {
            return LatestYear;
        }
        if (_years.ContainsKey(y))
        {
            return y;
        }
        return y > LatestYear ? LatestYear : y < FirstYear ? FirstYear : _years.Keys.OrderBy(k => Math.Abs(k - y)).ThenByDescending(k => k).First();
    }

    /// <summary>Units of <paramref name="currency"/> per US dollar in <paramref name="year"/>, or null when the table lacks it.</summary>
    public decimal? Rate(string currency, int year) =>
        _years.TryGetValue(year, out var rates) && rates.TryGetValue(currency, out var rate) ? rate : null;

    /// <summary><paramref name="amount"/> in US dollars at the rate of <paramref name="year"/> (see <see cref="RateYear"/>), rounded to cents.</summary>
    public decimal? ToUsd(decimal amount, string currency, int? year)
    {
        var rate = Rate(currency, RateYear(year));
        return rate is { } r ? CostClaimExtractor.Money(amount / r) : null;
    }

    public static ExchangeRates LoadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ExchangeRateException($"The exchange-rate file '{path}' does not exist.");
        }
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>Reads a table shaped like Money/exchange-rates.json: { "years": { "2024": { "EUR": 0.924, … } } }.</summary>
    public static ExchangeRates Load(Stream stream, string sourceName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new ExchangeRateException($"The exchange-rate table {sourceName} is not valid JSON: {ex.Message}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("years", out var yearsElement)
                || yearsElement.ValueKind != JsonValueKind.Object)
            {
                throw new ExchangeRateException($"The exchange-rate table {sourceName} has no \"years\" object.");
            }
            var years = new Dictionary<int, IReadOnlyDictionary<string, decimal>>();
            foreach (var yearProperty in yearsElement.EnumerateObject())
            {
                if (!int.TryParse(yearProperty.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || yearProperty.Value.ValueKind != JsonValueKind.Object)
                {
                    throw new ExchangeRateException($"In {sourceName}, '{yearProperty.Name}' is not a year with an object of rates.");
                }
                var rates = new Dictionary<string, decimal>(StringComparer.Ordinal);
                foreach (var rate in yearProperty.Value.EnumerateObject())
                {
                    if (rate.Value.ValueKind != JsonValueKind.Number || !rate.Value.TryGetDecimal(out var value))
                    {
                        throw new ExchangeRateException($"In {sourceName}, the rate of {rate.Name} in {year} is not a number.");
                    }
                    rates[rate.Name] = value;
                }
                years[year] = rates;
            }
            return new ExchangeRates(years);
        }
    }

    private static ExchangeRates LoadEmbeddedTable()
    {
        using var stream = typeof(ExchangeRates).Assembly.GetManifestResourceStream("DeepSeekNews.Analysis.exchange-rates.json")
            ?? throw new ExchangeRateException("The embedded exchange-rate table is missing from DeepSeekNews.Analysis.");
        return Load(stream, "the embedded exchange-rate table");
    }

    private static string ComputeFingerprint(SortedDictionary<int, Dictionary<string, decimal>> years)
    {
        var text = new StringBuilder();
        foreach (var (year, rates) in years)
        {
            foreach (var (code, rate) in rates.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                text.Append(year).Append(code).Append(rate.ToString(CultureInfo.InvariantCulture)).Append(';');
            }
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
    }
}
