using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace DeepSeekNews.Analysis.Entities;

/// <summary>One entity the recognizer knows, as written in the catalog data file.</summary>
/// <param name="Id">Stable kebab-case id (<c>deepseek</c>, <c>sam-altman</c>).</param>
/// <param name="Name">Canonical name, in Latin script where the entity has one.</param>
/// <param name="Aliases">Spellings that name the entity on their own, in any script.</param>
/// <param name="CueAliases">Short or ambiguous spellings (R1, o3, X, أبل) that count only with a cue word before
/// them or with <paramref name="Owner"/> named in the same article.</param>
/// <param name="Owner">For products: the id of the maker; for people: the organisation they are best known for.</param>
/// <param name="Gender">For people: "male" or "female", so that verbs and pronouns can be made to agree.</param>
/// <param name="ShortForms">For people: the surname or first name that names them once they have been named in
/// full in the same article (ألتمان, Altman). When absent, the first and last words of the multi-word aliases are used.</param>
/// <param name="Adjectives">For places: the adjectives derived from the name (صيني, الصينية, Chinese). They are never
/// mentions of the place; relation patterns read them («الرئيس الأميركي»), and an alias that is also listed here
/// (السعودية) is read as the adjective right after a definite noun (الشركات السعودية).</param>
/// <param name="ContextWords">Words that point to this entity when one of its spellings is shared with another entry
/// (غروك is Groq beside «رقائق», Grok beside «روبوت الدردشة»), or that let a cue alias count when they stand in the same
/// paragraph («وزارة التجارة» beside «قيود التصدير»).</param>
public sealed record CatalogEntry(
    string Id,
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string>? CueAliases = null,
    string? Owner = null,
    string? Gender = null,
    IReadOnlyList<string>? ShortForms = null,
    IReadOnlyList<string>? Adjectives = null,
    IReadOnlyList<string>? ContextWords = null)
{
    // A JSON entry may list only cue aliases; a missing "aliases" array reads as empty.
    public IReadOnlyList<string> Aliases { get; init; } = Aliases ?? [];

    public IReadOnlyList<string> CueAliases { get; init; } = CueAliases ?? [];

    public IReadOnlyList<string> Adjectives { get; init; } = Adjectives ?? [];

    public IReadOnlyList<string> ContextWords { get; init; } = ContextWords ?? [];
}

public sealed class CatalogException(string message) : Exception(message);

/// <summary>
/// The entity catalog: data, not code. The built-in one is embedded in this assembly (Entities/catalog.json);
/// a deployment may replace it with its own file and curators may add entries at run time (<see cref="With"/>).
/// </summary>
public sealed partial class EntityCatalog
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Dictionary<string, CatalogEntry> _byId;

    public EntityCatalog(IEnumerable<CatalogEntry> entries)
    {
        Entries = entries.ToList();
        _byId = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            Validate(entry);
            if (!_byId.TryAdd(entry.Id, entry))
            {
                throw new CatalogException($"The entity id '{entry.Id}' appears twice in the catalog.");
            }
        }
        foreach (var entry in Entries)
        {
            if (entry.Owner is not null && !_byId.ContainsKey(entry.Owner))
            {
                throw new CatalogException($"Entity '{entry.Id}' names owner '{entry.Owner}', which is not in the catalog.");
            }
        }
        Fingerprint = ComputeFingerprint(Entries);
    }

    public IReadOnlyList<CatalogEntry> Entries { get; }

    /// <summary>A short hash of the catalog's content; it changes whenever an entry or alias changes.</summary>
    public string Fingerprint { get; }

    public CatalogEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The catalog embedded in this assembly.</summary>
    public static EntityCatalog LoadEmbedded()
    {
        using var stream = typeof(EntityCatalog).Assembly.GetManifestResourceStream("DeepSeekNews.Analysis.catalog.json")
            ?? throw new CatalogException("The embedded entity catalog is missing from DeepSeekNews.Analysis.");
        return Load(stream, "the embedded catalog");
    }

    public static EntityCatalog LoadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new CatalogException($"The entity catalog file '{path}' does not exist.");
        }
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    public static EntityCatalog Load(Stream stream, string sourceName)
    {
        CatalogFile? file;
        try
        {
            file = JsonSerializer.Deserialize<CatalogFile>(stream, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new CatalogException($"The entity catalog {sourceName} is not valid JSON: {ex.Message}");
        }
        if (file?.Entities is null)
        {
            throw new CatalogException($"The entity catalog {sourceName} has no \"entities\" array.");
        }
        return new EntityCatalog(file.Entities);
    }

    /// <summary>This catalog with <paramref name="extra"/> entries added; an extra entry with a known id adds its aliases.</summary>
    public EntityCatalog With(IEnumerable<CatalogEntry> extra)
    {
        var merged = Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var order = Entries.Select(e => e.Id).ToList();
        foreach (var entry in extra)
        {
            if (merged.TryGetValue(entry.Id, out var existing))
            {
                merged[entry.Id] = existing with
                {
                    Aliases = existing.Aliases.Union(entry.Aliases, StringComparer.Ordinal).ToList(),
                    CueAliases = existing.CueAliases.Union(entry.CueAliases, StringComparer.Ordinal).ToList(),
                    ShortForms = existing.ShortForms is null && entry.ShortForms is null
                        ? null
                        : (existing.ShortForms ?? []).Union(entry.ShortForms ?? [], StringComparer.Ordinal).ToList(),
                    Adjectives = existing.Adjectives.Union(entry.Adjectives, StringComparer.Ordinal).ToList(),
                    ContextWords = existing.ContextWords.Union(entry.ContextWords, StringComparer.Ordinal).ToList(),
                    Gender = existing.Gender ?? entry.Gender,
                    Owner = existing.Owner ?? entry.Owner,
                };
            }
            else
            {
                merged[entry.Id] = entry;
                order.Add(entry.Id);
            }
        }
        return new EntityCatalog(order.Select(id => merged[id]));
    }

    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    private static void Validate(CatalogEntry entry)
    {
        if (string.IsNullOrWhiteSpace(entry.Id) || !IsValidId(entry.Id))
        {
            throw new CatalogException($"Entity id '{entry.Id}' must be lower-case letters, digits and single hyphens.");
        }
        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            throw new CatalogException($"Entity '{entry.Id}' has no name.");
        }
        if (!Enum.IsDefined(entry.Type))
        {
            throw new CatalogException($"Entity '{entry.Id}' has an unknown type.");
        }
        if (entry.Aliases.Count + entry.CueAliases.Count == 0)
        {
            throw new CatalogException($"Entity '{entry.Id}' has no aliases.");
        }
        if (entry.Aliases.Concat(entry.CueAliases).Concat(entry.ShortForms ?? []).Concat(entry.Adjectives).Concat(entry.ContextWords).Any(a => string.IsNullOrWhiteSpace(a)))
        {
            throw new CatalogException($"Entity '{entry.Id}' has an empty alias, short form, adjective or context word.");
        }
        if (entry.Gender is not (null or "male" or "female"))
        {
            throw new CatalogException($"Entity '{entry.Id}' has gender '{entry.Gender}'; use \"male\" or \"female\".");
        }
    }

    private static string ComputeFingerprint(IEnumerable<CatalogEntry> entries)
    {
        var text = JsonSerializer.Serialize(entries, JsonOptions);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    private sealed record CatalogFile(List<CatalogEntry>? Entities);
}
