using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace DeepSeekNews.Api.Infrastructure;

/// <summary>
/// Turns every exception that reaches the pipeline into problem+json: a request the server could not read
/// (malformed JSON, a missing body, a wrong content type) becomes a 4xx that says what to fix; anything else a 500
/// without internals, logged with its stack trace.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        int status;
        string title;
        string detail;
        switch (exception)
        {
            case BadHttpRequestException bad:
                status = bad.StatusCode;
                title = status == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Invalid request";
                detail = Describe(bad);
                logger.LogInformation("Rejected request {Method} {Path}: {Detail}", httpContext.Request.Method, httpContext.Request.Path, detail);
                break;
            case OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested:
                return true; // the client went away; nobody is there to read an answer
            default:
                status = StatusCodes.Status500InternalServerError;
                title = "Unexpected error";
                detail = $"The server failed to process the request. The error was logged with trace id {httpContext.TraceIdentifier}.";
                logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
                break;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    private static string Describe(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
        {
            var where = json.Path is null ? "" : $" (at {json.Path}, line {json.LineNumber + 1}, byte {json.BytePositionInLine + 1})";
            return $"The body is not valid JSON for this request{where}: {FirstSentence(json.Message)} " +
                "Send a JSON object such as {\"text\": \"...\"}.";
        }
        if (bad.Message.StartsWith("Required parameter", StringComparison.Ordinal) && bad.Message.Contains("from body", StringComparison.Ordinal))
        {
            return "The request needs a JSON body such as {\"text\": \"...\"} with Content-Type: application/json.";
        }
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return $"{bad.Message} Send the body as application/json.";
        }
        return bad.Message;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
