namespace Footfall.Assessment.Evaluation;

/// <summary>An evaluation case: a case plus what a careful clinician would conclude (spec/case-format.md).</summary>
/// <param name="Id">Vignette id.</param>
/// <param name="Story">The story in words.</param>
/// <param name="Case">The case.</param>
/// <param name="ExpectedCondition">The single most likely condition.</param>
/// <param name="AlsoAcceptable">Conditions a careful clinician could equally put first.</param>
/// <param name="ExpectedTriage">The expected triage level.</param>
public sealed record Vignette(string Id, string Story, Case Case, string ExpectedCondition, IReadOnlyList<string> AlsoAcceptable, TriageLevel ExpectedTriage)
{
    /// <summary>Whether a condition id counts as a hit (expected or acceptable).</summary>
    public bool Accepts(string conditionId) =>
        string.Equals(conditionId, ExpectedCondition, StringComparison.Ordinal) || AlsoAcceptable.Contains(conditionId, StringComparer.Ordinal);
}
