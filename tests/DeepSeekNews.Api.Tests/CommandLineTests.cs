using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace DeepSeekNews.Api.Tests;

public sealed class CommandLineTests
{
    private readonly string _dir = CliRunner.NewWorkingDirectory();

    [Fact]
    public async Task AnalyzeOnTheSeedFilePrintsTheJsonContract()
    {
        var result = await CliRunner.RunAsync(_dir, null, "analyze", Fixtures.Path("seed-article.txt"));

        Assert.True(result.ExitCode == 0, result.StandardError);
        var analysis = JsonNode.Parse(result.StandardOutput)!;
        var seed = Fixtures.SeedArticle;
        Assert.Equal("ar", analysis["language"]!.GetValue<string>());
        Assert.Equal(seed, analysis["text"]!.GetValue<string>());
        foreach (var key in new[] { "entities", "costClaims", "quotes", "relations" })
        {
            Assert.NotNull(analysis[key]!.AsArray());
        }
        var deepseek = analysis["entities"]!.AsArray().Single(e => e!["id"]!.GetValue<string>() == "deepseek")!;
        Assert.Equal("Organization", deepseek["type"]!.GetValue<string>());
        var first = deepseek["mentions"]![0]!;
        Assert.Equal(first["surface"]!.GetValue<string>(), seed[(int)first["start"]!..(int)first["end"]!]);
        Assert.False(Directory.Exists(Path.Combine(_dir, "data")), "analyze needs no database");
    }

    [Fact]
    public async Task AnalyzeWritesOneJsonPerFileOfAFolderWithOut()
    {
        var input = Path.Combine(_dir, "in");
        Directory.CreateDirectory(input);
        await File.WriteAllTextAsync(Path.Combine(input, "one.txt"), "أعلنت إنفيديا نتائجها.");
        await File.WriteAllTextAsync(Path.Combine(input, "two.txt"), "Microsoft invested in OpenAI.");
        await File.WriteAllTextAsync(Path.Combine(input, "notes.bin"), "ignored");

        var result = await CliRunner.RunAsync(_dir, null, "analyze", input, "--out", "out");

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Equal(["one.json", "two.json"], Directory.GetFiles(Path.Combine(_dir, "out")).Select(Path.GetFileName).Order());
        var two = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_dir, "out", "two.json")))!;
        Assert.Equal("en", two["language"]!.GetValue<string>());
        Assert.Contains("Analysed 2 of 2", result.StandardError);
    }

    [Fact]
    public async Task AnalyzeReadsStandardInputForADash()
    {
        var result = await CliRunner.RunAsync(_dir, "قال ألتمان إن OpenAI ستطلق نموذجاً جديداً.", "analyze", "-", "--language", "ar");

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Contains("openai", JsonNode.Parse(result.StandardOutput)!["entities"]!.ToJsonString());
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("analyze", "no-such-file.txt")]
    [InlineData("analyze", "x.txt", "--frobnicate")]
    [InlineData("analyze", "-", "--language", "fr")]
    [InlineData("analyze", "-", "--out")]
    [InlineData("migrate", "extra")]
    [InlineData("frobnicate")]
    public async Task BadArgumentsExitWithTwoAndAOneLineReason(params string[] args)
    {
        var result = await CliRunner.RunAsync(_dir, "", args);

        Assert.Equal(2, result.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(result.StandardError));
        Assert.DoesNotContain("   at ", result.StandardError);
        Assert.Equal("", result.StandardOutput);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("analyze", "--help")]
    [InlineData("migrate", "--help")]
    [InlineData("serve", "--help")]
    public async Task HelpPrintsUsageAndExitsWithZero(params string[] args)
    {
        var result = await CliRunner.RunAsync(_dir, null, args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.StandardOutput);
    }

    [Fact]
    public async Task MigrateCreatesTheDatabaseWithItsTablesAndCatalog()
    {
        var result = await CliRunner.RunAsync(_dir, null, "migrate", "--ConnectionStrings:DeepSeekNews=Data Source=db/news.db");

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Contains("up to date", result.StandardOutput);
        var path = Path.Combine(_dir, "db", "news.db");
        Assert.True(File.Exists(path));
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Entities WHERE Id = 'deepseek'; ";
        Assert.Equal(1L, (long)(await command.ExecuteScalarAsync())!);

        var again = await CliRunner.RunAsync(_dir, null, "migrate", "--ConnectionStrings:DeepSeekNews=Data Source=db/news.db");
        Assert.Equal(0, again.ExitCode);
    }
}
