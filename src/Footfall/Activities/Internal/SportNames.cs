namespace Footfall.Activities.Internal;

/// <summary>Maps sport names in GPX <c>&lt;type&gt;</c>, TCX <c>Sport</c> and export CSVs
/// ("Running", "Trail Run", "Biking", "Ride", "Walk", "Hike", "Swim"), and Strava's numeric GPX codes, to
/// <see cref="Sport"/>.</summary>
internal static class SportNames
{
    public static Sport Parse(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Sport.Unknown;
        }

        var n = name.Trim();
        if (int.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code))
        {
            return StravaCode(code);
        }

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

    /// <summary>Strava's GPX <c>&lt;type&gt;</c> numbers (sports-lib <c>StravaGPXTypeMapping</c>, activity.types.ts):
    /// 1 ride, 4 hike, 9 run, 10 walk, 16 swim, 17 virtual ride, 18 e-bike ride, 19 velomobile; others are other sports.</summary>
    private static Sport StravaCode(int code) => code switch
    {
        1 or 17 or 18 or 19 => Sport.Cycling,
        4 => Sport.Hiking,
        9 => Sport.Running,
        10 => Sport.Walking,
        16 => Sport.Swimming,
        _ => Sport.Other,
    };

    private static bool Has(string name, string part) => name.Contains(part, StringComparison.OrdinalIgnoreCase);
}
