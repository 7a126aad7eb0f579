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
public sealed record CatalogEntry(
    string Id,
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string>? CueAliases = null,
    string? Owner = null)
{
    public IReadOnlyList<string> CueAliases { get; init; } = CueAliases ?? [];
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
        if ((entry.Aliases?.Count ?? 0) + entry.CueAliases.Count == 0)
        {
            throw new CatalogException($"Entity '{entry.Id}' has no aliases.");
        }
        if (entry.Aliases!.Concat(entry.CueAliases).Any(a => string.IsNullOrWhiteSpace(a)))
        {
            throw new CatalogException($"Entity '{entry.Id}' has an empty alias.");
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
