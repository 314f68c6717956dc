using Footfall.Assessment;

namespace Footfall.Learning;

/// <summary>A warning sign that makes the condition urgent, from a triage rule (red-flags.yaml).</summary>
/// <param name="Reason">The rule's plain reason, as the result page shows it.</param>
/// <param name="Level">How soon to be seen when it applies.</param>
public sealed record GuideWarning(string Reason, TriageLevel Level);
