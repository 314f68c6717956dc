using System.Globalization;
using Footfall.Recovery;

namespace Footfall.Learning;

/// <summary>
/// One exercise of the running class with the class's own dose, in the form the timer follows:
/// <see cref="Sets"/> sets of <see cref="Reps"/> repetitions or of a <see cref="HoldSeconds"/> hold,
/// each side in turn when <see cref="PerSide"/>, with <see cref="RestSeconds"/> of rest after each set.
/// </summary>
/// <param name="Exercise">The exercise from the library (recovery/exercises.yaml).</param>
/// <param name="Sets">Number of sets or holds, at least 1.</param>
/// <param name="Reps">Repetitions per set, or null for a hold.</param>
/// <param name="HoldSeconds">Seconds each hold lasts, or null for repetitions.</param>
/// <param name="PerSide">Each set is done on the left, then the right.</param>
/// <param name="RestSeconds">Seconds of rest after each set.</param>
public sealed record ClassItem(Exercise Exercise, int Sets, int? Reps, int? HoldSeconds, bool PerSide, int RestSeconds)
{
    /// <summary>The dose in words: "3 sets of 15", "2 holds of 30 seconds each side".</summary>
    public string Dose
    {
        get
        {
            var side = PerSide ? " each side" : string.Empty;
            return HoldSeconds is { } hold
                ? string.Create(CultureInfo.InvariantCulture, $"{Sets} {(Sets == 1 ? "hold" : "holds")} of {Duration(hold)}{side}")
                : string.Create(CultureInfo.InvariantCulture, $"{Sets} {(Sets == 1 ? "set" : "sets")} of {Reps}{side}");
        }
    }

    /// <summary>Seconds the item takes when holds and rests are timed and each repetition takes about
    /// <paramref name="secondsPerRep"/> seconds (for the class's total length).</summary>
    public int EstimatedSeconds(int secondsPerRep = 3)
    {
        var work = HoldSeconds ?? (Reps ?? 0) * secondsPerRep;
        var sides = PerSide ? 2 : 1;
        return checked((Sets * sides * work) + (Sets * RestSeconds));
    }

    private static string Duration(int seconds) =>
        seconds >= 60 && seconds % 60 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{seconds / 60} {(seconds == 60 ? "minute" : "minutes")}")
            : string.Create(CultureInfo.InvariantCulture, $"{seconds} seconds");
}
