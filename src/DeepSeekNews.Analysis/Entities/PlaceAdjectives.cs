using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Analysis.Entities;

/// <summary>
/// The adjectives of the catalog's places (صيني، الصينية، Chinese → China). An adjective is never a mention of the
/// place, but it tells relation patterns which country a title belongs to («الرئيس الأميركي»). Besides the forms the
/// catalog lists, the regular nisba forms of one-word Arabic names (مصر → مصري، مصرية، المصريون) are known as
/// adjectives, so that typo matching never reads them as the name.
/// </summary>
public sealed class PlaceAdjectives
{
    private readonly Dictionary<string, CatalogEntry> _listed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CatalogEntry>.AlternateLookup<ReadOnlySpan<char>> _listedLookup;
    private readonly HashSet<string> _all = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _allLookup;

    public PlaceAdjectives(EntityCatalog catalog)
    {
        _listedLookup = _listed.GetAlternateLookup<ReadOnlySpan<char>>();
        _allLookup = _all.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var entry in catalog.Entries.Where(e => e.Type == EntityType.Location))
        {
            foreach (var adjective in entry.Adjectives)
            {
                foreach (var form in WithArticle(TextNormalizer.NormalizeString(adjective)))
                {
                    _listed.TryAdd(form, entry);
                    _all.Add(form);
                }
            }
            foreach (var alias in entry.Aliases)
            {
                var name = TextNormalizer.NormalizeString(alias);
                if (name.Contains(' ') || !name.All(TextNormalizer.IsArabicLetter))
                {
                    continue;
                }
                var stem = name.StartsWith("ال", StringComparison.Ordinal) ? name[2..] : name;
                stem = stem.TrimEnd('ا', 'ه');
                if (stem.Length < 3)
                {
                    continue;
                }
                foreach (var ending in new[] { "ي", "يه", "يون", "يين" })
                {
                    foreach (var form in WithArticle(stem + ending))
                    {
                        _all.Add(form);
                    }
                }
            }
        }
    }

    /// <summary>Every adjective form known, normalised.</summary>
    public IEnumerable<string> Forms => _all;

    /// <summary>True for a normalised word that is a place adjective (listed or regular).</summary>
    public bool IsAdjective(ReadOnlySpan<char> normalized) => _allLookup.Contains(normalized);

    /// <summary>The place a listed adjective belongs to (الأميركي → United States), or null.</summary>
    public CatalogEntry? PlaceOf(ReadOnlySpan<char> normalized) => _listedLookup.TryGetValue(normalized, out var entry) ? entry : null;

    private static IEnumerable<string> WithArticle(string form)
    {
        yield return form;
        if (form.Length > 0 && TextNormalizer.IsArabicLetter(form[0]) && !form.StartsWith("ال", StringComparison.Ordinal))
        {
            yield return "ال" + form;
        }
    }
}
