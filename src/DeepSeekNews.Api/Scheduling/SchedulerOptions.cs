using System.ComponentModel.DataAnnotations;

namespace DeepSeekNews.Api.Scheduling;

/// <summary>The "Scheduler" section: how the service reads its feeds in the background.</summary>
public sealed class SchedulerOptions : IValidatableObject
{
    public const string Section = "Scheduler";

    /// <summary>Run the background scheduler inside <c>serve</c>. Turn off when a cron job runs <c>ingest --once</c>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the scheduler looks for sources that are due.</summary>
    public TimeSpan Tick { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Readiness turns Degraded when no pass has completed for this long while sources exist.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The longest wait between two reads of a failing source.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Share of the interval by which a run is moved at random, so sources do not all fire together.</summary>
    [Range(0.0, 0.5)]
    public double Jitter { get; set; } = 0.1;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Tick < TimeSpan.FromSeconds(1) || Tick > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("Scheduler:Tick must lie between 1 second and 1 hour.", [nameof(Tick)]);
        }
        if (StaleAfter < Tick)
        {
            yield return new ValidationResult("Scheduler:StaleAfter must be at least Scheduler:Tick.", [nameof(StaleAfter)]);
        }
        if (MaxBackoff < TimeSpan.FromMinutes(1))
        {
            yield return new ValidationResult("Scheduler:MaxBackoff must be at least one minute.", [nameof(MaxBackoff)]);
        }
    }
}
