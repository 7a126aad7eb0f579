using System.Text.Json;
using DeepSeekNews.Analysis;
using DeepSeekNews.Api.Catalog;
using DeepSeekNews.Api.Infrastructure;

namespace DeepSeekNews.Api.Cli;

/// <summary>
/// <c>analyze</c>: prints the analysis contract for text files (and stdin). One input → its JSON on stdout;
/// several inputs → one JSON document per line; with <c>--out DIR</c> → DIR/NAME.json for each.
/// </summary>
public sealed class AnalyzeCommand : ICommand
{
    private static readonly string[] TextExtensions = [".txt", ".text", ".md"];

    public string Name => "analyze";

    public string Summary => "print the analysis JSON of text files (or - for stdin)";

    public string Usage => """
        Usage: DeepSeekNews.Api analyze <file|folder|->... [--out DIR] [--language ar|en]

        Analyses each article and prints the analysis JSON (entities, costClaims, quotes, relations), with the
        built-in catalog (or Analysis:CatalogPath) plus the curated entries of the database if it exists.
          file      a .txt file: plain text, one paragraph per line
          folder    every .txt file in it
          -         read one article from standard input
          --out DIR write DIR/NAME.json for each input instead of printing
          --language ar|en   skip language detection
        One input prints indented JSON; several print one JSON document per line.
        """;

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = Parse(args);
        var inputs = ResolveInputs(options.Inputs);

        using var host = CommandLine.BuildHost(options.ConfigurationArgs);
        await host.Services.LoadCuratedCatalogIfPresentAsync(cancellationToken);
        var analyzer = host.Services.GetRequiredService<AnalyzerProvider>().Current;
        if (options.OutDir is not null)
        {
            Directory.CreateDirectory(options.OutDir);
        }

        var single = inputs.Count == 1 && options.OutDir is null;
        var json = JsonDefaults.Create(indented: single || options.OutDir is not null);
        var failures = 0;
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var text = input == "-" ? await Console.In.ReadToEndAsync(cancellationToken) : await File.ReadAllTextAsync(input, cancellationToken);
                var result = analyzer.Analyze(text, options.Language);
                if (options.OutDir is not null)
                {
                    var name = input == "-" ? "stdin" : Path.GetFileNameWithoutExtension(input);
                    var path = Path.Combine(options.OutDir, name + ".json");
                    await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, json), cancellationToken);
                    Console.Error.WriteLine($"{input}: {Describe(result)} → {path}");
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
        if (options.OutDir is not null || failures > 0)
        {
            Console.Error.WriteLine($"Analysed {inputs.Count - failures} of {inputs.Count} article(s){(failures > 0 ? $"; {failures} failed" : "")}.");
        }
        return failures == 0 ? CommandLine.Success : CommandLine.Failure;
    }

    private static string Describe(AnalysisResult r) =>
        $"{r.Language}, {r.Entities.Count} entities, {r.CostClaims.Count} cost claims, {r.Quotes.Count} quotes";

    private sealed record Options(List<string> Inputs, string? OutDir, string? Language, string[] ConfigurationArgs);

    private static Options Parse(string[] args)
    {
        var inputs = new List<string>();
        var configuration = new List<string>();
        string? outDir = null;
        string? language = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--out" or "-o":
                    outDir = i + 1 < args.Length ? args[++i] : throw new UsageException("--out needs a folder.");
                    break;
                case "--language":
                    language = i + 1 < args.Length ? args[++i] : throw new UsageException("--language needs ar or en.");
                    if (language is not ("ar" or "en"))
                    {
                        throw new UsageException($"--language must be ar or en; got '{language}'.");
                    }
                    break;
                case "-":
                    inputs.Add(arg);
                    break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':'))
                    {
                        configuration.Add(arg); // --Section:Key=Value configuration override
                    }
                    else if (arg.StartsWith('-'))
                    {
                        throw new UsageException($"unknown option '{arg}'.");
                    }
                    else
                    {
                        inputs.Add(arg);
                    }
                    break;
            }
        }
        if (inputs.Count == 0)
        {
            throw new UsageException("give at least one file, folder or - (standard input).");
        }
        return new Options(inputs, outDir, language, configuration.ToArray());
    }

    private static List<string> ResolveInputs(List<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                files.Add(input);
            }
            else if (Directory.Exists(input))
            {
                var found = Directory.EnumerateFiles(input)
                    .Where(f => TextExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    throw new UsageException($"folder '{input}' holds no .txt files.");
                }
                files.AddRange(found);
            }
            else if (File.Exists(input))
            {
                files.Add(input);
            }
            else
            {
                throw new UsageException($"'{input}' is neither a file nor a folder.");
            }
        }
        return files;
    }
}
