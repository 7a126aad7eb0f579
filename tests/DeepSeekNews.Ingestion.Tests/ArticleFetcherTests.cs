using System.IO.Compression;
using System.Net;
using System.Text;
using DeepSeekNews.Ingestion.Fetching;
using DeepSeekNews.Ingestion.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DeepSeekNews.Ingestion.Tests;

public sealed class ArticleFetcherTests
{
    private const string ArabicPage = """
        <!doctype html><html lang="ar"><head><title>خبر</title></head>
        <body><article><p>أعلنت الشركة الناشئة عن نموذج جديد للذكاء الاصطناعي يوم الثلاثاء.</p></article></body></html>
        """;

    static ArticleFetcherTests() => CharsetDecoder.EnsureCodePages();

    [Fact]
    public async Task FetchesAnHtmlPageAndNamesTheServiceInTheUserAgent()
    {
        await using var server = await new TestWebServer().MapText("/story", "text/html; charset=utf-8", ArabicPage).StartAsync();
        using var services = Ingestion.Services(Ingestion.LocalSettings());

        var page = await services.Fetcher().FetchPageAsync(server.Url("/story"));

        Assert.Contains("نموذج جديد للذكاء الاصطناعي", page.Html);
        Assert.Equal(server.Url("/story"), page.FinalUrl);
        Assert.Equal(CharsetSource.HttpHeader, page.CharsetSource);
        var request = Assert.Single(server.Requests, r => r.Path == "/story");
        Assert.StartsWith("DeepSeekNews/1.0 (+", request.UserAgent);
    }

    [Fact]
    public async Task FollowsRedirectsAndReportsWhereTheyEnded()
    {
        await using var server = await new TestWebServer()
            .Redirect("/short", "/moved", 301)
            .Redirect("/moved", "/final", 307)
            .MapText("/final", "text/html", ArabicPage)
            .StartAsync();
        using var services = Ingestion.Services(Ingestion.LocalSettings());

        var page = await services.Fetcher().FetchPageAsync(server.Url("/short"));

        Assert.Equal(server.Url("/final"), page.FinalUrl);
        Assert.Equal(server.Url("/short"), page.RequestedUrl);
    }

    [Fact]
    public async Task GivesUpAfterFiveRedirects()
    {
        var server = new TestWebServer();
        for (var i = 0; i < 6; i++)
            server.Redirect($"/hop{i}", $"/hop{i + 1}");
        server.MapText("/hop6", "text/html", ArabicPage);
        await using var _ = await server.StartAsync();
        using var services = Ingestion.Services(Ingestion.LocalSettings());

        var failure = await Assert.ThrowsAsync<FetchException>(() => services.Fetcher().FetchPageAsync(server.Url("/hop0")));

        Assert.Equal(FetchFailure.TooManyRedirects, failure.Failure);
        Assert.Equal(0, server.CountRequests("/hop6"));
        Assert.Equal(502, failure.StatusCode);
    }

    [Fact]
    public async Task FollowsExactlyFiveRedirects()
    {
        var server = new TestWebServer();
        for (var i = 0; i < 5; i++)
            server.Redirect($"/hop{i}", $"/hop{i + 1}");
        server.MapText("/hop5", "text/html", ArabicPage);
        await using var _ = await server.StartAsync();
        using var services = Ingestion.Services(Ingestion.LocalSettings());

        var page = await services.Fetcher().FetchPageAsync(server.Url("/hop0"));

        Assert.Equal(server.Url("/hop5"), page.FinalUrl);
    }

    [Fact]
    public async Task RefusesARedirectToTheCloudMetadataAddress()
    {
        await using var server = await new TestWebServer()
            .Redirect("/innocent", "http://169.254.169.254/latest/meta-data/")
            .StartAsync();
        using var services = Ingestion.Services(new()
        {
            ["Ingestion:AllowedAddresses:0"] = "127.0.0.1",
            ["Ingestion:MaxRetries"] = "0",
        });

        var failure = await Assert.ThrowsAsync<FetchException>(() => services.Fetcher().FetchPageAsync(server.Url("/innocent")));

        Assert.Equal(FetchFailure.RefusedAddress, failure.Failure);
        Assert.Equal(403, failure.StatusCode);
        Assert.Equal(1, server.CountRequests("/innocent"));
    }

    [Fact]
    public async Task RefusesARedirectToAnotherScheme()
    {
        await using var server = await new TestWebServer().Redirect("/away", "file:///etc/passwd").StartAsync();
        using var services = Ingestion.Services(Ingestion.LocalSettings());

        var failure = await Assert.ThrowsAsync<FetchException>(() => services.Fetcher().FetchPageAsync(server.Url("/away")));

        Assert.Equal(FetchFailure.InvalidUrl, failure.Failure);
        Assert.Equal(400, failure.StatusCode);
    }

    [Fact]
    public async Task RefusesLoopbackByDefaultWithoutSendingAnything()
    {
        await using var server = await new TestWebServer().MapText("/story", "text/html", ArabicPage).StartAsync();
        using var services = Ingestion.Services(new() { ["Ingestion:MaxRetries"] = "0" });

        var failure = await Assert.ThrowsAsync<FetchException>(() => services.Fetcher().FetchPageAsync(server.Url("/story")));

        Assert.Equal(FetchFailure.RefusedAddress, failure.Failure);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task RefusesAHostNameThatResolvesToAPrivateAddress()
    {
        await using var server = await new TestWebServer().MapText("/story", "text/html", ArabicPage).StartAsync();
        using var services = Ingestion.Services(new() { ["Ingestion:MaxRetries"] = "0" },
            (_, _) => Task.FromResult(new[] { IPAddress.Loopback }));

        var url = new Uri($"http://news.example:{server.Port}/story");
        var failure = await Assert.ThrowsAsync<FetchException>(() => services.Fetcher().FetchPageAsync(url));

        Assert.Equal(FetchFailure.RefusedAddress, failure.Failure);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task RefusesAHostWhenAnyOfItsAddressesIsPrivate()
    {
        using var services = Ingestion.Services(new() { ["Ingestion:MaxRetries"] = "0" },
            (_, _) => Task.FromResult(new[] { IPAddress.Parse("93.184.216.34"), IPAddress.Parse("10.0.0.7") }));

        var failure = await Assert.ThrowsAsync<FetchException>(() => services.Fetcher().FetchPageAsync(new Uri("http://mixed.example/story")));

        Assert.Equal(FetchFailure.RefusedAddress, failure.Failure);
        Assert.Contains("10.0.0.7", failure.Message);
    }

    [Fact]
    public async Task ConnectsToTheAddressItCheckedNotToAFreshLookup()
    {
        // "checked.example" exists nowhere but in this resolver: the page can only arrive if the
        // connection went to the address the guard resolved and approved.
        await using var server = await new TestWebServer().MapText("/story", "text/html", ArabicPage).StartAsync();
        var lookups = 0;
        using var services = Ingestion.Services(new()
        {
            ["Ingestion:AllowedAddresses:0"] = "127.0.0.1/32",
            ["Ingestion:MaxRetries"] = "0",
        }, (_, _) =>
        {
            Interlocked.Increment(ref lookups);
            return Task.FromResult(new[] { IPAddress.Loopback });
        });

        var page = await services.Fetcher().FetchPageAsync(new Uri($"http://checked.example:{server.Port}/story"));

        Assert.Contains("نموذج جديد", page.Html);
        Assert.True(lookups >= 1);
    }

    [Fact]
    public async Task TimesOutOnASlowServer()
    {
        await using var server = await new TestWebServer().Map("/slow", async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
            await context.Response.WriteAsync("too late");
        }).StartAsync();
        using var services = Ingestion.Services(Ingestion.LocalSettings(timeout: "00:00:01"));

        var started = DateTime.UtcNow;
        var failure = await Assert.ThrowsAsync<FetchException>(() => services.Fetcher().FetchPageAsync(server.Url("/slow")));

        Assert.Equal(FetchFailure.Timeout, failure.Failure);
        Assert.Equal(504, failure.StatusCode);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task TimesOutWhenTheBodyTricklesIn()
    {
        await using var server = await new TestWebServer().Map("/trickle", async context =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body>");
            await context.Response.Body.FlushAsync();
            for (var i = 0; i < 40; i++)
            {
                await Task.Delay(250, context.RequestAborted);
                await context.Response.WriteAsync("<p>.</p>");
                await context.Response.Body.FlushAsync();
            }
        }).StartAsync();
        using var services = Ingestion.Services(Ingestion.LocalSettings(timeout: "00:00:01"));

        var failure = await Assert.ThrowsAsync<FetchException>(() => services.Fetcher().FetchPageAsync(server.Url("/trickle")));

        Assert.Equal(FetchFailure.Timeout, failure.Failure);
    }

    [Fact]
    public async Task RefusesABodyLargerThanTheLimitWhenContentLengthSaysSo()
    {
        var body = new byte[2 * 1024 * 1024];
        await using var server = await new TestWebServer().MapBytes("/huge", "text/html", body).StartAsync();
        var settings = Ingestion.LocalSettings();
        settings["Ingestion:MaxResponseBytes"] = (1024 * 1024).ToString();
        using var services = Ingestion.Services(settings);

        var failure = await Assert.ThrowsAsync<FetchException>(() => services.Fetcher().FetchPageAsync(server.Url("/huge")));

        Assert.Equal(FetchFailure.TooLarge, failure.Failure);
        Assert.Equal(413, failure.StatusCode);
    }

    [Fact]
    public async Task StopsReadingAStreamedBodyWithoutLengthOnceItPassesTheLimit()
    {
        // A raw socket server, because only a socket write failing shows that the client hung up.
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var written = 0L;
        var serving = Task.Run(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync();
            var stream = client.GetStream();
            var reader = new StreamReader(stream, Encoding.ASCII);
            while (!string.IsNullOrEmpty(await reader.ReadLineAsync()))
            {
            }
            await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n"));
            var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
            try
            {
                // Up to 64 MB, far past the limit: the client must hang up long before.
                for (var i = 0; i < 1024; i++)
                {
                    await stream.WriteAsync(chunk);
                    written += chunk.Length;
                }
            }
            catch (IOException)
            {
            }
        });
        var settings = Ingestion.LocalSettings();
        settings["Ingestion:MaxResponseBytes"] = (1024 * 1024).ToString();
        settings["Ingestion:RespectRobotsTxt"] = "false";
        using var services = Ingestion.Services(settings);

        var failure = await Assert.ThrowsAsync<FetchException>(() => services.Fetcher().FetchPageAsync(new Uri($"http://127.0.0.1:{port}/endless")));
        await serving.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(FetchFailure.TooLarge, failure.Failure);
        Assert.True(written < 32L * 1024 * 1024, $"the server wrote {written} bytes");
    }

    [Fact]
    public async Task RefusesWhatIsNotHtml()
    {
        await using var server = await new TestWebServer().MapText("/data", "application/json", "{\"a\":1}").StartAsync();
        using var services = Ingestion.Services(Ingestion.LocalSettings());

        var failure = await Assert.ThrowsAsync<FetchException>(() => services.Fetcher().FetchPageAsync(server.Url("/data")));

        Assert.Equal(FetchFailure.UnsupportedMediaType, failure.Failure);
        Assert.Equal(415, failure.StatusCode);
    }

    [Fact]
    public async Task ReportsAnUpstreamErrorWithItsStatus()
    {
        await using var server = await new TestWebServer().MapText("/gone", "text/html", "<p>not here</p>", status: 404).StartAsync();
        using var services = Ingestion.Services(Ingestion.LocalSettings());

        var failure = await Assert.ThrowsAsync<FetchException>(() => services.Fetcher().FetchPageAsync(server.Url("/gone")));

        Assert.Equal(FetchFailure.UpstreamError, failure.Failure);
        Assert.Equal(404, failure.UpstreamStatusCode);
        Assert.Equal(502, failure.StatusCode);
    }

    [Fact]
    public async Task ReportsAClosedPortAsUnreachable()
    {
        int port;
        using (var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        using var services = Ingestion.Services(Ingestion.LocalSettings());

        var failure = await Assert.ThrowsAsync<FetchException>(() => services.Fetcher().FetchPageAsync(new Uri($"http://127.0.0.1:{port}/")));

        Assert.Equal(FetchFailure.Unreachable, failure.Failure);
        Assert.Equal(502, failure.StatusCode);
    }

    [Fact]
    public async Task DecompressesGzipAndBrotliBodies()
    {
        static byte[] Compress(string text, Func<Stream, Stream> wrap)
        {
            using var buffer = new MemoryStream();
            using (var compressor = wrap(buffer))
                compressor.Write(Encoding.UTF8.GetBytes(text));
            return buffer.ToArray();
        }
        var gzip = Compress(ArabicPage, s => new GZipStream(s, CompressionLevel.Fastest));
        var brotli = Compress(ArabicPage, s => new BrotliStream(s, CompressionLevel.Fastest));
        await using var server = await new TestWebServer()
            .Map("/gz", async context =>
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Headers.ContentEncoding = "gzip";
                await context.Response.Body.WriteAsync(gzip);
            })
            .Map("/br", async context =>
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Headers.ContentEncoding = "br";
                await context.Response.Body.WriteAsync(brotli);
            })
            .StartAsync();
        using var services = Ingestion.Services(Ingestion.LocalSettings());

        var fromGzip = await services.Fetcher().FetchPageAsync(server.Url("/gz"));
        var fromBrotli = await services.Fetcher().FetchPageAsync(server.Url("/br"));

        Assert.Contains("الشركة الناشئة", fromGzip.Html);
        Assert.Contains("الشركة الناشئة", fromBrotli.Html);
        Assert.Contains("gzip", server.Requests.First(r => r.Path == "/gz").AcceptEncoding);
        Assert.Contains("br", server.Requests.First(r => r.Path == "/br").AcceptEncoding);
    }

    [Fact]
    public async Task DecodesWindows1256FromTheContentTypeHeader()
    {
        var bytes = Encoding.GetEncoding("windows-1256").GetBytes(ArabicPage);
        await using var server = await new TestWebServer().MapBytes("/legacy", "text/html; charset=windows-1256", bytes).StartAsync();
        using var services = Ingestion.Services(Ingestion.LocalSettings());

        var page = await services.Fetcher().FetchPageAsync(server.Url("/legacy"));

        Assert.Contains("نموذج جديد للذكاء الاصطناعي", page.Html);
        Assert.Equal(CharsetSource.HttpHeader, page.CharsetSource);
        Assert.Equal("windows-1256", page.Charset);
    }

    [Fact]
    public async Task DecodesWindows1256FromTheMetaTagWhenTheHeaderIsSilent()
    {
        var html = ArabicPage.Replace("<head>", "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">");
        var bytes = Encoding.GetEncoding("windows-1256").GetBytes(html);
        await using var server = await new TestWebServer().MapBytes("/legacy", "text/html", bytes).StartAsync();
        using var services = Ingestion.Services(Ingestion.LocalSettings());

        var page = await services.Fetcher().FetchPageAsync(server.Url("/legacy"));

        Assert.Contains("نموذج جديد للذكاء الاصطناعي", page.Html);
        Assert.Equal(CharsetSource.MetaTag, page.CharsetSource);
    }

    [Fact]
    public async Task HonoursRobotsTxtAndAsksForItOncePerHost()
    {
        await using var server = await new TestWebServer()
            .MapText("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n")
            .MapText("/private/report", "text/html", ArabicPage)
            .MapText("/news/one", "text/html", ArabicPage)
            .MapText("/news/two", "text/html", ArabicPage)
            .StartAsync();
        using var services = Ingestion.Services(Ingestion.LocalSettings());
        var fetcher = services.Fetcher();

        await fetcher.FetchPageAsync(server.Url("/news/one"));
        await fetcher.FetchPageAsync(server.Url("/news/two"));
        var failure = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchPageAsync(server.Url("/private/report")));

        Assert.Equal(FetchFailure.DisallowedByRobots, failure.Failure);
        Assert.Equal(403, failure.StatusCode);
        Assert.Equal(0, server.CountRequests("/private/report"));
        Assert.Equal(1, server.CountRequests("/robots.txt"));
    }

    [Fact]
    public async Task TreatsAMissingRobotsTxtAsPermission()
    {
        await using var server = await new TestWebServer().MapText("/news", "text/html", ArabicPage).StartAsync();
        using var services = Ingestion.Services(Ingestion.LocalSettings());

        var page = await services.Fetcher().FetchPageAsync(server.Url("/news"));

        Assert.Contains("الشركة", page.Html);
        Assert.Equal(1, server.CountRequests("/robots.txt"));
    }

    [Fact]
    public async Task SendsNoMoreThanTwoRequestsToOneHostAtATime()
    {
        await using var server = await new TestWebServer().Map("/page/{n}", async context =>
        {
            await Task.Delay(200);
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync(ArabicPage);
        }).StartAsync();
        var settings = Ingestion.LocalSettings();
        settings["Ingestion:RespectRobotsTxt"] = "false";
        using var services = Ingestion.Services(settings);

        var fetches = Enumerable.Range(0, 6).Select(n => services.Fetcher().FetchPageAsync(server.Url($"/page/{n}")));
        await Task.WhenAll(fetches);

        Assert.Equal(6, server.Requests.Count);
        Assert.Equal(2, server.MaxConcurrentRequests);
    }

    [Fact]
    public async Task AsksForAFeedConditionallyAndGetsNotModified()
    {
        const string Rss = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>أخبار التقنية</title><link>https://news.example/</link>
            <item><title>خبر أول</title><link>https://news.example/a</link><guid>a</guid><pubDate>Tue, 28 Jan 2025 09:30:00 +0300</pubDate></item>
            </channel></rss>
            """;
        await using var server = await new TestWebServer().Map("/feed.xml", async context =>
        {
            const string etag = "\"v1\"";
            if (context.Request.Headers.IfNoneMatch == etag)
            {
                context.Response.StatusCode = 304;
                return;
            }
            context.Response.Headers.ETag = etag;
            context.Response.Headers.LastModified = "Tue, 28 Jan 2025 07:00:00 GMT";
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(Rss);
        }).StartAsync();
        using var services = Ingestion.Services(Ingestion.LocalSettings());
        var fetcher = services.Fetcher();

        var first = await fetcher.FetchFeedAsync(server.Url("/feed.xml"));
        var second = await fetcher.FetchFeedAsync(server.Url("/feed.xml"), first.Validators);

        Assert.False(first.NotModified);
        Assert.Equal("خبر أول", Assert.Single(first.Feed!.Items).Title);
        Assert.Equal("\"v1\"", first.Validators.ETag);
        Assert.Equal(new DateTimeOffset(2025, 1, 28, 7, 0, 0, TimeSpan.Zero), first.Validators.LastModified);
        Assert.True(second.NotModified);
        Assert.Null(second.Feed);
        Assert.Equal("\"v1\"", server.Requests.Last(r => r.Path == "/feed.xml").IfNoneMatch);
        Assert.NotEmpty(server.Requests.Last(r => r.Path == "/feed.xml").IfModifiedSince);
    }

    [Fact]
    public async Task RefusesAFeedThatIsAnHtmlPage()
    {
        await using var server = await new TestWebServer().MapText("/feed", "text/html", ArabicPage).StartAsync();
        using var services = Ingestion.Services(Ingestion.LocalSettings());

        var failure = await Assert.ThrowsAsync<FetchException>(() => services.Fetcher().FetchFeedAsync(server.Url("/feed")));

        Assert.Equal(FetchFailure.UnsupportedMediaType, failure.Failure);
    }

    [Theory]
    [InlineData("Ingestion:Timeout", "00:00:00.010", "Timeout")]
    [InlineData("Ingestion:MaxRedirects", "50", "MaxRedirects")]
    [InlineData("Ingestion:AllowedAddresses:0", "not-an-address", "AllowedAddresses")]
    [InlineData("Ingestion:Feeds:0:Url", "ftp://news.example/feed", "Feeds")]
    public void StopsStartUpOnAnInvalidConfiguration(string key, string value, string named)
    {
        using var services = Ingestion.Services(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<IngestionOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains(named));
    }
}
