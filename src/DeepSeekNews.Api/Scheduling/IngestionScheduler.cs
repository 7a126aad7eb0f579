using Microsoft.Extensions.Options;

namespace DeepSeekNews.Api.Scheduling;

/// <summary>
/// Reads the feeds in the background: every <see cref="SchedulerOptions.Tick"/> it asks a fresh
/// <see cref="IngestionRunner"/> to run the sources that are due. It only schedules; the runner does the work, and
/// no failure of a pass stops the scheduler or the host.
/// </summary>
public sealed class IngestionScheduler(
    IServiceScopeFactory scopes,
    IOptions<SchedulerOptions> options,
    TimeProvider time,
    ILogger<IngestionScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var tick = options.Value.Tick;
        logger.LogInformation("Ingestion scheduler started; looking for due sources every {Tick}", tick);
        using var timer = new PeriodicTimer(tick, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IngestionRunner>().RunDueAsync(progress: null, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Ingestion pass failed; the scheduler carries on at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
