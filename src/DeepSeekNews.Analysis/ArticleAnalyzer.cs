using DeepSeekNews.Analysis.Entities;
using DeepSeekNews.Analysis.Money;
using DeepSeekNews.Analysis.Quotes;
using DeepSeekNews.Analysis.Relations;
using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Analysis;

/// <summary>
/// The analysis facade: plain text in, <see cref="AnalysisResult"/> out. Normalises once, then runs the
/// recognizers over the shared <see cref="AnalyzedText"/>. Thread-safe; build one per catalog and reuse it.
/// </summary>
public sealed class ArticleAnalyzer
{
    /// <summary>Bump when a rule changes what the analysis produces, so stored articles can be re-analysed.</summary>
    public const int RulesVersion = 4;

    private readonly EntityRecognizer _entities;
    private readonly RelationExtractor _relations;
    private readonly CandidateFinder _candidates = new();
    private readonly CostClaimExtractor _costClaims;

    /// <param name="exchangeRates">Rates for the claims' amountUsd; the built-in table (Money/exchange-rates.json) when null.</param>
    public ArticleAnalyzer(EntityCatalog catalog, ExchangeRates? exchangeRates = null)
    {
        Catalog = catalog;
        _entities = new EntityRecognizer(catalog);
        _relations = new RelationExtractor(_entities.Adjectives);
        _costClaims = new CostClaimExtractor(exchangeRates);
        Version = $"{RulesVersion}.{catalog.Fingerprint}.{(exchangeRates ?? ExchangeRates.Embedded).Fingerprint}";
    }

    public EntityCatalog Catalog { get; }

    /// <summary>Identifies the rules, the catalog and the exchange rates that produced an analysis; stored with each article.</summary>
    public string Version { get; }

    public static ArticleAnalyzer CreateDefault() => new(EntityCatalog.LoadEmbedded());

    /// <param name="text">The article as plain text, one paragraph per line.</param>
    /// <param name="language">"ar" or "en"; detected from the text when null.</param>
    /// <param name="year">The article's year, for the exchange rates of amountUsd; the rate table's latest year when null.</param>
    public AnalysisResult Analyze(string text, string? language = null, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalizer.Normalize(text);
        var tokens = Tokenizer.Tokenize(normalized.Value);
        var lang = string.IsNullOrWhiteSpace(language) ? LanguageDetector.Detect(text) : language.Trim().ToLowerInvariant();
        var matches = _entities.Recognize(normalized, tokens, lang);
        var analyzed = new AnalyzedText(normalized, tokens, lang, matches, Catalog);
        analyzed.Relations = _relations.Extract(analyzed);

        return new AnalysisResult(
            lang,
            text,
            GroupMentions(analyzed),
            _costClaims.Extract(analyzed, year),
            QuoteExtractor.Extract(analyzed),
            analyzed.Relations,
            _candidates.Find(analyzed));
    }

    private static List<EntityResult> GroupMentions(AnalyzedText analyzed)
    {
        var byEntity = new Dictionary<string, (CatalogEntry Entry, List<Mention> Mentions)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var match in analyzed.Entities)
        {
            if (!byEntity.TryGetValue(match.Entry.Id, out var group))
            {
                group = (match.Entry, []);
                byEntity[match.Entry.Id] = group;
                order.Add(match.Entry.Id);
            }
            var (start, end) = analyzed.Normalized.ToOriginal(match.NormStart, match.NormEnd);
            group.Mentions.Add(new Mention(start, end, analyzed.Original[start..end]));
        }
        return order.Select(id => byEntity[id]).Select(g => new EntityResult(g.Entry.Id, g.Entry.Name, g.Entry.Type, g.Mentions)).ToList();
    }
}
