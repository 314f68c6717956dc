namespace Footfall.Assessment;

/// <summary>A triage rule that fired and raised the triage level on its own.</summary>
/// <param name="RuleId">The rule id (knowledge/red-flags.yaml).</param>
/// <param name="Level">The level it sets at least.</param>
/// <param name="Reason">Plain reason for the runner, with what to do.</param>
/// <param name="FindingIds">The findings that made it fire.</param>
public sealed record RedFlag(string RuleId, TriageLevel Level, string Reason, IReadOnlyList<string> FindingIds);
