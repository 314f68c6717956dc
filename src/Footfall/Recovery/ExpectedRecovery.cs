namespace Footfall.Recovery;

/// <summary>An honest expected recovery range for a condition, for the progress page.</summary>
/// <param name="MinWeeks">Lower end of the usual range, weeks.</param>
/// <param name="MaxWeeks">Upper end of the usual range, weeks.</param>
/// <param name="Summary">The range in words, including what the evidence does not say.</param>
/// <param name="Source">Where the range comes from, or "expert estimate".</param>
public sealed record ExpectedRecovery(int MinWeeks, int MaxWeeks, string Summary, string Source);
