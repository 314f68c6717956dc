namespace Footfall.Activities;

/// <summary>The file format an activity was decoded from.</summary>
public enum ActivityFormat
{
    /// <summary>Garmin FIT (Flexible and Interoperable data Transfer), binary, FIT protocol 1.0/2.0.</summary>
    Fit,

    /// <summary>GPS Exchange Format 1.0 or 1.1 (XML), optionally with Garmin's TrackPointExtension.</summary>
    Gpx,

    /// <summary>Garmin Training Center XML (TCX) v2.</summary>
    Tcx,
}
