namespace Footfall.Recovery;

/// <summary>One criterion checked, with what was found in plain language.</summary>
public sealed record CriterionResult(PhaseCriterion Criterion, CriterionStatus Status, string Detail);
