using DeepSeekNews.Analysis;
using DeepSeekNews.Analysis.Entities;
using DeepSeekNews.Analysis.Money;
using DeepSeekNews.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DeepSeekNews.Api.Catalog;

public sealed class AnalysisOptions
{
    public const string Section = "Analysis";

    /// <summary>A catalog JSON file that replaces the built-in one; null keeps the built-in catalog.</summary>
    public string? CatalogPath { get; set; }

    /// <summary>A yearly exchange-rate table (format: docs/analysis-money.md) replacing the built-in one for amountUsd.</summary>
    public string? ExchangeRatesPath { get; set; }
}

/// <summary>
/// Holds the analyser in use: the base catalog (built-in or <see cref="AnalysisOptions.CatalogPath"/>) plus the
/// entries curators added through the API. Building one compiles the catalog, so it is built once and replaced
/// only when the catalog changes.
/// </summary>
public sealed class AnalyzerProvider
{
    private readonly EntityCatalog _baseCatalog;
    private readonly ExchangeRates _rates;
    private volatile ArticleAnalyzer _current;

    public AnalyzerProvider(IOptions<AnalysisOptions> options)
    {
        var catalogPath = options.Value.CatalogPath;
        _baseCatalog = string.IsNullOrWhiteSpace(catalogPath) ? EntityCatalog.LoadEmbedded() : EntityCatalog.LoadFile(catalogPath);
        var ratesPath = options.Value.ExchangeRatesPath;
        _rates = string.IsNullOrWhiteSpace(ratesPath) ? ExchangeRates.Embedded : ExchangeRates.LoadFile(ratesPath);
        _current = new ArticleAnalyzer(_baseCatalog, _rates);
    }

    public ArticleAnalyzer Current => _current;

    public EntityCatalog BaseCatalog => _baseCatalog;

    /// <summary>
    /// Copies the base catalog into the database (so mentions can reference it) and rebuilds the analyser with the
    /// curated entries stored there.
    /// </summary>
    public async Task SynchronizeAsync(DeepSeekNewsDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.Entities.Include(e => e.Aliases).ToDictionaryAsync(e => e.Id, cancellationToken);
        var now = DateTime.UtcNow;
        foreach (var entry in _baseCatalog.Entries)
        {
            if (!stored.TryGetValue(entry.Id, out var row))
            {
                row = new KnownEntity { Id = entry.Id, Name = entry.Name };
                db.Entities.Add(row);
                stored[entry.Id] = row;
            }
            row.Name = entry.Name;
            row.Type = entry.Type;
            row.Owner = entry.Owner;
            row.IsCurated = false;

            var wanted = entry.Aliases.Select(a => (Alias: a, NeedsCue: false))
                .Concat(entry.CueAliases.Select(a => (Alias: a, NeedsCue: true)))
                .DistinctBy(a => a.Alias, StringComparer.Ordinal)
                .ToList();
            var wantedSet = wanted.Select(a => a.Alias).ToHashSet(StringComparer.Ordinal);
            row.Aliases.RemoveAll(a => !a.IsCurated && !wantedSet.Contains(a.Alias));
            foreach (var (alias, needsCue) in wanted)
            {
                var existing = row.Aliases.FirstOrDefault(a => a.Alias == alias);
                if (existing is null)
                {
                    row.Aliases.Add(new EntityAlias { EntityId = entry.Id, Alias = alias, NeedsCue = needsCue, AddedAt = now });
                }
                else
                {
                    existing.NeedsCue = needsCue;
                    existing.IsCurated = false;
                }
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await ReloadAsync(db, cancellationToken);
    }

    /// <summary>Rebuilds the analyser from the base catalog and the curated rows of the database.</summary>
    public async Task ReloadAsync(DeepSeekNewsDbContext db, CancellationToken cancellationToken)
    {
        var curated = await db.Entities.AsNoTracking()
            .Where(e => e.IsCurated || e.Aliases.Any(a => a.IsCurated))
            .Select(e => new
            {
                e.Id,
                e.Name,
                e.Type,
                e.Owner,
                Aliases = e.Aliases.Where(a => a.IsCurated).Select(a => new { a.Alias, a.NeedsCue }).ToList(),
            })
            .ToListAsync(cancellationToken);

        var extra = curated.Select(e => new CatalogEntry(
            e.Id,
            e.Name,
            e.Type,
            e.Aliases.Where(a => !a.NeedsCue).Select(a => a.Alias).ToList(),
            e.Aliases.Where(a => a.NeedsCue).Select(a => a.Alias).ToList(),
            e.Owner));
        _current = new ArticleAnalyzer(_baseCatalog.With(extra), _rates);
    }
}
