using System.Globalization;

namespace Footfall.Web.Features.History;

/// <summary>How history values are written on pages: kilometres, h:mm:ss, min/km.</summary>
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

    public static string SportLabel(string sport) =>
        sport.Length == 0 ? sport : char.ToUpperInvariant(sport[0]) + sport[1..];
}
