using DeepSeekNews.Analysis.Entities;

namespace DeepSeekNews.Analysis.Tests.Entities;

/// <summary>Item 3: a broad catalog as data, overridable and extendable.</summary>
public class EntityCatalogTests
{
    [Fact]
    public void TheEmbeddedCatalogCoversAtLeast150EntitiesOfEveryType()
    {
        var catalog = EntityCatalog.LoadEmbedded();
        Assert.True(catalog.Entries.Count >= 150, $"only {catalog.Entries.Count} entries");
        foreach (var type in Enum.GetValues<EntityType>())
        {
            Assert.True(catalog.Entries.Count(e => e.Type == type) >= 20, $"few {type} entries");
        }
    }

    [Fact]
    public void EveryPersonHasAGenderAndEveryArabicReaderSeesAnArabicAlias()
    {
        var catalog = EntityCatalog.LoadEmbedded();
        Assert.All(catalog.Entries.Where(e => e.Type == EntityType.Person), p => Assert.Contains(p.Gender, new[] { "male", "female" }));
        Assert.All(catalog.Entries, e => Assert.Contains(e.Aliases.Concat(e.CueAliases), a => a.Any(DeepSeekNews.Analysis.Text.TextNormalizer.IsArabicLetter)));
    }

    [Fact]
    public void WithAddsEntriesAndAliasesAndChangesTheAnalyzerVersion()
    {
        var catalog = EntityCatalog.LoadEmbedded();
        var extended = catalog.With(
        [
            new CatalogEntry("zephyr-labs", "Zephyr Labs", EntityType.Organization, ["Zephyr Labs", "زيفر لابز"]),
            new CatalogEntry("nvidia", "Nvidia", EntityType.Organization, ["انفديا"]),
        ]);

        Assert.NotEqual(catalog.Fingerprint, extended.Fingerprint);
        Assert.NotEqual(new ArticleAnalyzer(catalog).Version, new ArticleAnalyzer(extended).Version);
        Assert.Equal(catalog.Entries.Count + 1, extended.Entries.Count);
        Assert.Equal("male", extended.Find("jensen-huang")!.Gender);

        var ids = new ArticleAnalyzer(extended).Analyze("تعاونت زيفر لابز مع انفديا.").Entities.Select(e => e.Id);
        Assert.Equal(["zephyr-labs", "nvidia"], ids);
    }

    [Fact]
    public void ACatalogFileReplacesTheEmbeddedOne()
    {
        var path = Path.Combine(Path.GetTempPath(), $"catalog-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            { "entities": [
              { "id": "acme", "name": "Acme", "type": "Organization", "aliases": ["Acme", "أكمي"] },
              { "id": "roadrunner", "name": "Road Runner", "type": "Product", "owner": "acme", "cueAliases": ["RR"] },
              { "id": "wile", "name": "Wile Coyote", "type": "Person", "gender": "male", "aliases": ["وايل كويوتي"] }
            ] }
            """);
        try
        {
            var analyzer = new ArticleAnalyzer(EntityCatalog.LoadFile(path));
            var result = analyzer.Analyze("أعلنت أكمي إطلاق RR، وقال وايل كويوتي إن كويوتي راضٍ.");
            Assert.Equal(["acme", "roadrunner", "wile"], result.Entities.Select(e => e.Id));
            Assert.Equal(2, result.Entities[2].Mentions.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void BadCatalogDataIsRejectedWithAReason()
    {
        var ex = Assert.Throws<CatalogException>(() => new EntityCatalog([new CatalogEntry("p", "P", EntityType.Person, ["P"], Gender: "m")]));
        Assert.Contains("gender", ex.Message);
        Assert.Throws<CatalogException>(() => new EntityCatalog([new CatalogEntry("a", "A", EntityType.Product, ["A"], Owner: "missing")]));
        Assert.Throws<CatalogException>(() => EntityCatalog.LoadFile("/nonexistent/catalog.json"));
    }

    [Fact]
    public void CanonicalNamesAreUniqueAndPlain()
    {
        // Gold files and dashboards key entities by name: two entries named alike would merge, and a legal form
        // ("McKinsey & Company", "HP Inc") is not how news or annotators name a company; it belongs in the aliases.
        var catalog = EntityCatalog.LoadEmbedded();
        var repeated = catalog.Entries.GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(repeated);
        string[] legalForms = ["& Company", "& Co", " Inc", " Inc.", " Corp", " Corporation", " LLC", " Ltd", " PLC"];
        Assert.Empty(catalog.Entries.Where(e => legalForms.Any(form => e.Name.EndsWith(form, StringComparison.Ordinal))).Select(e => e.Name));
    }

    [Fact]
    public void OnlyTheIntendedHomographsShareASpelling()
    {
        // A spelling claimed by two entries is resolved by context (ResolveHomographs); any other sharing is a
        // curation slip that silently hands one entry's mentions to the other.
        string[] intended = ["وزارة التجارة", "غروك", "جروك", "الشرق الأوسط", "الخليج"];
        var catalog = EntityCatalog.LoadEmbedded();
        var shared = catalog.Entries
            .SelectMany(e => e.Aliases.Concat(e.CueAliases).Select(alias => (Key: Spelling(alias), e.Id)))
            .Distinct()
            .GroupBy(x => x.Key)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .Order(StringComparer.Ordinal);
        Assert.Equal(intended.Select(Spelling).Order(StringComparer.Ordinal), shared);

        static string Spelling(string alias) =>
            string.Join(' ', DeepSeekNews.Analysis.Text.Tokenizer.Tokenize(DeepSeekNews.Analysis.Text.TextNormalizer.NormalizeString(alias)).Select(t => t.Text));
    }
}
