namespace Footfall.Learning;

/// <summary>A finding that tells a condition from a look-alike: how often each has it, in words.</summary>
/// <param name="FindingId">The finding (findings.yaml).</param>
/// <param name="Wording">The interview's wording.</param>
/// <param name="InThis">How often the guide's condition has it ("usually", "rarely").</param>
/// <param name="InOther">How often the look-alike has it.</param>
/// <param name="ProbabilityInThis">P(finding | guide's condition), 0 to 1.</param>
/// <param name="ProbabilityInOther">P(finding | look-alike), 0 to 1.</param>
public sealed record TellApart(string FindingId, string Wording, string InThis, string InOther, double ProbabilityInThis, double ProbabilityInOther);
