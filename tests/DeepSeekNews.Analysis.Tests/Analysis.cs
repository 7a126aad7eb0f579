using DeepSeekNews.Analysis.Entities;

namespace DeepSeekNews.Analysis.Tests;

/// <summary>One analyzer with the built-in catalog for all tests (building it compiles the catalog once).</summary>
internal static class Analysis
{
    public static ArticleAnalyzer Default { get; } = ArticleAnalyzer.CreateDefault();

    public static AnalysisResult Analyze(string text, string? language = null) => Default.Analyze(text, language);

    /// <summary>The ids of the entities found, in order of first mention.</summary>
    public static string[] Ids(string text, string? language = null) => Analyze(text, language).Entities.Select(e => e.Id).ToArray();

    /// <summary>Every mention as "id:surface", in text order.</summary>
    public static string[] Mentions(string text, string? language = null) =>
        Analyze(text, language).Entities
            .SelectMany(e => e.Mentions.Select(m => (e.Id, m)))
            .OrderBy(x => x.m.Start)
            .Select(x => $"{x.Id}:{x.m.Surface}")
            .ToArray();

    public static EntityCatalog Catalog => Default.Catalog;
}
