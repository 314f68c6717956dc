namespace Footfall.Activities.Internal;

/// <summary>Maps sport names in GPX <c>&lt;type&gt;</c>, TCX <c>Sport</c> and export CSVs
/// ("Running", "Trail Run", "Biking", "Ride", "Walk", "Hike", "Swim") to <see cref="Sport"/>.</summary>
internal static class SportNames
{
    public static Sport Parse(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Sport.Unknown;
        }

        var n = name.Trim();
        if (Has(n, "run") || Has(n, "jog"))
        {
            return Sport.Running;
        }

        if (Has(n, "walk"))
        {
            return Sport.Walking;
        }

        if (Has(n, "hik"))
        {
            return Sport.Hiking;
        }

        if (Has(n, "bik") || Has(n, "cycl") || Has(n, "ride"))
        {
            return Sport.Cycling;
        }

        if (Has(n, "swim"))
        {
            return Sport.Swimming;
        }

        return Has(n, "multi") ? Sport.Multisport : Sport.Other;
    }

    public static bool IsOnFoot(Sport sport) => sport is Sport.Running or Sport.Walking or Sport.Hiking;

    private static bool Has(string name, string part) => name.Contains(part, StringComparison.OrdinalIgnoreCase);
}
