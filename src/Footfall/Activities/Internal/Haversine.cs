namespace Footfall.Activities.Internal;

/// <summary>Great-circle distance on a sphere of the mean Earth radius (IUGG mean radius R1 =
/// 6,371,008.8 m); within 0.5 % of the WGS 84 ellipsoid, ample for GPS tracks.</summary>
internal static class Haversine
{
    public const double EarthRadiusMeters = 6_371_008.8;

    /// <summary>Distance in metres between two points given in degrees.</summary>
    public static double Meters(double lat1, double lon1, double lat2, double lon2)
    {
        var phi1 = double.DegreesToRadians(lat1);
        var phi2 = double.DegreesToRadians(lat2);
        var dPhi = phi2 - phi1;
        var dLambda = double.DegreesToRadians(lon2 - lon1);
        var a = (Math.Sin(dPhi / 2) * Math.Sin(dPhi / 2))
            + (Math.Cos(phi1) * Math.Cos(phi2) * Math.Sin(dLambda / 2) * Math.Sin(dLambda / 2));
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
