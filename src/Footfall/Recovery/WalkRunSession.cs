using System.Globalization;

namespace Footfall.Recovery;

/// <summary>One day of a graded walk-run return; a day with no segments is a recovery day without impact.</summary>
/// <param name="Day">Day number in the progression, from 1.</param>
/// <param name="Segments">The blocks in order; empty on a recovery day.</param>
public sealed record WalkRunSession(int Day, IReadOnlyList<WalkRunSegment> Segments)
{
    public bool IsRecoveryDay => Segments.Count == 0;

    /// <summary>Total session time in minutes.</summary>
    public int TotalMinutes => Segments.Sum(s => s.Minutes);

    /// <summary>Minutes at jog or run pace.</summary>
    public int ImpactMinutes => Segments.Where(s => s.Pace != WalkRunPace.Walk).Sum(s => s.Minutes);

    /// <summary>The session in words, such as "Walk 10 min, jog 10 min, walk 10 min".</summary>
    public string Describe()
    {
        if (IsRecoveryDay)
        {
            return "Recovery day: no impact (cross-train or rest)";
        }

        var text = string.Join(", ", Segments.Select(s => string.Create(CultureInfo.InvariantCulture, $"{PaceWord(s.Pace)} {s.Minutes} min")));
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static string PaceWord(WalkRunPace pace) => pace switch
    {
        WalkRunPace.Walk => "walk",
        WalkRunPace.Jog => "jog",
        WalkRunPace.Run => "run",
        _ => throw new ArgumentOutOfRangeException(nameof(pace), pace, null),
    };
}
