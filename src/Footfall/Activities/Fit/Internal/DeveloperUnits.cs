namespace Footfall.Activities.Fit.Internal;

/// <summary>
/// Converts a developer field's value to the unit of the native record field it stands in for (its
/// <c>field_description</c> names the unit in words: Stryd writes vertical oscillation in "Centimeters"
/// where the native <c>vertical_oscillation</c> is in millimetres). A unit this table does not know leaves
/// the field out rather than storing a value in the wrong unit.
/// </summary>
internal static class DeveloperUnits
{
    /// <summary>The factor from <paramref name="units"/> to the native unit of <paramref name="slot"/>; 1 for
    /// no units given; null when the unit is not known for that field.</summary>
    public static double? FactorToNative(int slot, string units)
    {
        var u = units.Trim().ToUpperInvariant();
        if (u.Length == 0)
        {
            return 1;
        }

        return slot switch
        {
            FieldSlot.HeartRate => u is "BPM" or "BEATS/MIN" ? 1 : null,
            FieldSlot.Cadence => u is "RPM" or "SPM" or "STEPS/MIN" or "STRIDES/MIN" ? 1 : null,
            FieldSlot.Distance => Length(u, metres: 1),
            FieldSlot.Speed => u switch
            {
                "M/S" => 1,
                "KM/H" or "KPH" => 1 / 3.6,
                _ => null,
            },
            FieldSlot.Power => u is "W" or "WATT" or "WATTS" ? 1 : null,
            FieldSlot.VerticalOscillation or FieldSlot.StepLength => Length(u, metres: 1000),
            FieldSlot.StanceTime => u switch
            {
                "MS" or "MILLISECONDS" => 1,
                "S" or "SECONDS" => 1000,
                _ => null,
            },
            FieldSlot.StanceTimeBalance or FieldSlot.VerticalRatio => u is "%" or "PERCENT" ? 1 : null,
            _ => null,
        };
    }

    /// <summary>A length unit's factor to a native unit of <paramref name="metres"/> units per metre.</summary>
    private static double? Length(string u, double metres) => u switch
    {
        "M" or "METERS" or "METRES" => metres,
        "CM" or "CENTIMETERS" or "CENTIMETRES" => metres / 100,
        "MM" or "MILLIMETERS" or "MILLIMETRES" => metres / 1000,
        "KM" or "KILOMETERS" or "KILOMETRES" => metres * 1000,
        _ => null,
    };
}
