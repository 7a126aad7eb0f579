using DeepSeekNews.Analysis;
using DeepSeekNews.Api.Catalog;
using DeepSeekNews.Api.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DeepSeekNews.Api.Endpoints;

public static class AnalyzeEndpoints
{
    public static IEndpointRouteBuilder MapAnalyzeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/analyze", Analyze)
            .WithTags("Analysis")
            .WithName("Analyze")
            .WithSummary("Analyse an article without storing it")
            .WithDescription("Finds the entities, cost claims, quotes and relations of an article given as text or HTML. " +
                "Every offset in the answer is a half-open range of UTF-16 code units into the answer's text, which for " +
                "plain text is the text sent.")
            .Accepts<AnalyzeRequest>("application/json");
        return app;
    }

    public static Results<Ok<AnalysisResult>, ProblemHttpResult> Analyze(
        AnalyzeRequest request,
        ArticleInput input,
        AnalyzerProvider analyzers)
    {
        var prepared = input.Prepare(request.Text, request.Html, request.Language);
        if (prepared.Problem is { } problem)
        {
            return problem;
        }
        var article = prepared.Article!;
        return TypedResults.Ok(analyzers.Current.Analyze(article.Text, article.Language, article.PublishedAt?.Year));
    }
}
