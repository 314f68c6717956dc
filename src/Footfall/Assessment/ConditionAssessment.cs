using Footfall.Assessment.Knowledge;

namespace Footfall.Assessment;

/// <summary>One ranked condition with its explanation.</summary>
/// <param name="Id">Condition id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Summary">One plain sentence on what it is.</param>
/// <param name="Severity">The triage level it needs when reasonably likely.</param>
/// <param name="Probability">Posterior probability, 0 to 1.</param>
/// <param name="Supporting">Known findings that argued for it, strongest first.</param>
/// <param name="Conflicting">Known findings that argued against it, strongest first.</param>
/// <param name="WouldHelp">Unknown findings whose answer would change its probability the most.</param>
/// <param name="Advice">What to do now for this condition.</param>
public sealed record ConditionAssessment(
    string Id,
    string Name,
    string Summary,
    TriageLevel Severity,
    double Probability,
    IReadOnlyList<FindingContribution> Supporting,
    IReadOnlyList<FindingContribution> Conflicting,
    IReadOnlyList<string> WouldHelp,
    AdviceEntry Advice);
