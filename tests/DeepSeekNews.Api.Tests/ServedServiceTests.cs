using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace DeepSeekNews.Api.Tests;

/// <summary>
/// The service as a newcomer starts it: the real executable with <c>--urls</c> in an empty folder, reached over
/// TCP on 127.0.0.1, and its Swagger UI rendered by a real browser (Debian's chromium, headless).
/// </summary>
public sealed class ServedServiceTests
{
    private static readonly string? Chromium = new[]
    {
        Environment.GetEnvironmentVariable("DEEPSEEKNEWS_TEST_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser",
    }.FirstOrDefault(path => !string.IsNullOrWhiteSpace(path) && File.Exists(path));

    [Fact]
    public async Task ServiceStartedInAnEmptyFolderCreatesItsDatabaseAndServesTheSwaggerDocument()
    {
        await using var service = await RunningService.StartAsync();
        using var client = new HttpClient { BaseAddress = service.BaseAddress };

        var document = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"))!;
        Assert.Equal("DeepSeekNews API", (string?)document["info"]!["title"]);
        Assert.True(File.Exists(Path.Combine(service.Folder, "data", "deepseeknews.db")), "data/deepseeknews.db is created under the current folder");

        var analyzed = await client.PostAsync("/api/analyze", new StringContent("""{"text":"أعلنت شركة إنفيديا نتائجها."}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, analyzed.StatusCode);
        Assert.Contains("nvidia", await analyzed.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task SwaggerUiRendersEveryOperationInARealBrowser()
    {
        Skip.If(Chromium is null, "chromium is not installed (apt-get install chromium, or set DEEPSEEKNEWS_TEST_CHROMIUM).");
        await using var service = await RunningService.StartAsync();

        var dom = await DumpDomAsync(Chromium!, new Uri(service.BaseAddress, "/swagger/index.html"));

        // Swagger UI builds these elements with JavaScript from the fetched document: the raw index.html has none.
        Assert.Contains("DeepSeekNews API", dom);
        foreach (var path in new[] { "/api/analyze", "/api/articles", "/api/articles/{id}", "/api/entities", "/api/cost-claims", "/api/quotes", "/api/sources" })
        {
            Assert.Contains($"data-path=\"{path}\"", dom);
        }
        Assert.Contains("opblock-summary-method", dom);
    }

    private static async Task<string> DumpDomAsync(string chromium, Uri page)
    {
        var profile = Directory.CreateTempSubdirectory("deepseeknews-chromium-");
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                $"--user-data-dir={profile.FullName}", "--virtual-time-budget=20000", "--dump-dom", page.ToString(),
            })
            {
                start.ArgumentList.Add(arg);
            }
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            var dom = await stdout;
            Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}: {await stderr}");
            return dom;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private sealed class RunningService : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();

        private RunningService(Process process, string folder, Uri baseAddress)
        {
            _process = process;
            Folder = folder;
            BaseAddress = baseAddress;
        }

        public string Folder { get; }

        public Uri BaseAddress { get; }

        public static async Task<RunningService> StartAsync()
        {
            var folder = CliRunner.NewWorkingDirectory();
            var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
            var start = CliRunner.StartInfo(folder, "--urls", baseAddress.ToString().TrimEnd('/'));
            var service = new RunningService(Process.Start(start)!, folder, baseAddress);
            service._process.OutputDataReceived += (_, e) => service.Append(e.Data);
            service._process.ErrorDataReceived += (_, e) => service.Append(e.Data);
            service._process.BeginOutputReadLine();
            service._process.BeginErrorReadLine();
            await service.WaitUntilLiveAsync();
            return service;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
            _process.Dispose();
        }

        private void Append(string? line)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }

        private async Task WaitUntilLiveAsync()
        {
            using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
            var deadline = DateTime.UtcNow.AddMinutes(1);
            while (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                try
                {
                    if ((await client.GetAsync("/health/live")).IsSuccessStatusCode)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }
                await Task.Delay(200);
            }
            string output;
            lock (_output)
            {
                output = _output.ToString();
            }
            throw new InvalidOperationException($"the service did not become live on {BaseAddress}: {output}");
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
