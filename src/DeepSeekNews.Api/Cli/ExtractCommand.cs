using System.Diagnostics;
using System.Text.Json;
using DeepSeekNews.Api.Infrastructure;
using DeepSeekNews.Ingestion.Extraction;

namespace DeepSeekNews.Api.Cli;

/// <summary>
/// <c>extract</c>: pulls the article out of saved HTML pages. With <c>--out DIR</c> it writes DIR/NAME.txt (the
/// main text, one paragraph per line) and DIR/NAME.json (the metadata) for each page; without, it prints JSON.
/// </summary>
public sealed class ExtractCommand : ICommand
{
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];

    public string Name => "extract";

    public string Summary => "extract the article text and metadata from saved HTML pages";

    public string Usage => """
        Usage: DeepSeekNews.Api extract <file|folder>... [--out DIR] [--url URL]

        Extracts the main text and metadata (title, published, modified, author, siteName, canonicalUrl,
        language, description, image) of each HTML page with AngleSharp.
          file|folder  .html/.htm files, or every such file in a folder
          --out DIR    write DIR/NAME.txt (main text) and DIR/NAME.json (metadata) for each page
          --url URL    the address the page came from (resolves relative links; one file only)
        Without --out, one page prints its JSON (metadata and text); several print one JSON per line.
        """;

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = CliArguments.Parse(args, valueOptions: ["--out", "--url"]);
        var files = CliArguments.ResolveFiles(options.Inputs, HtmlExtensions, "HTML");
        var outDir = options.Value("--out");
        Uri? url = null;
        if (options.Value("--url") is { } given && (!Uri.TryCreate(given, UriKind.Absolute, out url) || files.Count != 1))
        {
            throw new UsageException("--url needs an absolute URL and exactly one page.");
        }

        using var host = CommandLine.BuildHost(options.ConfigurationArgs);
        var extractor = host.Services.GetRequiredService<ArticleExtractor>();
        if (outDir is not null)
        {
            Directory.CreateDirectory(outDir);
        }
        var json = JsonDefaults.Create(indented: files.Count == 1 || outDir is not null);
        var failures = 0;
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var article = extractor.ExtractFile(file, url);
                var name = Path.GetFileNameWithoutExtension(file);
                if (outDir is not null)
                {
                    await File.WriteAllTextAsync(Path.Combine(outDir, name + ".txt"), article.Text, cancellationToken);
                    await File.WriteAllTextAsync(Path.Combine(outDir, name + ".json"), JsonSerializer.Serialize(Metadata(article, includeText: false), json), cancellationToken);
                }
                else
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(Metadata(article, includeText: true), json));
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failures++;
                Console.Error.WriteLine($"{file}: failed: {ex.Message}");
            }
        }
        clock.Stop();
        if (outDir is not null || failures > 0)
        {
            var rate = files.Count / Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
            Console.Error.WriteLine($"Extracted {files.Count - failures} of {files.Count} page(s) in {clock.Elapsed.TotalSeconds:F2} s ({rate:F1} pages/s){(outDir is null ? "" : $" into {outDir}")}.");
        }
        return failures == 0 ? CommandLine.Success : CommandLine.Failure;
    }

    /// <summary>The metadata written to NAME.json (and, with the text, printed without --out).</summary>
    public static ExtractedMetadata Metadata(ExtractedArticle a, bool includeText) => new(
        a.Title, a.Published, a.Modified, a.Author, a.SiteName, a.CanonicalUrl, a.Language, a.Description, a.Image,
        a.BodySource, a.PublishedSource, a.Paragraphs.Count, includeText ? a.Text : null);

    public sealed record ExtractedMetadata(
        string? Title,
        DateTimeOffset? Published,
        DateTimeOffset? Modified,
        string? Author,
        string? SiteName,
        string? CanonicalUrl,
        string? Language,
        string? Description,
        string? Image,
        string BodySource,
        string? PublishedSource,
        int Paragraphs,
        [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Text);
}
