using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DeepSeekNews.Ingestion.Tests;

/// <summary>
/// A Kestrel server on 127.0.0.1 with a free port, started by the test that needs it. Routes are
/// added before <see cref="StartAsync"/>; every request is recorded so tests can see what was asked.
/// </summary>
internal sealed class TestWebServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _inFlight;
    private int _maxInFlight;

    public TestWebServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            Requests.Enqueue(new RecordedRequest(context.Request.Path + context.Request.QueryString,
                context.Request.Headers.UserAgent.ToString(), context.Request.Headers.IfNoneMatch.ToString(),
                context.Request.Headers.IfModifiedSince.ToString(), context.Request.Headers.AcceptEncoding.ToString()));
            var now = Interlocked.Increment(ref _inFlight);
            int seen;
            while ((seen = Volatile.Read(ref _maxInFlight)) < now && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
            {
            }
            try
            {
                await next(context);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        });
    }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The most requests the server was answering at one moment.</summary>
    public int MaxConcurrentRequests => Volatile.Read(ref _maxInFlight);

    public Uri BaseUrl { get; private set; } = null!;

    public int Port => BaseUrl.Port;

    public Uri Url(string path) => new(BaseUrl, path);

    public int CountRequests(string path) => Requests.Count(r => r.Path == path);

    public TestWebServer Map(string path, RequestDelegate handler)
    {
        _app.Map(path, handler);
        return this;
    }

    public TestWebServer MapText(string path, string contentType, string body, int status = 200) =>
        Map(path, async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body);
        });

    public TestWebServer MapBytes(string path, string contentType, byte[] body) =>
        Map(path, async context =>
        {
            context.Response.ContentType = contentType;
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body);
        });

    public TestWebServer Redirect(string path, string location, int status = 302) =>
        Map(path, context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        });

    public async Task<TestWebServer> StartAsync()
    {
        await _app.StartAsync();
        BaseUrl = new Uri(_app.Urls.First().Replace("[::]", "127.0.0.1") + "/");
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stopping.Token);
        await _app.DisposeAsync();
    }
}

internal sealed record RecordedRequest(string Path, string UserAgent, string IfNoneMatch, string IfModifiedSince, string AcceptEncoding);
