using System.Text.Json;
using DeepSeekNews.Analysis;
using DeepSeekNews.Api.Catalog;
using DeepSeekNews.Api.Infrastructure;
using DeepSeekNews.Ingestion.Extraction;

namespace DeepSeekNews.Api.Cli;

/// <summary>
/// <c>analyze</c>: prints the analysis contract of articles: text files as they are, HTML pages after extraction,
/// or standard input. One input → its JSON on stdout; several → one JSON document per line; with
/// <c>--out DIR</c> → DIR/NAME.json for each.
/// </summary>
public sealed class AnalyzeCommand : ICommand
{
    private static readonly string[] TextExtensions = [".txt", ".text", ".md"];
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];

    public string Name => "analyze";

    public string Summary => "print the analysis JSON of text or HTML files (or - for stdin)";

    public string Usage => """
        Usage: DeepSeekNews.Api analyze <file|folder|->... [--out DIR] [--language ar|en]

        Analyses each article and prints the analysis JSON (entities, costClaims, quotes, relations), with the
        built-in catalog (or Analysis:CatalogPath) plus the curated entries of the database if it exists.
          file      a .txt file (plain text, one paragraph per line) or an .html page (the article is
                    extracted first; the JSON's text is then the extracted text)
          folder    every .txt and .html file in it
          -         read one plain-text article from standard input
          --out DIR write DIR/NAME.json for each input instead of printing
          --language ar|en   skip language detection
        One input prints indented JSON; several print one JSON document per line.
        """;

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = CliArguments.Parse(args, valueOptions: ["--out", "-o", "--language"]);
        var outDir = options.Value("--out") ?? options.Value("-o");
        var language = options.Value("--language");
        if (language is not null and not ("ar" or "en"))
        {
            throw new UsageException($"--language must be ar or en; got '{language}'.");
        }
        var inputs = CliArguments.ResolveFiles(options.Inputs, [.. TextExtensions, .. HtmlExtensions], "text or HTML", allowStandardInput: true);

        using var host = CommandLine.BuildHost(options.ConfigurationArgs);
        await host.Services.LoadCuratedCatalogIfPresentAsync(cancellationToken);
        var analyzer = host.Services.GetRequiredService<AnalyzerProvider>().Current;
        var extractor = host.Services.GetRequiredService<ArticleExtractor>();
        if (outDir is not null)
        {
            Directory.CreateDirectory(outDir);
        }

        var json = JsonDefaults.Create(indented: inputs.Count == 1 || outDir is not null);
        var failures = 0;
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var (text, detected, year) = await ReadArticleAsync(input, extractor, cancellationToken);
                var result = analyzer.Analyze(text, language ?? detected, year);
                if (outDir is not null)
                {
                    var path = Path.Combine(outDir, (input == "-" ? "stdin" : Path.GetFileNameWithoutExtension(input)) + ".json");
                    await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, json), cancellationToken);
                    Console.Error.WriteLine($"{input}: {result.Language}, {result.Entities.Count} entities, {result.CostClaims.Count} cost claims, {result.Quotes.Count} quotes → {path}");
                }
                else
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(result, json));
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
            {
                failures++;
                Console.Error.WriteLine($"{input}: failed: {ex.Message}");
            }
        }
        if (outDir is not null || failures > 0)
        {
            Console.Error.WriteLine($"Analysed {inputs.Count - failures} of {inputs.Count} article(s){(failures > 0 ? $"; {failures} failed" : "")}.");
        }
        return failures == 0 ? CommandLine.Success : CommandLine.Failure;
    }

    /// <summary>The text to analyse and, for HTML, the language the page declares or shows and its year.</summary>
    private static async Task<(string Text, string? Language, int? Year)> ReadArticleAsync(string input, ArticleExtractor extractor, CancellationToken cancellationToken)
    {
        if (input == "-")
        {
            return (await Console.In.ReadToEndAsync(cancellationToken), null, null);
        }
        if (HtmlExtensions.Contains(Path.GetExtension(input), StringComparer.OrdinalIgnoreCase))
        {
            var article = extractor.ExtractFile(input);
            return (article.Text, article.Language is "ar" or "en" ? article.Language : null, article.Published?.Year);
        }
        return (await File.ReadAllTextAsync(input, cancellationToken), null, null);
    }
}
