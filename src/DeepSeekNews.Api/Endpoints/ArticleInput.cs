using System.Text;
using DeepSeekNews.Api.Data;
using DeepSeekNews.Api.Scheduling;
using DeepSeekNews.Ingestion.Extraction;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace DeepSeekNews.Api.Endpoints;

public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Largest article text (UTF-8 bytes) the API analyses; larger ones are refused with 413.</summary>
    [System.ComponentModel.DataAnnotations.Range(1024, 100 * 1024 * 1024)]
    public int MaxTextBytes { get; set; } = 2 * 1024 * 1024;
}

/// <summary>The article a request carries (text or HTML), checked and made ready for analysis.</summary>
public sealed record PreparedInput(NewArticle? Article, ProblemHttpResult? Problem);

/// <summary>Checks the text-or-HTML body shared by POST /api/analyze and POST /api/articles.</summary>
public sealed class ArticleInput(IOptions<ApiOptions> options, ArticleExtractor extractor)
{
    /// <param name="url">Where an HTML page came from: resolves its relative links and is kept as the article's URL.</param>
    public PreparedInput Prepare(string? text, string? html, string? language, Uri? url = null)
    {
        if (language is not null && language.Trim().ToLowerInvariant() is not ("ar" or "en"))
        {
            return Fail(Problems.BadRequest($"language must be \"ar\" or \"en\" (or omitted to detect it); got \"{language}\"."));
        }
        var hasText = !string.IsNullOrWhiteSpace(text);
        var hasHtml = !string.IsNullOrWhiteSpace(html);
        if (hasText && hasHtml)
        {
            return Fail(Problems.BadRequest("Give either text or html, not both."));
        }
        if (!hasText && !hasHtml)
        {
            return Fail(Problems.BadRequest(text is null && html is null
                ? "The body needs a non-empty \"text\" (plain text, one paragraph per line) or \"html\" (a whole page)."
                : "The article is empty: \"text\" or \"html\" must contain some words."));
        }

        var max = options.Value.MaxTextBytes;
        var size = Encoding.UTF8.GetByteCount(hasText ? text! : html!);
        if (size > max)
        {
            return Fail(Problems.TooLarge($"The {(hasText ? "text" : "html")} is {size:N0} bytes; the limit is {max:N0} bytes (Api:MaxTextBytes)."));
        }

        var lang = language?.Trim().ToLowerInvariant();
        if (hasHtml)
        {
            var extracted = extractor.Extract(html!, url);
            if (string.IsNullOrWhiteSpace(extracted.Text))
            {
                return Fail(Problems.Status(StatusCodes.Status422UnprocessableEntity, "No article in the page",
                    "No article text could be extracted from the html: it holds no paragraphs of body text. Send the article as \"text\" instead."));
            }
            var article = WebArticleImporter.ToNewArticle(extracted, url, url);
            return new PreparedInput(lang is null ? article : article with { Language = lang }, null);
        }
        return new PreparedInput(new NewArticle(text!, Language: lang), null);
    }

    private static PreparedInput Fail(ProblemHttpResult problem) => new(null, problem);
}
