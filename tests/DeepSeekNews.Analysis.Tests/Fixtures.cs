namespace DeepSeekNews.Analysis.Tests;

/// <summary>The test fixtures copied next to the test binaries (tests/Fixtures).</summary>
internal static class Fixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string SeedArticle => File.ReadAllText(Path("seed-article.txt"));

    /// <summary>The seed article's paragraphs (1-based in the gold file, 0-based here).</summary>
    public static string[] SeedParagraphs => SeedArticle.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
