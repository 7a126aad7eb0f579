using DeepSeekNews.Api.Infrastructure;
using DeepSeekNews.Api.Scheduling;

namespace DeepSeekNews.Api.Cli;

/// <summary>A bad command line: the message goes to stderr and the exit code is 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>
/// The verbs of the one executable. With no verb (or <c>serve</c>) it runs the web API; every other verb runs once
/// and exits 0 on success, 1 on failure and 2 on bad arguments, with a one-line reason on stderr.
/// </summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadArguments = 2;

    private static readonly Dictionary<string, ICommand> Commands = new ICommand[]
    {
        new AnalyzeCommand(),
        new ExtractCommand(),
        new IngestCommand(),
        new MigrateCommand(),
        new ReanalyzeCommand(),
    }.ToDictionary(c => c.Name, StringComparer.Ordinal);

    private const string ServeUsage = """
        Usage: DeepSeekNews.Api [serve] [--urls URL] [--Key=Value ...]

        Runs the web API (default http://localhost:5080; Swagger UI at /swagger). Applies pending database
        migrations on start. Any configuration key can be given as --Section:Key=Value.
        """;

    /// <summary>True when the arguments ask for something other than serving the web API.</summary>
    public static bool IsVerb(string[] args) =>
        args.Length > 0 && (Commands.ContainsKey(args[0]) || IsHelp(args[0]) || (args[0] == "serve" && args.Skip(1).Any(IsHelp))
            || (!args[0].StartsWith('-') && args[0] != "serve"));

    /// <summary>The arguments for the web host: everything after an optional <c>serve</c>.</summary>
    public static string[] ServeArguments(string[] args) => args.Length > 0 && args[0] == "serve" ? args[1..] : args;

    public static async Task<int> RunAsync(string[] args)
    {
        var verb = args[0];
        if (IsHelp(verb))
        {
            Console.Out.WriteLine(Overview());
            return Success;
        }
        if (verb == "serve")
        {
            Console.Out.WriteLine(ServeUsage);
            return Success;
        }
        if (!Commands.TryGetValue(verb, out var command))
        {
            Console.Error.WriteLine($"deepseeknews: unknown command '{verb}'. Run with --help to list the commands.");
            return BadArguments;
        }
        var rest = args[1..];
        if (rest.Any(IsHelp))
        {
            Console.Out.WriteLine(command.Usage);
            return Success;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        try
        {
            return await command.RunAsync(rest, cancellation.Token);
        }
        catch (UsageException ex)
        {
            Console.Error.WriteLine($"deepseeknews {verb}: {ex.Message}");
            Console.Error.WriteLine($"Run 'DeepSeekNews.Api {verb} --help' for usage.");
            return BadArguments;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            Console.Error.WriteLine($"deepseeknews {verb}: cancelled.");
            return Failure;
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"deepseeknews {verb}: {ex.GetBaseException().Message}");
            return Failure;
        }
    }

    /// <summary>
    /// A host for a CLI verb: the same configuration sources as the web API (appsettings.json, environment,
    /// --Key=Value arguments) and its storage and analysis services, logging to stderr.
    /// </summary>
    public static IHost BuildHost(string[] configurationArgs)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = configurationArgs,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // appsettings.json sits next to the executable; the database path stays relative to the working directory.
        builder.Services.AddDeepSeekNewsLogging(builder.Configuration, toStandardError: true);
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddAnalysis();
        builder.Services.AddIngestionRunner(builder.Configuration);
        return builder.Build();
    }

    private static bool IsHelp(string arg) => arg is "--help" or "-h" or "-?" or "help";

    private static string Overview() => $"""
        DeepSeekNews — Arabic-first news analysis.

        Usage: DeepSeekNews.Api [command] [options]

        Commands:
          serve      run the web API (the default)
        {string.Join(Environment.NewLine, Commands.Values.Select(c => $"  {c.Name,-10} {c.Summary}"))}

        Run 'DeepSeekNews.Api COMMAND --help' for a command's options.
        Exit codes: 0 success, 1 failure, 2 bad arguments.
        """;
}

/// <summary>A command-line verb.</summary>
public interface ICommand
{
    string Name { get; }

    string Summary { get; }

    string Usage { get; }

    Task<int> RunAsync(string[] args, CancellationToken cancellationToken);
}
