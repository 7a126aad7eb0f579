using DeepSeekNews.Api.Data;
using DeepSeekNews.Api.Infrastructure;

namespace DeepSeekNews.Api.Cli;

/// <summary><c>reanalyze</c>: brings every stored article's analysis up to the current rules and catalog.</summary>
public sealed class ReanalyzeCommand : ICommand
{
    public string Name => "reanalyze";

    public string Summary => "re-run the analysis of stored articles analysed by an older version";

    public string Usage => """
        Usage: DeepSeekNews.Api reanalyze [--all] [--ConnectionStrings:DeepSeekNews="Data Source=PATH"]

        Re-analyses every stored article whose analysis version is older than the current rules and catalog
        (curated entities and aliases included), one transaction per article, printing progress to stderr.
          --all   re-analyse every article, whatever its version
        """;

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = CliArguments.Parse(args, flags: ["--all"]);
        if (options.Inputs.Count > 0)
        {
            throw new UsageException($"unexpected argument '{options.Inputs[0]}'.");
        }
        var all = options.Flag("--all");

        using var host = CommandLine.BuildHost(options.ConfigurationArgs);
        await host.Services.PrepareDatabaseAsync(cancellationToken);
        await using var scope = host.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
        var result = await importer.ReanalyzeAsync(all, int.MaxValue,
            (done, article) => Console.Error.WriteLine($"[{done}] article {article.Id}: {article.Title ?? article.Url ?? "(untitled)"}"),
            cancellationToken);
        Console.Out.WriteLine($"Re-analysed {result.Reanalyzed} article(s); all now at analysis version {result.AnalysisVersion}.");
        return CommandLine.Success;
    }
}
