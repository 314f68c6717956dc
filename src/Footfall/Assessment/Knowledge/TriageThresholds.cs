namespace Footfall.Assessment.Knowledge;

/// <summary>Probability thresholds of the triage and the interview (knowledge/red-flags.yaml).</summary>
/// <param name="Likely">A condition at or above this probability counts towards triage.</param>
/// <param name="Emergency">The same, for conditions whose severity is an emergency level.</param>
/// <param name="Screen">A condition at or above this probability triggers its rules' follow-up questions.</param>
public sealed record TriageThresholds(double Likely, double Emergency, double Screen);
