namespace Footfall.Data.Entities;

/// <summary>One day's check-in (at most one per runner per day) and the advice it produced.</summary>
public class CheckInRecord : IOwned
{
    public Guid Id { get; set; }

    public required string OwnerId { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>Pain 0 to 10 on the first steps of the day.</summary>
    public int? PainFirstSteps { get; set; }

    public int? PainDuringActivity { get; set; }

    public int? PainAfterActivity { get; set; }

    public int? PainNextMorning { get; set; }

    public int? MorningStiffnessMinutes { get; set; }

    public double? RunDistanceKm { get; set; }

    /// <summary>The cross-training mode's name, if any.</summary>
    public string? CrossTraining { get; set; }

    public int? CrossTrainingMinutes { get; set; }

    public bool Rested { get; set; }

    /// <summary>Exercise ids done, comma-separated.</summary>
    public string ExercisesDone { get; set; } = string.Empty;

    public string? MovementSafeToday { get; set; }

    public string? MovementHealthy { get; set; }

    public string? MovementPushThrough { get; set; }

    public string? Note { get; set; }

    /// <summary>Progress, Hold or StepBack.</summary>
    public required string Decision { get; set; }

    public required string DecisionRule { get; set; }

    public required string DecisionReason { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The plan stage index before this check-in was applied; null when no plan was active.</summary>
    public int? StageBefore { get; set; }

    /// <summary>The walk-run day before this check-in was applied; null when no plan was active.</summary>
    public int? WalkRunDayBefore { get; set; }

    /// <summary>The plan stage index the check-in moved the runner to; null when no plan was active.</summary>
    public int? StageAfter { get; set; }

    /// <summary>The walk-run day the check-in moved the runner to; null when no plan was active.</summary>
    public int? WalkRunDayAfter { get; set; }
}
