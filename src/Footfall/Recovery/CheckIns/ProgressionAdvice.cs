namespace Footfall.Recovery.CheckIns;

/// <summary>Progress, hold or step back, with the rule that decided it.</summary>
/// <param name="Decision">The advice.</param>
/// <param name="RuleId">Stable id of the rule (see <see cref="ProgressionRules"/>), for storage and tests.</param>
/// <param name="Reason">The rule in plain language with the runner's numbers, e.g. "Pain during running was 6/10, above the 5/10 limit: step back."</param>
/// <param name="SeeClinician">Pain was severe: the runner should also see a clinician.</param>
public sealed record ProgressionAdvice(ProgressionDecision Decision, string RuleId, string Reason, bool SeeClinician = false);
