using System.ComponentModel.DataAnnotations;
using Footfall.Recovery;
using Footfall.Recovery.CheckIns;
using Footfall.Training;

namespace Footfall.Web.Pages.Recovery;

/// <summary>The check-in form. Fields are bound leniently and checked by <see cref="DailyCheckIn.Validate"/>.</summary>
public sealed class CheckInInput
{
    public DateOnly? Date { get; set; }

    public int? PainFirstSteps { get; set; }

    public int? PainDuringActivity { get; set; }

    public int? PainAfterActivity { get; set; }

    public int? PainNextMorning { get; set; }

    public int? MorningStiffnessMinutes { get; set; }

    /// <summary>run, crosstrain, rest or empty.</summary>
    public string? Activity { get; set; }

    /// <summary>Distance run, in the runner's <see cref="DistanceUnit"/> (kilometres or miles).</summary>
    [Range(0, 500, ErrorMessage = "Distance run must be between 0 and 500.")]
    public double? RunDistance { get; set; }

    public CrossTrainingMode? CrossTraining { get; set; }

    public int? CrossTrainingMinutes { get; set; }

    public List<string> ExercisesDone { get; set; } = [];

    public string? MovementSafeToday { get; set; }

    public string? MovementHealthy { get; set; }

    public string? MovementPushThrough { get; set; }

    public string? Note { get; set; }

    public static CheckInInput From(DailyCheckIn c, DistanceUnit unit)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new()
        {
            Date = c.Date,
            PainFirstSteps = c.PainFirstSteps,
            PainDuringActivity = c.PainDuringActivity,
            PainAfterActivity = c.PainAfterActivity,
            PainNextMorning = c.PainNextMorning,
            MorningStiffnessMinutes = c.MorningStiffnessMinutes,
            Activity = c.Ran ? "run" : c.CrossTraining is not null ? "crosstrain" : c.Rested ? "rest" : null,
            RunDistance = c.RunDistanceKm is { } km ? Math.Round(Distance.FromKilometers(km).In(unit), 2) : null,
            CrossTraining = c.CrossTraining,
            CrossTrainingMinutes = c.CrossTrainingMinutes,
            ExercisesDone = [.. c.ExercisesDone],
            MovementSafeToday = c.Movement.IsSafeToday,
            MovementHealthy = c.Movement.IsHealthy,
            MovementPushThrough = c.Movement.UrgeToPushThroughPain,
            Note = c.Note,
        };
    }

    /// <summary>The check-in for <paramref name="date"/>; the kind of activity decides which of its details count.</summary>
    public DailyCheckIn ToDomain(DateOnly date, IReadOnlyCollection<string> planExerciseIds, DistanceUnit unit) => new()
    {
        Date = date,
        PainFirstSteps = PainFirstSteps,
        PainDuringActivity = PainDuringActivity,
        PainAfterActivity = PainAfterActivity,
        PainNextMorning = PainNextMorning,
        MorningStiffnessMinutes = MorningStiffnessMinutes,
        RunDistanceKm = Activity == "run" && RunDistance is { } run ? Distance.From(run, unit).Kilometers : null,
        CrossTraining = Activity == "crosstrain" ? CrossTraining : null,
        CrossTrainingMinutes = Activity == "crosstrain" ? CrossTrainingMinutes : null,
        Rested = Activity == "rest",
        ExercisesDone = ExercisesDone.Where(planExerciseIds.Contains).Distinct(StringComparer.Ordinal).ToList(),
        Movement = new DailyMovementAnswers(Blank(MovementSafeToday), Blank(MovementHealthy), Blank(MovementPushThrough)),
        Note = Blank(Note),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
