using System.Globalization;

namespace Footfall.Training;

/// <summary>A running distance, stored in metres. Never negative in the training signals.</summary>
/// <param name="Meters">The distance in metres.</param>
public readonly record struct Distance(double Meters)
{
    public static Distance Zero => default;

    /// <summary>The distance in kilometres (1 km = 1,000 m).</summary>
    public double Kilometers => Meters / 1000.0;

    public static Distance FromKilometers(double kilometers) => new(kilometers * 1000.0);

    /// <summary>The distance in <paramref name="unit"/> (kilometres, or miles of 1,609.344 m).</summary>
    public double In(DistanceUnit unit) => Meters / unit.Meters();

    /// <summary>A distance of <paramref name="value"/> <paramref name="unit"/>s.</summary>
    public static Distance From(double value, DistanceUnit unit) => new(value * unit.Meters());

    /// <summary>Kilometres with at most one decimal, invariant culture, e.g. "42.2 km".</summary>
    public override string ToString() => Kilometers.ToString("0.#", CultureInfo.InvariantCulture) + " km";

    /// <summary>The distance in <paramref name="unit"/> with its abbreviation, invariant culture, e.g. "26.2 mi".</summary>
    public string ToString(DistanceUnit unit, string format = "0.#") =>
        In(unit).ToString(format, CultureInfo.InvariantCulture) + " " + unit.Abbreviation();
}
