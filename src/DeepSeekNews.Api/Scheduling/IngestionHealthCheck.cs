using DeepSeekNews.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DeepSeekNews.Api.Scheduling;

/// <summary>Readiness: Degraded when the scheduler runs, sources exist, and no pass has completed for <see cref="SchedulerOptions.StaleAfter"/>.</summary>
public sealed class IngestionHealthCheck(
    IngestionStatus status,
    DeepSeekNewsDbContext db,
    IOptions<SchedulerOptions> options,
    TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return HealthCheckResult.Healthy("The scheduler is off (Scheduler:Enabled = false).");
        }
        if (!await db.Sources.AnyAsync(cancellationToken))
        {
            return HealthCheckResult.Healthy("No sources to ingest.");
        }
        var now = time.GetUtcNow().UtcDateTime;
        var last = status.LastPass?.CompletedAt ?? status.StartedAt;
        var age = now - last;
        return age > settings.StaleAfter
            ? HealthCheckResult.Degraded($"The last ingestion pass completed {age:g} ago (Scheduler:StaleAfter is {settings.StaleAfter:g}).")
            : HealthCheckResult.Healthy(status.LastPass is null ? "Waiting for the first ingestion pass." : $"Last ingestion pass completed {age:g} ago.");
    }
}
