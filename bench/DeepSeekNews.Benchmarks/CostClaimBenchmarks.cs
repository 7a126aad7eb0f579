using BenchmarkDotNet.Attributes;
using DeepSeekNews.Analysis;
using DeepSeekNews.Analysis.Entities;
using DeepSeekNews.Analysis.Money;
using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Benchmarks;

/// <summary>
/// Articles per second of the cost-claim extractor alone on the seed article: the text is normalised, tokenised and
/// its entities recognised once in the setup, so each operation measures only <see cref="CostClaimExtractor.Extract"/>.
/// Compare with the whole analysis and the entity recognition of <see cref="EntityRecognitionBenchmarks"/> in the
/// same run.
/// </summary>
[MemoryDiagnoser]
public class CostClaimBenchmarks
{
    private AnalyzedText _analyzed = null!;
    private CostClaimExtractor _extractor = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var stream = typeof(CostClaimBenchmarks).Assembly.GetManifestResourceStream("seed-article.txt")
            ?? throw new InvalidOperationException("The seed article is not embedded in the benchmark assembly.");
        var article = new StreamReader(stream).ReadToEnd();
        var catalog = EntityCatalog.LoadEmbedded();
        var normalized = TextNormalizer.Normalize(article);
        var tokens = Tokenizer.Tokenize(normalized.Value);
        var language = LanguageDetector.Detect(article);
        var entities = new EntityRecognizer(catalog).Recognize(normalized, tokens, language);
        _analyzed = new AnalyzedText(normalized, tokens, language, entities, catalog);
        _extractor = new CostClaimExtractor();
        if (_extractor.Extract(_analyzed).Count == 0)
        {
            throw new InvalidOperationException("The seed article should yield cost claims; the benchmark would measure nothing.");
        }
    }

    [Benchmark(Description = "cost claims alone (CostClaimExtractor.Extract)")]
    public int ExtractCostClaims() => _extractor.Extract(_analyzed).Count;
}
