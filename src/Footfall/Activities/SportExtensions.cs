namespace Footfall.Activities;

/// <summary>The questions the training signals and pages ask of a <see cref="Sport"/>, answered in one place.</summary>
public static class SportExtensions
{
    /// <summary>True for running (road, trail, treadmill, virtual): the only test for "is this a run".</summary>
    public static bool IsRunning(this Sport sport) => sport == Sport.Running;

    /// <summary>True for sports done on foot (running, walking, hiking): their FIT, TCX and GPX cadence counts
    /// strides, one foot, and is doubled to steps a minute; their speed is shown as pace per kilometre.</summary>
    public static bool IsOnFoot(this Sport sport) => sport is Sport.Running or Sport.Walking or Sport.Hiking;

    /// <summary>What a cadence recorded as <paramref name="from"/> is multiplied by to read as <paramref name="to"/>:
    /// 2 onto foot (strides become steps a minute), 0.5 off foot, 1 otherwise.</summary>
    public static double CadenceFactor(this Sport from, Sport to) => (from.IsOnFoot(), to.IsOnFoot()) switch
    {
        (false, true) => 2.0,
        (true, false) => 0.5,
        _ => 1.0,
    };

    /// <summary>The stored and displayed name, lower case (<c>running</c>, <c>cycling</c>...).</summary>
    public static string Code(this Sport sport) => sport switch
    {
        Sport.Running => "running",
        Sport.Walking => "walking",
        Sport.Hiking => "hiking",
        Sport.Cycling => "cycling",
        Sport.Swimming => "swimming",
        Sport.Multisport => "multisport",
        Sport.Other => "other",
        _ => "unknown",
    };

    /// <summary>The sport for a stored name (<see cref="Code"/>), <see cref="Sport.Unknown"/> for anything else.</summary>
    public static Sport FromCode(string? code) => code switch
    {
        "running" => Sport.Running,
        "walking" => Sport.Walking,
        "hiking" => Sport.Hiking,
        "cycling" => Sport.Cycling,
        "swimming" => Sport.Swimming,
        "multisport" => Sport.Multisport,
        "other" => Sport.Other,
        _ => Sport.Unknown,
    };

    /// <summary>A label for pages: "Running", "Cycling"...</summary>
    public static string Label(this Sport sport) => sport switch
    {
        Sport.Unknown => "Unknown sport",
        _ => char.ToUpperInvariant(sport.Code()[0]) + sport.Code()[1..],
    };
}
