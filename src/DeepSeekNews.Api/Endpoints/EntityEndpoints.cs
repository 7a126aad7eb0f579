using DeepSeekNews.Analysis;
using DeepSeekNews.Api.Contracts;
using DeepSeekNews.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeepSeekNews.Api.Endpoints;

public static class EntityEndpoints
{
    private const int LatestArticleCount = 10;

    public static IEndpointRouteBuilder MapEntityEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/entities").WithTags("Entities");

        group.MapGet("/", ListEntities)
            .WithName("ListEntities")
            .WithSummary("List the entity catalog with article and mention counts")
            .WithDescription("Every catalog entity with the number of stored articles that name it and the number of " +
                "mentions, most-mentioned first. Filter by type (Organization, Person, Product, Location) and count only " +
                "articles dated within from/to.");

        group.MapGet("/{id}", GetEntity)
            .WithName("GetEntity")
            .WithSummary("Get one entity with its aliases, roles and latest articles")
            .WithDescription("The catalog entry with every alias (curated ones marked), how many stored articles and " +
                "mentions name it, the roles and model makers found for it, and the 10 latest articles that mention it.");

        return app;
    }

    /// <summary>Lists the catalog.</summary>
    /// <param name="type" example="Organization">Only entities of this type: Organization, Person, Product or Location.</param>
    /// <param name="from" example="2025-01-01">Count only articles dated on or after this date.</param>
    /// <param name="to" example="2025-02-01">Count only articles dated before this time; a bare date includes that day.</param>
    public static async Task<Results<Ok<List<EntitySummary>>, ValidationProblem>> ListEntities(
        DeepSeekNewsDbContext db,
        string? type,
        string? from,
        string? to,
        CancellationToken cancellationToken)
    {
        var query = new QueryParameters();
        var entityType = query.Choice<EntityType>("type", type);
        var fromDate = query.From(from);
        var toDate = query.To(to);
        query.CheckRange(fromDate, toDate);
        if (!query.IsValid)
        {
            return TypedResults.ValidationProblem(query.Errors, title: "Invalid query parameters");
        }

        var mentions = db.Mentions.AsNoTracking();
        if (fromDate is { } f)
        {
            mentions = mentions.Where(m => m.ArticleDate >= f);
        }
        if (toDate is { } t)
        {
            mentions = mentions.Where(m => m.ArticleDate < t);
        }
        var counts = await mentions
            .GroupBy(m => m.EntityId)
            .Select(g => new { EntityId = g.Key, Mentions = g.Count(), Articles = g.Select(m => m.ArticleId).Distinct().Count() })
            .ToDictionaryAsync(c => c.EntityId, cancellationToken);

        var entities = db.Entities.AsNoTracking();
        if (entityType is { } et)
        {
            entities = entities.Where(e => e.Type == et);
        }
        var list = (await entities.ToListAsync(cancellationToken))
            .Select(e => new EntitySummary(e.Id, e.Name, e.Type, e.Owner, e.IsCurated,
                counts.GetValueOrDefault(e.Id)?.Articles ?? 0, counts.GetValueOrDefault(e.Id)?.Mentions ?? 0))
            .OrderByDescending(e => e.ArticleCount).ThenByDescending(e => e.MentionCount).ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return TypedResults.Ok(list);
    }

    /// <summary>Gets one entity.</summary>
    /// <param name="id" example="deepseek">The entity id.</param>
    public static async Task<Results<Ok<EntityDetail>, ProblemHttpResult>> GetEntity(
        string id,
        DeepSeekNewsDbContext db,
        ArticleQueries articles,
        CancellationToken cancellationToken)
    {
        var entity = await db.Entities.AsNoTracking().Include(e => e.Aliases).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entity is null)
        {
            return Problems.EntityNotFound(id);
        }
        var mentionCount = await db.Mentions.CountAsync(m => m.EntityId == id, cancellationToken);
        var articleCount = await db.Mentions.Where(m => m.EntityId == id).Select(m => m.ArticleId).Distinct().CountAsync(cancellationToken);
        var relations = await db.Relations.AsNoTracking()
            .Where(r => r.SubjectId == id || r.ObjectId == id)
            .GroupBy(r => new { r.SubjectId, r.Relation, r.Role, r.ObjectId })
            .Select(g => new EntityRelation(g.Key.SubjectId, g.Key.Relation, g.Key.Role, g.Key.ObjectId, null, null))
            .ToListAsync(cancellationToken);
        var latest = await articles.LatestMentioningAsync(id, LatestArticleCount, cancellationToken);

        return TypedResults.Ok(new EntityDetail(
            entity.Id, entity.Name, entity.Type, entity.Owner, entity.IsCurated,
            entity.Aliases.OrderBy(a => a.Id).Select(a => new EntityAliasItem(a.Alias, a.NeedsCue, a.IsCurated)).ToList(),
            articleCount, mentionCount, relations, latest));
    }
}
