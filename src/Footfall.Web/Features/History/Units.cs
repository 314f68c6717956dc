using System.Globalization;
using Footfall.Activities;
using Footfall.Training;

namespace Footfall.Web.Features.History;

/// <summary>How history values are written on pages: distances in the runner's unit (kilometres or miles), h:mm:ss,
/// and speed the way each sport reads it (pace per km or mile on foot, km/h or mph on a bike, pace per 100 m in the water).</summary>
public static class Units
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>A distance in <paramref name="unit"/> with two decimals, e.g. "5.00 km" or "3.11 mi".</summary>
    public static string Distance(double meters, DistanceUnit unit) => (meters / unit.Meters()).ToString("0.00", C) + " " + unit.Abbreviation();

    /// <summary>A distance in <paramref name="unit"/> with at most one decimal, e.g. "42.2 km" or "26.2 mi".</summary>
    public static string DistanceBrief(double meters, DistanceUnit unit) => (meters / unit.Meters()).ToString("0.#", C) + " " + unit.Abbreviation();

    public static string Duration(double seconds)
    {
        var t = TimeSpan.FromSeconds(Math.Max(0, Math.Round(seconds)));
        return t.TotalHours >= 1
            ? string.Create(C, $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}")
            : string.Create(C, $"{t.Minutes}:{t.Seconds:00}");
    }

    /// <summary>Pace in min:ss per km or per mile; a dash when there is no distance.</summary>
    public static string Pace(double seconds, double meters, DistanceUnit unit)
    {
        if (meters < 1 || seconds <= 0)
        {
            return "–";
        }

        var perUnit = TimeSpan.FromSeconds(Math.Round(seconds / (meters / unit.Meters())));
        return perUnit.TotalHours >= 1 ? "–" : string.Create(C, $"{perUnit.Minutes}:{perUnit.Seconds:00} /{unit.Abbreviation()}");
    }

    public static string Number(double? value, string format, string unit) =>
        value is { } v ? v.ToString(format, C) + (unit.Length > 0 ? " " + unit : string.Empty) : "–";

    public static string SportLabel(Sport sport) => sport.Label();

    /// <summary>What the speed figure is called for <paramref name="sport"/>: "Pace", "Speed" or "Pace per 100 m".</summary>
    public static string SpeedLabel(Sport sport) => sport switch
    {
        _ when sport.IsOnFoot() => "Pace",
        Sport.Swimming => "Pace per 100 m",
        _ => "Speed",
    };

    /// <summary>The speed as <paramref name="sport"/> reads it: min:ss /km (or /mi) on foot, min:ss /100 m swimming,
    /// km/h (or mph) otherwise.</summary>
    public static string Speed(Sport sport, double seconds, double meters, DistanceUnit unit)
    {
        if (meters < 1 || seconds <= 0)
        {
            return "–";
        }

        if (sport.IsOnFoot())
        {
            return Pace(seconds, meters, unit);
        }

        if (sport == Sport.Swimming)
        {
            var per100 = TimeSpan.FromSeconds(Math.Round(seconds / (meters / 100)));
            return per100.TotalHours >= 1 ? "–" : string.Create(C, $"{per100.Minutes}:{per100.Seconds:00} /100 m");
        }

        return (meters / seconds * 3600 / unit.Meters()).ToString("0.0", C) + (unit == DistanceUnit.Miles ? " mph" : " km/h");
    }
}
