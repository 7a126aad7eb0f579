using System.Globalization;

namespace DeepSeekNews.Analysis.Tests.Money;

/// <summary>
/// The expected claim of one phrase, written compactly so a table of phrases stays readable:
/// <c>amount 6000000 USD atMost</c>, <c>amount 5000000-10000000 EUR range</c>, <c>amount 1e10 - unspecified</c>
/// (no currency), <c>ratio 10 lower</c>, <c>qualitative</c>, <c>none</c>.
/// </summary>
internal sealed record ClaimSpec(CostClaimKind? Kind, decimal? Amount, decimal? AmountMax, string? Currency, CostBound? Bound, decimal? Factor, RatioDirection? Direction)
{
    public static ClaimSpec Parse(string spec)
    {
        var parts = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (parts[0])
        {
            case "none":
                return new ClaimSpec(null, null, null, null, null, null, null);
            case "qualitative":
                return new ClaimSpec(CostClaimKind.Qualitative, null, null, null, null, null, null);
            case "ratio":
                return new ClaimSpec(CostClaimKind.Ratio, null, null, null, null, Number(parts[1]), Enum.Parse<RatioDirection>(parts[2], ignoreCase: true));
            case "amount":
                var values = parts[1].Split('-');
                return new ClaimSpec(
                    CostClaimKind.Amount,
                    Number(values[0]),
                    values.Length > 1 ? Number(values[1]) : null,
                    parts[2] == "-" ? null : parts[2],
                    Enum.Parse<CostBound>(parts[3], ignoreCase: true),
                    null,
                    null);
            default:
                throw new ArgumentException($"Unknown claim spec '{spec}'.");
        }
    }

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Checks the claims found in <paramref name="phrase"/> against this spec; returns what differs, or null.</summary>
    public string? Mismatch(string phrase, IReadOnlyList<CostClaim> claims)
    {
        var scored = claims.Where(c => c.Kind is CostClaimKind.Amount or CostClaimKind.Ratio).ToList();
        string Describe() => string.Join("; ", claims.Select(c =>
            $"{c.Kind} '{c.Surface}' {c.Amount}-{c.AmountMax} {c.Currency} {c.Bound} x{c.Factor} {c.Direction}"));

        if (Kind is null)
        {
            return scored.Count == 0 ? null : $"'{phrase}': expected no money claim, got {Describe()}";
        }
        if (Kind == CostClaimKind.Qualitative)
        {
            return scored.Count == 0 && claims.Count(c => c.Kind == CostClaimKind.Qualitative) == 1
                ? null
                : $"'{phrase}': expected one qualitative claim, got {Describe()}";
        }
        if (scored.Count != 1)
        {
            return $"'{phrase}': expected one {Kind} claim, got {Describe()}";
        }
        var claim = scored[0];
        var ok = claim.Kind == Kind
            && claim.Amount == Amount && claim.AmountMax == AmountMax && claim.Currency == Currency && claim.Bound == Bound
            && claim.Factor == Factor && claim.Direction == Direction;
        return ok ? null : $"'{phrase}': expected {this}, got {Describe()}";
    }
}
