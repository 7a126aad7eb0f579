using System.Text.RegularExpressions;
using DeepSeekNews.Analysis;
using DeepSeekNews.Analysis.Entities;
using DeepSeekNews.Analysis.Text;
using DeepSeekNews.Api.Catalog;
using DeepSeekNews.Api.Contracts;
using DeepSeekNews.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeepSeekNews.Api.Endpoints;

public static partial class EntityEndpoints
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

        group.MapPost("/", CreateEntity)
            .WithName("CreateEntity")
            .WithSummary("Add an entity to the catalog")
            .WithDescription("Adds a curated entity with its aliases. The analyser picks it up at once for new articles; " +
                "stored articles see it after POST /api/articles/reanalyze. 409 when the id exists or an alias already " +
                "names another entity.")
            .Accepts<CreateEntityRequest>("application/json");

        group.MapPost("/{id}/aliases", AddAlias)
            .WithName("AddEntityAlias")
            .WithSummary("Add a spelling to a catalog entity")
            .WithDescription("Adds a curated alias (any script; matching ignores diacritics, alef forms and case). " +
                "409 when the alias already names this or another entity.")
            .Accepts<AddAliasRequest>("application/json");

        app.MapGet("/api/candidates", ListCandidates)
            .WithTags("Entities")
            .WithName("ListCandidates")
            .WithSummary("Names the catalog lacks, for curators")
            .WithDescription("Names found in stored articles that no catalog entry covers (Latin-script names in Arabic " +
                "text, «شركة X», «صحيفة X», «منصة X»), most frequent first, with a type guess. Add the useful ones with " +
                "POST /api/entities.");

        return app;
    }

    /// <summary>Adds an entity.</summary>
    public static async Task<Results<Created<EntityDetail>, ProblemHttpResult>> CreateEntity(
        CreateEntityRequest request,
        DeepSeekNewsDbContext db,
        AnalyzerProvider analyzers,
        ArticleQueries articles,
        ILogger<AnalyzerProvider> logger,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            return Problems.BadRequest("name is required: the canonical name of the entity, e.g. \"Moonshot AI\".");
        }
        if (!Enum.TryParse<EntityType>(request.Type, ignoreCase: true, out var type) || !Enum.IsDefined(type) || int.TryParse(request.Type, out _))
        {
            return Problems.BadRequest($"type must be Organization, Person, Product or Location; got '{request.Type}'.");
        }
        var aliases = Clean(request.Aliases);
        var cueAliases = Clean(request.CueAliases);
        if (aliases.Count + cueAliases.Count == 0)
        {
            return Problems.BadRequest("Give at least one alias: the spellings that name the entity in articles.");
        }
        var id = string.IsNullOrWhiteSpace(request.Id) ? Slug(request.Name) : request.Id.Trim();
        if (!EntityCatalog.IsValidId(id))
        {
            return Problems.BadRequest(string.IsNullOrWhiteSpace(request.Id)
                ? "No id can be derived from a name without Latin letters or digits; give an id such as \"moonshot-ai\"."
                : $"id must be lower-case letters, digits and single hyphens, e.g. \"moonshot-ai\"; got '{id}'.");
        }
        if (await db.Entities.AnyAsync(e => e.Id == id, cancellationToken))
        {
            return Problems.Status(StatusCodes.Status409Conflict, "Entity exists", $"An entity with id '{id}' already exists; add spellings with POST /api/entities/{id}/aliases.");
        }
        var owner = string.IsNullOrWhiteSpace(request.Owner) ? null : request.Owner.Trim();
        if (owner is not null && analyzers.Current.Catalog.Find(owner) is null)
        {
            return Problems.BadRequest($"owner '{owner}' is not a catalog entity id.");
        }
        if (FindTakenAlias(analyzers.Current.Catalog, aliases.Concat(cueAliases), exceptId: null) is { } taken)
        {
            return Problems.Status(StatusCodes.Status409Conflict, "Alias taken", $"The alias '{taken.Alias}' already names '{taken.EntityId}'.");
        }

        var now = DateTime.UtcNow;
        var entity = new KnownEntity { Id = id, Name = request.Name.Trim(), Type = type, Owner = owner, IsCurated = true };
        entity.Aliases.AddRange(aliases.Select(a => new EntityAlias { EntityId = id, Alias = a, IsCurated = true, AddedAt = now }));
        entity.Aliases.AddRange(cueAliases.Select(a => new EntityAlias { EntityId = id, Alias = a, NeedsCue = true, IsCurated = true, AddedAt = now }));
        db.Entities.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        await analyzers.ReloadAsync(db, cancellationToken);
        logger.LogInformation("Curator added entity {EntityId} ({EntityType}) with {AliasCount} alias(es); analysis version now {AnalysisVersion}",
            id, type, entity.Aliases.Count, analyzers.Current.Version);

        var detail = await DetailAsync(id, db, articles, cancellationToken);
        return TypedResults.Created($"/api/entities/{id}", detail!);
    }

    /// <summary>Adds an alias.</summary>
    /// <param name="id" example="deepseek">The entity id.</param>
    public static async Task<Results<Created<EntityDetail>, ProblemHttpResult>> AddAlias(
        string id,
        AddAliasRequest request,
        DeepSeekNewsDbContext db,
        AnalyzerProvider analyzers,
        ArticleQueries articles,
        ILogger<AnalyzerProvider> logger,
        CancellationToken cancellationToken)
    {
        var entity = await db.Entities.Include(e => e.Aliases).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entity is null)
        {
            return Problems.EntityNotFound(id);
        }
        var alias = request.Alias?.Trim();
        if (string.IsNullOrEmpty(alias) || !Tokenizer.Tokenize(TextNormalizer.NormalizeString(alias)).Any())
        {
            return Problems.BadRequest("alias must contain letters or digits, e.g. \"ديب سييك\".");
        }
        if (FindTakenAlias(analyzers.Current.Catalog, [alias], exceptId: null) is { } taken)
        {
            return Problems.Status(StatusCodes.Status409Conflict, "Alias taken", taken.EntityId == id
                ? $"'{alias}' is already an alias of '{id}'."
                : $"The alias '{alias}' already names '{taken.EntityId}'.");
        }

        entity.Aliases.Add(new EntityAlias { EntityId = id, Alias = alias, NeedsCue = request.NeedsCue, IsCurated = true, AddedAt = DateTime.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
        await analyzers.ReloadAsync(db, cancellationToken);
        logger.LogInformation("Curator added alias {Alias} to {EntityId}; analysis version now {AnalysisVersion}", alias, id, analyzers.Current.Version);
        return TypedResults.Created($"/api/entities/{id}", (await DetailAsync(id, db, articles, cancellationToken))!);
    }

    /// <summary>Lists candidate names.</summary>
    /// <param name="pageSize" example="50">How many names, 1 to 200 (default 20).</param>
    public static async Task<Results<Ok<List<CandidateSummary>>, ValidationProblem>> ListCandidates(
        DeepSeekNewsDbContext db,
        string? pageSize,
        CancellationToken cancellationToken)
    {
        var query = new QueryParameters();
        var size = query.PageSize(pageSize);
        if (!query.IsValid)
        {
            return query.Problem();
        }
        var rows = await db.Candidates.AsNoTracking()
            .GroupBy(c => new { c.Name, c.TypeGuess })
            .Select(g => new { g.Key.Name, g.Key.TypeGuess, Articles = g.Select(c => c.ArticleId).Distinct().Count(), Occurrences = g.Count() })
            .OrderByDescending(g => g.Articles).ThenByDescending(g => g.Occurrences).ThenBy(g => g.Name)
            .Take(size)
            .ToListAsync(cancellationToken);
        var names = rows.Select(r => r.Name).ToList();
        var cues = (await db.Candidates.AsNoTracking().Where(c => names.Contains(c.Name)).Select(c => new { c.Name, c.Cue }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(c => c.Name, c => c.Cue);
        return TypedResults.Ok(rows.Select(r => new CandidateSummary(r.Name, r.TypeGuess, r.Articles, r.Occurrences, cues[r.Name].Order(StringComparer.Ordinal).ToList())).ToList());
    }

    private static List<string> Clean(IReadOnlyList<string>? aliases) =>
        (aliases ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The first of <paramref name="aliases"/> that, normalised, already names a catalog entity.</summary>
    private static (string Alias, string EntityId)? FindTakenAlias(EntityCatalog catalog, IEnumerable<string> aliases, string? exceptId)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in catalog.Entries.Where(e => e.Id != exceptId))
        {
            foreach (var a in entry.Aliases.Concat(entry.CueAliases))
            {
                known.TryAdd(AliasKey(a), entry.Id);
            }
        }
        foreach (var alias in aliases)
        {
            if (known.TryGetValue(AliasKey(alias), out var owner))
            {
                return (alias, owner);
            }
        }
        return null;
    }

    private static string AliasKey(string alias) =>
        string.Join(' ', Tokenizer.Tokenize(TextNormalizer.NormalizeString(alias)).Select(t => t.Text));

    private static string Slug(string name) =>
        NonSlug().Replace(name.Trim().ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();

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
            return query.Problem();
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
        var detail = await DetailAsync(id, db, articles, cancellationToken);
        return detail is null ? Problems.EntityNotFound(id) : TypedResults.Ok(detail);
    }

    private static async Task<EntityDetail?> DetailAsync(string id, DeepSeekNewsDbContext db, ArticleQueries articles, CancellationToken cancellationToken)
    {
        var entity = await db.Entities.AsNoTracking().Include(e => e.Aliases).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entity is null)
        {
            return null;
        }
        var mentionCount = await db.Mentions.CountAsync(m => m.EntityId == id, cancellationToken);
        var articleCount = await db.Mentions.Where(m => m.EntityId == id).Select(m => m.ArticleId).Distinct().CountAsync(cancellationToken);
        var relations = await db.Relations.AsNoTracking()
            .Where(r => r.SubjectId == id || r.ObjectId == id)
            .GroupBy(r => new { r.SubjectId, r.Relation, r.Role, r.ObjectId })
            .Select(g => new EntityRelation(g.Key.SubjectId, g.Key.Relation, g.Key.Role, g.Key.ObjectId, null, null))
            .ToListAsync(cancellationToken);
        var latest = await articles.LatestMentioningAsync(id, LatestArticleCount, cancellationToken);

        return new EntityDetail(
            entity.Id, entity.Name, entity.Type, entity.Owner, entity.IsCurated,
            entity.Aliases.OrderBy(a => a.Id).Select(a => new EntityAliasItem(a.Alias, a.NeedsCue, a.IsCurated)).ToList(),
            articleCount, mentionCount, relations, latest);
    }
}
