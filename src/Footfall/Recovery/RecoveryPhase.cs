namespace Footfall.Recovery;

/// <summary>
/// One of the three phases of a plan: 1 settle pain, 2 restore local capacity and stability,
/// 3 fix the global pattern (hips, core, running form).
/// </summary>
/// <param name="Number">1, 2 or 3.</param>
/// <param name="Name">Display name.</param>
/// <param name="Goals">What the phase is for.</param>
/// <param name="Exercises">Exercises with this phase's dosage.</param>
/// <param name="Running">How much running the phase allows.</param>
/// <param name="RunningGuidance">What that means for this condition, in plain language.</param>
/// <param name="CrossTraining">Cross-training that keeps fitness in this phase.</param>
/// <param name="ExitCriteria">All must be met to move to the next phase.</param>
public sealed record RecoveryPhase(
    int Number,
    string Name,
    IReadOnlyList<string> Goals,
    IReadOnlyList<ExerciseDose> Exercises,
    RunningAllowance Running,
    string RunningGuidance,
    IReadOnlyList<CrossTrainingOption> CrossTraining,
    IReadOnlyList<PhaseCriterion> ExitCriteria);
