namespace Footfall.Assessment;

/// <summary>A finding in the case that came from imported data rather than an answer.</summary>
/// <param name="FindingId">The finding.</param>
/// <param name="Description">Where it came from, such as "your imported runs".</param>
public sealed record DataEvidence(string FindingId, string Description);
