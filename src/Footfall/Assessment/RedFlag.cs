namespace Footfall.Assessment;

/// <summary>A triage rule or policy line that fired and raised the triage level on its own.</summary>
/// <param name="RuleId">The rule id (knowledge/red-flags.yaml), or a policy line's id such as
/// <c>unsure_warning_sign</c> or <c>unclear_picture</c>.</param>
/// <param name="Level">The level it sets at least.</param>
/// <param name="Reason">Plain reason for the runner, with what to do.</param>
/// <param name="FindingIds">The findings that made it fire.</param>
/// <param name="Action">For an emergency rule, the one thing to do in its own words, with
/// <c>{emergency_number}</c> to fill in (<see cref="EmergencyNumbers.Fill"/>); else null.</param>
public sealed record RedFlag(string RuleId, TriageLevel Level, string Reason, IReadOnlyList<string> FindingIds, string? Action = null);
