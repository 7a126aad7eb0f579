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
}
