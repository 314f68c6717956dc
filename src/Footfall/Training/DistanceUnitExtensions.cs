namespace Footfall.Training;

/// <summary>Conversions and labels for a <see cref="DistanceUnit"/>, in one place.</summary>
public static class DistanceUnitExtensions
{
    /// <summary>Metres in one international mile (1959 international yard and pound agreement).</summary>
    public const double MetersPerMile = 1609.344;

    /// <summary>Metres in one <paramref name="unit"/>: 1,000 or 1,609.344.</summary>
    public static double Meters(this DistanceUnit unit) => unit == DistanceUnit.Miles ? MetersPerMile : 1000.0;

    /// <summary>The short label written after a figure: "km" or "mi".</summary>
    public static string Abbreviation(this DistanceUnit unit) => unit == DistanceUnit.Miles ? "mi" : "km";

    /// <summary>The unit's name in a sentence: "kilometres" or "miles".</summary>
    public static string Plural(this DistanceUnit unit) => unit == DistanceUnit.Miles ? "miles" : "kilometres";

    /// <summary>The unit for a stored or submitted code ("km", "mi"); kilometres for anything else.</summary>
    public static DistanceUnit FromCode(string? code) =>
        string.Equals(code, "mi", StringComparison.OrdinalIgnoreCase) || string.Equals(code, nameof(DistanceUnit.Miles), StringComparison.OrdinalIgnoreCase)
            ? DistanceUnit.Miles
            : DistanceUnit.Kilometres;
}
