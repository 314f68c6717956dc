namespace Footfall.Recovery;

/// <summary>A runner's place in a plan: the stage, and in the walk-run return the day of the table (from 1).</summary>
public sealed record PlanPosition(PlanStage Stage, int WalkRunDay = 0)
{
    public static PlanPosition Start { get; } = new(PlanStage.SettlePain);

    /// <summary>The phase number 1-3, or null in the walk-run return or when completed.</summary>
    public int? PhaseNumber => Stage <= PlanStage.GlobalPattern ? (int)Stage : null;

    public string Describe() => Stage switch
    {
        PlanStage.SettlePain => "Phase 1: settle pain",
        PlanStage.RestoreCapacity => "Phase 2: restore local capacity",
        PlanStage.GlobalPattern => "Phase 3: hips, core and running form",
        PlanStage.ReturnToRun => $"Walk-run return, day {WalkRunDay}",
        _ => "Back to usual training",
    };
}
