namespace Footfall.Assessment.Evaluation;

/// <summary>A vignette that missed the top three or was triaged unsafely.</summary>
/// <param name="VignetteId">The vignette.</param>
/// <param name="ExpectedCondition">Expected condition.</param>
/// <param name="ExpectedTriage">Expected triage.</param>
/// <param name="TopConditions">The first three conditions that came out.</param>
/// <param name="Triage">The triage that came out.</param>
/// <param name="InTop3">Whether an acceptable condition was in the top three.</param>
/// <param name="TriageSafe">Whether the triage was safe.</param>
public sealed record EvaluationMiss(
    string VignetteId,
    string ExpectedCondition,
    TriageLevel ExpectedTriage,
    IReadOnlyList<string> TopConditions,
    TriageLevel Triage,
    bool InTop3,
    bool TriageSafe);
