using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DeepSeekNews.Api.Tests;

/// <summary>
/// The real API on a real SQLite file in a temporary folder. Two factories on the same <see cref="DatabasePath"/>
/// see the same data, as a restarted service would.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public ApiFactory(string? databasePath = null, IDictionary<string, string?>? settings = null)
    {
        DatabasePath = databasePath ?? NewDatabasePath();
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["ConnectionStrings:DeepSeekNews"] = $"Data Source={DatabasePath}",
            ["Logging:Format"] = "text",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
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
    }
}
