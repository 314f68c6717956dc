namespace Footfall.Assessment.Evaluation;

/// <summary>
/// The vignettes whose leading condition had a probability in [<see cref="Lower"/>, <see cref="Upper"/>)
/// (the last bin includes 1), and how often that leader was right (expected or acceptable).
/// A calibrated engine is right about as often as its probabilities say.
/// </summary>
/// <param name="Lower">Inclusive lower bound of the leader's probability, 0 to 1.</param>
/// <param name="Upper">Upper bound, 0 to 1 (exclusive, but 1 is in the last bin).</param>
/// <param name="Count">Vignettes in the bin.</param>
/// <param name="Right">Of those, how many had the right leader.</param>
public sealed record CalibrationBin(double Lower, double Upper, int Count, int Right)
{
    /// <summary>Share of the bin whose leader was right; 1 for an empty bin (nothing wrong).</summary>
    public double RightShare => Count == 0 ? 1 : (double)Right / Count;

    /// <summary>The bins the evaluation reports: 0-0.5, 0.5-0.8, 0.8-0.95, 0.95-1.</summary>
    public static IReadOnlyList<double> Edges { get; } = [0, 0.5, 0.8, 0.95, 1];
}
