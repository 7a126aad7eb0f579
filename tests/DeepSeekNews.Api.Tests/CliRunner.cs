using System.Diagnostics;
using System.Text;

namespace DeepSeekNews.Api.Tests;

public sealed record CliResult(int ExitCode, string StandardOutput, string StandardError);

/// <summary>Runs the service executable (DeepSeekNews.Api.dll, next to the test binaries) as a real process.</summary>
internal static class CliRunner
{
    public static async Task<CliResult> RunAsync(string workingDirectory, string? standardInput, params string[] args)
    {
        var start = StartInfo(workingDirectory, args);
        start.RedirectStandardInput = true;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
        }
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>How to start the executable in <paramref name="workingDirectory"/>, its output captured as UTF-8.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DeepSeekNews.Api.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        return start;
    }

    public static string NewWorkingDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "deepseeknews-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
