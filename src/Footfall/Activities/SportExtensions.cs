namespace Footfall.Activities;

/// <summary>The questions the training signals and pages ask of a <see cref="Sport"/>, answered in one place.</summary>
public static class SportExtensions
{
    /// <summary>True for running (road, trail, treadmill, virtual): the only test for "is this a run".</summary>
    public static bool IsRunning(this Sport sport) => sport == Sport.Running;

    /// <summary>True for sports done on foot (running, walking, hiking): their FIT, TCX and GPX cadence counts
    /// strides, one foot, and is doubled to steps a minute; their speed is shown as pace per kilometre.</summary>
    public static bool IsOnFoot(this Sport sport) => sport is Sport.Running or Sport.Walking or Sport.Hiking;

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
