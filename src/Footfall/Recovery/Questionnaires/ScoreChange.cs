using System.Globalization;

namespace Footfall.Recovery.Questionnaires;

/// <summary>
/// A change between two scores of the same scale, labelled against its MCID: a change of at least the
/// MCID in either direction is meaningful (higher scores are better on FAAM and LEFS).
/// </summary>
public sealed record ScoreChange(double Before, double After, double Mcid, ChangeMeaning Meaning)
{
    public double Difference => After - Before;

    public static ScoreChange Between(double before, double after, double mcid)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(mcid);
        var difference = after - before;

        // A tiny tolerance so that 60.7 -> 68.7 (a difference of 8 in decimal) is not lost to binary rounding.
        const double tolerance = 1e-9;
        var meaning = difference >= mcid - tolerance ? ChangeMeaning.MeaningfulImprovement
            : difference <= -mcid + tolerance ? ChangeMeaning.MeaningfulDecline
            : ChangeMeaning.NoMeaningfulChange;
        return new ScoreChange(before, after, mcid, meaning);
    }

    /// <summary>The change in words, for example "Up 10.7 points: a meaningful improvement (MCID 9)".</summary>
    public string Describe()
    {
        var amount = Math.Abs(Difference).ToString("0.#", CultureInfo.InvariantCulture);
        var mcid = Mcid.ToString("0.#", CultureInfo.InvariantCulture);
        var direction = Difference > 0 ? "Up" : Difference < 0 ? "Down" : "No change,";
        var what = Meaning switch
        {
            ChangeMeaning.MeaningfulImprovement => "a meaningful improvement",
            ChangeMeaning.MeaningfulDecline => "a meaningful decline",
            _ => "less than the smallest change that matters",
        };
        return Difference == 0 ? $"No change: {what} (MCID {mcid})" : $"{direction} {amount} points: {what} (MCID {mcid})";
    }
}
