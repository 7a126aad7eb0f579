using Serilog;
using Serilog.Formatting.Compact;

namespace DeepSeekNews.Api.Infrastructure;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog from the "Serilog" configuration section, written to the console as plain text when a person is
    /// watching (an interactive terminal) and as compact JSON otherwise (containers, log shippers).
    /// <c>Logging:Format</c> = auto | text | json overrides the choice.
    /// </summary>
    /// <param name="toStandardError">CLI verbs keep stdout for their results and log to stderr.</param>
    public static IServiceCollection AddDeepSeekNewsLogging(this IServiceCollection services, IConfiguration configuration, bool toStandardError)
    {
        var format = configuration["Logging:Format"]?.Trim().ToLowerInvariant() ?? "auto";
        if (format is not ("auto" or "text" or "json"))
        {
            throw new InvalidOperationException($"Logging:Format must be auto, text or json; got '{format}'.");
        }
        var json = format == "json" || (format == "auto" && (toStandardError ? Console.IsErrorRedirected : Console.IsOutputRedirected));
        var errorFrom = toStandardError ? Serilog.Events.LogEventLevel.Verbose : (Serilog.Events.LogEventLevel?)null;

        // preserveStaticLogger: several hosts (tests, CLI) may live in one process; none should own Log.Logger.
        services.AddSerilog((provider, logger) =>
        {
            logger.ReadFrom.Configuration(configuration)
                .ReadFrom.Services(provider)
                .Enrich.FromLogContext();
            if (json)
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter(), standardErrorFromLevel: errorFrom);
            }
            else
            {
                logger.WriteTo.Console(
                    outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                    standardErrorFromLevel: errorFrom);
            }
        }, preserveStaticLogger: true);
        return services;
    }
}
