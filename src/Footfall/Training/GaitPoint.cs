namespace Footfall.Training;

/// <summary>
/// One run's gait averages with their rolling trends (mean of the last <see cref="TrainingThresholds.GaitTrendRuns"/>
/// runs that recorded the metric, this one included).
/// </summary>
/// <param name="RunId">The run.</param>
/// <param name="Date">Its local date.</param>
/// <param name="CadenceSpm">The run's average cadence, steps per minute.</param>
/// <param name="CadenceTrendSpm">Rolling mean cadence, steps per minute; null until a run has cadence.</param>
/// <param name="BalanceLeftPercent">The run's stance-time balance, percent on the left foot (50 = even).</param>
/// <param name="BalanceTrendLeftPercent">Rolling mean balance, percent left.</param>
/// <param name="IsImbalanced">
/// The balance trend lies more than <see cref="TrainingThresholds.StanceBalanceTolerancePoints"/> away from 50%.
/// A signal to look at (a sore foot often shortens its own contact time), not a diagnosis.
/// </param>
public sealed record GaitPoint(
    Guid RunId,
    DateOnly Date,
    double? CadenceSpm,
    double? CadenceTrendSpm,
    double? BalanceLeftPercent,
    double? BalanceTrendLeftPercent,
    bool IsImbalanced);
