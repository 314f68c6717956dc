namespace Footfall.Assessment.Knowledge;

/// <summary>
/// One outcome of a number finding: values up to <see cref="Max"/> (inclusive) that are above the
/// previous band's maximum. The last band has no maximum.
/// </summary>
/// <param name="Id">Band name, such as <c>chronic</c>.</param>
/// <param name="Max">Inclusive upper bound in the finding's unit, or null for the open last band.</param>
/// <param name="BaseProbability">P(band) in a runner whose pain has another cause, in (0, 1).</param>
public sealed record FindingBand(string Id, double? Max, double BaseProbability);
