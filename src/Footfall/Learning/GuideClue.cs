namespace Footfall.Learning;

/// <summary>
/// A finding as a condition guide shows it: the interview's own wording, and what an answer does to
/// the chance of the condition, in words. LR+ = p / base and LR- = (1 - p) / (1 - base), with p the
/// condition's P(finding) and base the finding's reference rate (knowledge/README.md).
/// </summary>
/// <param name="FindingId">The finding (findings.yaml).</param>
/// <param name="Wording">The statement the runner confirms or denies in the interview.</param>
/// <param name="LikelihoodRatioIfYes">LR+: how much a "yes" multiplies the odds.</param>
/// <param name="LikelihoodRatioIfNo">LR-: how much a "no" multiplies the odds.</param>
/// <param name="IfYes">What a "yes" does, in words ("strongly points to it").</param>
/// <param name="IfNo">What a "no" does, in words, or null when a "no" changes little.</param>
/// <param name="Source">The source id behind the number (sources.yaml), or <c>expert</c>.</param>
public sealed record GuideClue(string FindingId, string Wording, double LikelihoodRatioIfYes, double LikelihoodRatioIfNo, string IfYes, string? IfNo, string Source)
{
    /// <summary>True when the number rests on a published figure rather than an expert estimate.</summary>
    public bool IsPublished => Source != "expert";
}
