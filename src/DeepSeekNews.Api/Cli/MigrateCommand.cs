using DeepSeekNews.Api.Data;
using DeepSeekNews.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DeepSeekNews.Api.Cli;

/// <summary><c>migrate</c>: applies pending migrations to the configured database and exits.</summary>
public sealed class MigrateCommand : ICommand
{
    public string Name => "migrate";

    public string Summary => "apply database migrations and exit";

    public string Usage => """
        Usage: DeepSeekNews.Api migrate [--ConnectionStrings:DeepSeekNews="Data Source=PATH"]

        Creates the database if needed, applies every pending migration and copies the entity catalog into it.
        """;

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = CliArguments.Parse(args);
        if (options.Inputs.Count > 0)
        {
            throw new UsageException($"unexpected argument '{options.Inputs[0]}'.");
        }
        using var host = CommandLine.BuildHost(options.ConfigurationArgs);
        await host.Services.PrepareDatabaseAsync(cancellationToken);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeepSeekNewsDbContext>();
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        Console.Out.WriteLine($"Database {db.Database.GetDbConnection().DataSource} is up to date ({applied.Count} migration(s), latest {applied.LastOrDefault() ?? "none"}).");
        return CommandLine.Success;
    }
}
