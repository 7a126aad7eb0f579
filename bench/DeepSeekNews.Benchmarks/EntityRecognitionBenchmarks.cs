using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using DeepSeekNews.Analysis;
using DeepSeekNews.Analysis.Entities;
using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Benchmarks;

/// <summary>
/// Articles per second on the seed article (27 paragraphs, about 4,800 characters): the whole analysis, the entity
/// recognition alone, and as the baseline a naive matcher that runs one compiled regular expression per alias of
/// the same catalog over the same normalised text (what item 13 of issue 3 rules out).
/// </summary>
[MemoryDiagnoser]
public class EntityRecognitionBenchmarks
{
    private string _article = string.Empty;
    private ArticleAnalyzer _analyzer = null!;
    private EntityRecognizer _recognizer = null!;
    private Regex[] _aliasPatterns = [];

    [GlobalSetup]
    public void Setup()
    {
        using var stream = typeof(EntityRecognitionBenchmarks).Assembly.GetManifestResourceStream("seed-article.txt")
            ?? throw new InvalidOperationException("The seed article is not embedded in the benchmark assembly.");
        _article = new StreamReader(stream).ReadToEnd();
        var catalog = EntityCatalog.LoadEmbedded();
        _analyzer = new ArticleAnalyzer(catalog);
        _recognizer = new EntityRecognizer(catalog);
        _aliasPatterns = catalog.Entries
            .SelectMany(e => e.Aliases.Concat(e.CueAliases))
            .Select(TextNormalizer.NormalizeString)
            .Distinct()
            .Select(alias => new Regex(@"(?<![\p{L}\p{Nd}])(?:[وفبلك]|ال|وال|بال|لل)?" + Regex.Escape(alias) + @"(?![\p{L}\p{Nd}])", RegexOptions.Compiled | RegexOptions.CultureInvariant))
            .ToArray();
    }

    [Benchmark(Baseline = true, Description = "naive: one regex per alias")]
    public int NaiveRegexPerAlias()
    {
        var text = TextNormalizer.Normalize(_article).Value;
        var found = 0;
        foreach (var pattern in _aliasPatterns)
        {
            for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
            {
                found++;
            }
        }
        return found;
    }

    [Benchmark(Description = "entities: normalise + tokenise + recognise")]
    public int RecognizeEntities()
    {
        var normalized = TextNormalizer.Normalize(_article);
        var tokens = Tokenizer.Tokenize(normalized.Value);
        return _recognizer.Recognize(normalized, tokens, "ar").Count;
    }

    [Benchmark(Description = "whole analysis (ArticleAnalyzer.Analyze)")]
    public int AnalyzeArticle() => _analyzer.Analyze(_article).Entities.Count;
}
