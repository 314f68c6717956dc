namespace Footfall.Assessment;

/// <summary>
/// The number to call for an ambulance, by country (ISO 3166 alpha-2), for the emergency actions'
/// <c>{emergency_number}</c>. Where the country is unknown the text names the common numbers.
/// Source: ITU-T E.161.1 and national listings (112 across the EU and many other countries).
/// </summary>
public static class EmergencyNumbers
{
    /// <summary>The text used when the runner's country is not known.</summary>
    public const string Unknown = "your local emergency number (911 in the US and Canada, 999 in the UK, 112 in Europe, 000 in Australia)";

    private static readonly Dictionary<string, string> ByCountry = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = "911", ["CA"] = "911", ["MX"] = "911", ["PH"] = "911", ["AR"] = "911",
        ["GB"] = "999", ["IE"] = "112", ["HK"] = "999", ["MY"] = "999", ["SG"] = "995",
        ["AU"] = "000", ["NZ"] = "111", ["ZA"] = "10177", ["IN"] = "112", ["JP"] = "119",
        ["KR"] = "119", ["CN"] = "120", ["TW"] = "119", ["BR"] = "192", ["CH"] = "144",
        ["IL"] = "101", ["TR"] = "112", ["NO"] = "113", ["IS"] = "112",
    };

    private static readonly HashSet<string> European112 = new(StringComparer.OrdinalIgnoreCase)
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IT", "LV", "LT",
        "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    };

    /// <summary>The ambulance number of a country, or <see cref="Unknown"/>.</summary>
    public static string For(string? region)
    {
        if (region is null)
        {
            return Unknown;
        }

        return ByCountry.TryGetValue(region, out var number) ? number : European112.Contains(region) ? "112" : Unknown;
    }

    /// <summary>Fills <c>{emergency_number}</c> in an emergency action.</summary>
    public static string Fill(string action, string? region)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Replace("{emergency_number}", For(region), StringComparison.Ordinal);
    }
}
