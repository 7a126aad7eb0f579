using DeepSeekNews.Analysis.Entities;
using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Analysis;

/// <summary>
/// Everything the extractors share about one article: the original text, its normalised copy with the offset map,
/// its words, its language and the catalog entities found in it. Built once per article by <see cref="ArticleAnalyzer"/>.
/// </summary>
public sealed class AnalyzedText
{
    public AnalyzedText(NormalizedText normalized, IReadOnlyList<Token> tokens, string language, IReadOnlyList<EntityMatch> entities, EntityCatalog catalog)
    {
        Normalized = normalized;
        Tokens = tokens;
        Language = language;
        Entities = entities;
        Catalog = catalog;
    }

    public string Original => Normalized.Original;

    public NormalizedText Normalized { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public string Language { get; }

    /// <summary>Entity mentions in text order.</summary>
    public IReadOnlyList<EntityMatch> Entities { get; }

    public EntityCatalog Catalog { get; }

    /// <summary>
    /// Roles and makers found among the entities (see Relations/RelationExtractor), filled before quotes are
    /// extracted so that a speaker's role can be given. Offsets index <see cref="Original"/>.
    /// </summary>
    public IReadOnlyList<EntityRelation> Relations { get; internal set; } = [];
}
