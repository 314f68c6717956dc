namespace Footfall.Recovery;

/// <summary>
/// A condition for leaving a phase or passing the readiness gate, from knowledge/recovery/criteria.yaml.
/// </summary>
/// <param name="Id">Stable id, referenced by plans.</param>
/// <param name="Kind">What it measures.</param>
/// <param name="Threshold">The limit in the unit of <paramref name="Kind"/>; null for yes/no criteria.</param>
/// <param name="Text">The criterion in plain language, as the runner reads it.</param>
/// <param name="Source">Where the number comes from, or "expert estimate".</param>
public sealed record PhaseCriterion(string Id, CriterionKind Kind, double? Threshold, string Text, string Source);
