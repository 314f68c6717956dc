namespace Footfall.Assessment.Knowledge;

/// <summary>A self-test a runner can safely do at home that answers one finding (knowledge/self-tests.yaml).</summary>
/// <param name="Id">Stable id.</param>
/// <param name="FindingId">The finding the test answers.</param>
/// <param name="Name">Short name.</param>
/// <param name="How">How to do it.</param>
/// <param name="PositiveMeans">What a positive result means.</param>
/// <param name="Conditions">Conditions the test helps tell apart.</param>
/// <param name="AvoidWhenLikely">Conditions for which the test is not suggested once reasonably likely.</param>
/// <param name="Sources">Source ids.</param>
public sealed record SelfTestDefinition(
    string Id,
    string FindingId,
    string Name,
    string How,
    string PositiveMeans,
    IReadOnlyList<string> Conditions,
    IReadOnlyList<string> AvoidWhenLikely,
    IReadOnlyList<string> Sources);
