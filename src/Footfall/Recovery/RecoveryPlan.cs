namespace Footfall.Recovery;

/// <summary>
/// A phased recovery plan for one condition (knowledge/recovery/plans/*.yaml): three phases, then a
/// readiness gate and a graded walk-run return.
/// </summary>
/// <param name="ConditionId">Condition id from spec/vocabulary.yaml.</param>
/// <param name="Title">Display title.</param>
/// <param name="Summary">What the plan does, in two or three sentences.</param>
/// <param name="PainModel">The pain limits that drive progress, hold and step back.</param>
/// <param name="Phases">Exactly three phases, numbered 1 to 3.</param>
/// <param name="ReadinessGate">All must be met before the walk-run return starts.</param>
/// <param name="ReturnToRun">The graded walk-run table.</param>
/// <param name="ExpectedRecovery">Usual recovery range with its source.</param>
/// <param name="NoRunningUntilCleared">Bone stress injuries: no running at all until a clinician clears it.</param>
/// <param name="ClinicianClearanceRequired">High-risk sites and referred conditions: the readiness gate includes clinician clearance.</param>
/// <param name="SeeSomeoneIf">Signs that mean the runner should see a clinician.</param>
/// <param name="Sources">The evidence behind the plan.</param>
public sealed record RecoveryPlan(
    string ConditionId,
    string Title,
    string Summary,
    PainMonitoringModel PainModel,
    IReadOnlyList<RecoveryPhase> Phases,
    IReadOnlyList<PhaseCriterion> ReadinessGate,
    WalkRunProgression ReturnToRun,
    ExpectedRecovery ExpectedRecovery,
    bool NoRunningUntilCleared,
    bool ClinicianClearanceRequired,
    IReadOnlyList<string> SeeSomeoneIf,
    IReadOnlyList<string> Sources)
{
    /// <summary>The phase with the given number (1 to 3).</summary>
    public RecoveryPhase Phase(int number) =>
        Phases.FirstOrDefault(p => p.Number == number)
        ?? throw new ArgumentOutOfRangeException(nameof(number), number, "A plan has phases 1 to 3.");
}
