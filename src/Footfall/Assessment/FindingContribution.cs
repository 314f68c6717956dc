namespace Footfall.Assessment;

/// <summary>A known finding and how strongly it argued for or against a condition.</summary>
/// <param name="FindingId">The finding.</param>
/// <param name="Text">Its question text.</param>
/// <param name="Answer">"yes", "no", or the band of a number (such as "chronic").</param>
/// <param name="LikelihoodRatio">P(answer | condition) / P(answer | other cause): above 1 supports, below 1 conflicts.</param>
/// <param name="FromData">A description of the imported data it came from, or null when the runner answered it.</param>
public sealed record FindingContribution(string FindingId, string Text, string Answer, double LikelihoodRatio, string? FromData);
