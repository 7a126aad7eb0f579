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
}
