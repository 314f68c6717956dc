using Footfall.Data.Entities;
using Footfall.Recovery;
using Footfall.Recovery.CheckIns;

namespace Footfall.Web.Features.Recovery;

/// <summary>Converts between a stored check-in row and the domain's <see cref="DailyCheckIn"/>.</summary>
public static class CheckInRecords
{
    public static DailyCheckIn ToDomain(this CheckInRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new DailyCheckIn
        {
            Date = record.Date,
            PainFirstSteps = record.PainFirstSteps,
            PainDuringActivity = record.PainDuringActivity,
            PainAfterActivity = record.PainAfterActivity,
            PainNextMorning = record.PainNextMorning,
            MorningStiffnessMinutes = record.MorningStiffnessMinutes,
            RunDistanceKm = record.RunDistanceKm,
            CrossTraining = Enum.TryParse<CrossTrainingMode>(record.CrossTraining, out var mode) ? mode : null,
            CrossTrainingMinutes = record.CrossTrainingMinutes,
            Rested = record.Rested,
            ExercisesDone = record.ExercisesDone.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Movement = new DailyMovementAnswers(record.MovementSafeToday, record.MovementHealthy, record.MovementPushThrough),
            Note = record.Note,
        };
    }

    /// <summary>Copies the runner's answers onto the row (the advice is set by the caller).</summary>
    public static void CopyAnswers(this CheckInRecord record, DailyCheckIn checkIn)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(checkIn);
        record.Date = checkIn.Date;
        record.PainFirstSteps = checkIn.PainFirstSteps;
        record.PainDuringActivity = checkIn.PainDuringActivity;
        record.PainAfterActivity = checkIn.PainAfterActivity;
        record.PainNextMorning = checkIn.PainNextMorning;
        record.MorningStiffnessMinutes = checkIn.MorningStiffnessMinutes;
        record.RunDistanceKm = checkIn.RunDistanceKm;
        record.CrossTraining = checkIn.CrossTraining?.ToString();
        record.CrossTrainingMinutes = checkIn.CrossTrainingMinutes;
        record.Rested = checkIn.Rested;
        record.ExercisesDone = string.Join(',', checkIn.ExercisesDone);
        record.MovementSafeToday = checkIn.Movement.IsSafeToday;
        record.MovementHealthy = checkIn.Movement.IsHealthy;
        record.MovementPushThrough = checkIn.Movement.UrgeToPushThroughPain;
        record.Note = checkIn.Note;
    }

    /// <summary>The advice as the runner reads it.</summary>
    public static string DecisionTitle(ProgressionDecision decision) => decision switch
    {
        ProgressionDecision.Progress => "Progress",
        ProgressionDecision.StepBack => "Step back",
        _ => "Hold",
    };

    /// <summary>The advice stored on a row, parsed; Hold when unreadable.</summary>
    public static ProgressionDecision Decision(this CheckInRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Enum.TryParse<ProgressionDecision>(record.Decision, out var d) ? d : ProgressionDecision.Hold;
    }

    public static string CrossTrainingName(CrossTrainingMode mode) => mode switch
    {
        CrossTrainingMode.DeepWaterRunning => "Deep-water running",
        CrossTrainingMode.Cycling => "Cycling",
        CrossTrainingMode.Swimming => "Swimming",
        _ => "Elliptical trainer",
    };
}
