namespace DeepSeekNews.Api.Tests;

/// <summary>The test fixtures copied next to the test binaries (tests/Fixtures).</summary>
internal static class Fixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string SeedArticle => File.ReadAllText(Path("seed-article.txt"));
}
