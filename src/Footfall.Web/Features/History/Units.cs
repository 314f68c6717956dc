using System.Globalization;
using Footfall.Activities;

namespace Footfall.Web.Features.History;

/// <summary>How history values are written on pages: kilometres, h:mm:ss, and speed the way each sport reads it
/// (pace per km on foot, km/h on a bike, pace per 100 m in the water).</summary>
public static class Units
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static string Km(double meters) => (meters / 1000).ToString("0.00", C) + " km";

    public static string Duration(double seconds)
    {
        var t = TimeSpan.FromSeconds(Math.Max(0, Math.Round(seconds)));
        return t.TotalHours >= 1
            ? string.Create(C, $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}")
            : string.Create(C, $"{t.Minutes}:{t.Seconds:00}");
    }

    /// <summary>Pace in min:ss per km; a dash when there is no distance.</summary>
    public static string Pace(double seconds, double meters)
    {
        if (meters < 1 || seconds <= 0)
        {
            return "–";
        }

        var perKm = TimeSpan.FromSeconds(Math.Round(seconds / (meters / 1000)));
        return perKm.TotalHours >= 1 ? "–" : string.Create(C, $"{perKm.Minutes}:{perKm.Seconds:00} /km");
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

    /// <summary>The speed as <paramref name="sport"/> reads it: min:ss /km on foot, min:ss /100 m swimming, km/h otherwise.</summary>
    public static string Speed(Sport sport, double seconds, double meters)
    {
        if (meters < 1 || seconds <= 0)
        {
            return "–";
        }

        if (sport.IsOnFoot())
        {
            return Pace(seconds, meters);
        }

        if (sport == Sport.Swimming)
        {
            var per100 = TimeSpan.FromSeconds(Math.Round(seconds / (meters / 100)));
            return per100.TotalHours >= 1 ? "–" : string.Create(C, $"{per100.Minutes}:{per100.Seconds:00} /100 m");
        }

        return (meters / seconds * 3.6).ToString("0.0", C) + " km/h";
    }
}
