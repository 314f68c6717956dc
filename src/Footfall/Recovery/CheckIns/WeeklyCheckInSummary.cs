namespace Footfall.Recovery.CheckIns;

/// <summary>One week (Monday to Sunday) of check-ins, for the progress chart.</summary>
/// <param name="WeekStart">The Monday.</param>
/// <param name="DaysInWeek">Days of the week that have passed (7 for past weeks, fewer for the current week).</param>
/// <param name="CheckIns">Days with a check-in.</param>
/// <param name="RunKm">Total distance run, km.</param>
/// <param name="CrossTrainingMinutes">Total cross-training, minutes.</param>
/// <param name="MeanFirstStepsPain">Mean first-step pain (0-10) over the days that record it; null if none.</param>
/// <param name="MaxPainDuringActivity">Highest pain during activity (0-10); null if none recorded.</param>
/// <param name="ExerciseDays">Days with at least one plan exercise done.</param>
/// <param name="AdherencePercent">Exercise days as a percentage of <paramref name="DaysInWeek"/> (0-100).</param>
public sealed record WeeklyCheckInSummary(
    DateOnly WeekStart,
    int DaysInWeek,
    int CheckIns,
    double RunKm,
    int CrossTrainingMinutes,
    double? MeanFirstStepsPain,
    int? MaxPainDuringActivity,
    int ExerciseDays,
    double AdherencePercent);
