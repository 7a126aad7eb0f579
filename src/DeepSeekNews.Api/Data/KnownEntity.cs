using DeepSeekNews.Analysis;

namespace DeepSeekNews.Api.Data;

/// <summary>
/// A row of the entity catalog. Built-in entries are copied from the analysis catalog at start-up so that mentions
/// can reference them; curated entries (added through the API) live only here and are merged into the analyser.
/// </summary>
public sealed class KnownEntity
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public EntityType Type { get; set; }

    public string? Owner { get; set; }

    /// <summary>True when a curator added the entity through the API (it is not in the built-in catalog).</summary>
    public bool IsCurated { get; set; }

    public List<EntityAlias> Aliases { get; set; } = [];
}

/// <summary>A spelling of a catalog entity. Built-in aliases are mirrored for reading; curated ones feed the analyser.</summary>
public sealed class EntityAlias
{
    public int Id { get; set; }

    public required string EntityId { get; set; }

    public required string Alias { get; set; }

    /// <summary>Counts only with a cue word before it or its owner named in the same article.</summary>
    public bool NeedsCue { get; set; }

    public bool IsCurated { get; set; }

    public DateTime AddedAt { get; set; }
}
