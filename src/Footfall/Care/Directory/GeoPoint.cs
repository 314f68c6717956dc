namespace Footfall.Care.Directory;

/// <summary>A point on the Earth in WGS 84 degrees: latitude -90 to 90, longitude -180 to 180.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    /// <summary>IUGG mean Earth radius R1, 6,371.0088 km.</summary>
    public const double EarthRadiusKm = 6371.0088;

    public static bool IsValid(double latitude, double longitude) =>
        double.IsFinite(latitude) && double.IsFinite(longitude) && latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180;

    /// <summary>Great-circle (haversine) distance in kilometres, within 0.5 % of the WGS 84 ellipsoid.</summary>
    public double KilometresTo(GeoPoint other)
    {
        var phi1 = double.DegreesToRadians(Latitude);
        var phi2 = double.DegreesToRadians(other.Latitude);
        var dPhi = phi2 - phi1;
        var dLambda = double.DegreesToRadians(other.Longitude - Longitude);
        var a = (Math.Sin(dPhi / 2) * Math.Sin(dPhi / 2)) + (Math.Cos(phi1) * Math.Cos(phi2) * Math.Sin(dLambda / 2) * Math.Sin(dLambda / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
