using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DeepSeekNews.Api.Tests;

/// <summary>
/// The real API on a real SQLite file in a temporary folder. Two factories on the same <see cref="DatabasePath"/>
/// see the same data, as a restarted service would.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    private readonly Action<IServiceCollection>? _services;

    public ApiFactory(string? databasePath = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        DatabasePath = databasePath ?? NewDatabasePath();
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:DeepSeekNews"] = $"Data Source={DatabasePath}",
            ["Logging:Format"] = "text",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            // Tests that exercise the scheduler turn it on themselves, with a fake clock.
            ["Scheduler:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string DatabasePath { get; }

    public static string NewDatabasePath() =>
        Path.Combine(Path.GetTempPath(), "deepseeknews-tests", Guid.NewGuid().ToString("N"), "test.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }
}
