using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace DeepSeekNews.Api.Endpoints;

/// <summary>
/// Parses the query parameters that lists share (pageSize, cursor, from, to), collecting a message per bad value so
/// the client gets one problem+json naming everything to fix.
/// </summary>
public sealed class QueryParameters
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;

    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public IDictionary<string, string[]> Errors => _errors;

    public int PageSize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DefaultPageSize;
        }
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) || size is < 1 or > MaxPageSize)
        {
            Add("pageSize", $"pageSize must be a whole number from 1 to {MaxPageSize}; got '{value}'.");
            return DefaultPageSize;
        }
        return size;
    }

    /// <summary>A lower date bound: a date means its start, a time is taken as given (UTC unless it has an offset).</summary>
    public DateTime? From(string? value) => Date("from", value, endOfDay: false);

    /// <summary>An upper date bound, exclusive: a bare date includes that whole day.</summary>
    public DateTime? To(string? value) => Date("to", value, endOfDay: true);

    /// <param name="byDate">True when the list is sorted by date, so the key must be a valid time.</param>
    public Cursor? Cursor(string? value, bool byDate = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (Endpoints.Cursor.TryDecode(value, out var cursor) && (!byDate || cursor.Key is >= 0 and <= 3155378975999999999))
        {
            return cursor;
        }
        Add("cursor", "cursor is not one this service issued; pass the nextCursor of the previous page unchanged.");
        return null;
    }

    public double? Number(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return number;
        }
        Add(name, $"{name} must be a number such as 1000000; got '{value}'.");
        return null;
    }

    /// <summary>A value of <typeparamref name="T"/> by name (case-insensitive), or null when absent.</summary>
    public T? Choice<T>(string name, string? value) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }
        var names = string.Join(", ", Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
        Add(name, $"{name} must be one of {names}; got '{value}'.");
        return null;
    }

    public void CheckRange(DateTime? from, DateTime? to)
    {
        if (from is not null && to is not null && from >= to)
        {
            Add("to", "to must be later than from.");
        }
    }

    /// <summary>The 400 answer naming every bad parameter, with all the messages in its detail as well.</summary>
    public Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Problem() =>
        TypedResults.ValidationProblem(_errors, detail: string.Join(" ", _errors.Values.SelectMany(m => m)), title: "Invalid query parameters");

    public void Add(string name, string message) =>
        _errors[name] = _errors.TryGetValue(name, out var existing) ? [.. existing, message] : [message];

    private DateTime? Date(string name, string? value, bool endOfDay)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var start = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            return endOfDay ? start.AddDays(1) : start;
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var moment))
        {
            return moment.UtcDateTime;
        }
        Add(name, $"{name} must be an ISO 8601 date or time such as 2025-01-28 or 2025-01-28T09:30:00Z; got '{value}'.");
        return null;
    }
}

/// <summary>An opaque keyset position: the sort key and the id of the last item of a page.</summary>
public readonly record struct Cursor(long Key, long Id)
{
    public static Cursor After(DateTime date, long id) => new(date.Ticks, id);

    public static Cursor After(double amount, long id) => new(BitConverter.DoubleToInt64Bits(amount), id);

    public DateTime Date => new(Key, DateTimeKind.Utc);

    public double Amount => BitConverter.Int64BitsToDouble(Key);

    public string Encode() =>
        WebEncoders.Base64UrlEncode(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"v1:{Key}:{Id}")));

    public static bool TryDecode(string value, out Cursor cursor)
    {
        cursor = default;
        try
        {
            var parts = Encoding.ASCII.GetString(WebEncoders.Base64UrlDecode(value)).Split(':');
            if (parts.Length == 3 && parts[0] == "v1"
                && long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var key)
                && long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            {
                cursor = new Cursor(key, id);
                return true;
            }
        }
        catch (FormatException)
        {
        }
        return false;
    }
}
