using Microsoft.AspNetCore.Http.HttpResults;

namespace DeepSeekNews.Api.Endpoints;

/// <summary>The problem+json answers the endpoints give, each with a detail that says what to fix.</summary>
public static class Problems
{
    public static ProblemHttpResult BadRequest(string detail, string title = "Invalid request") =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: title);

    public static ProblemHttpResult NotFound(string detail, string title = "Not found") =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: title);

    public static ProblemHttpResult ArticleNotFound(int id) =>
        NotFound($"There is no article with id {id}. List the stored articles with GET /api/articles.", "Article not found");

    public static ProblemHttpResult EntityNotFound(string id) =>
        NotFound($"There is no entity with id '{id}'. List the catalog with GET /api/entities.", "Entity not found");

    public static ProblemHttpResult TooLarge(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Article too large");

    public static ProblemHttpResult Status(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);
}
