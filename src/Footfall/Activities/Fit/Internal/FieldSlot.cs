namespace Footfall.Activities.Fit.Internal;

/// <summary>
/// Where a decoded field value goes in the per-message scratch array. The slot numbers are reused
/// across messages; each message kind reads only its own slots.
/// </summary>
internal static class FieldSlot
{
    public const int Count = 18;

    // file_id (0)
    public const int FileType = 0;
    public const int TimeCreated = 1;

    // sport (12)
    public const int SportSport = 0;

    // session (18) and lap (19)
    public const int StartTime = 0;
    public const int SessionSport = 1;
    public const int TotalElapsedTime = 2;
    public const int TotalTimerTime = 3;
    public const int TotalDistance = 4;
    public const int AverageHeartRate = 5;

    // record (20)
    public const int Latitude = 0;
    public const int Longitude = 1;
    public const int Altitude = 2;
    public const int EnhancedAltitude = 3;
    public const int HeartRate = 4;
    public const int Cadence = 5;
    public const int FractionalCadence = 6;
    public const int Distance = 7;
    public const int Speed = 8;
    public const int EnhancedSpeed = 9;
    public const int VerticalOscillation = 10;
    public const int StanceTime = 11;
    public const int StanceTimeBalance = 12;
    public const int VerticalRatio = 13;
    public const int StepLength = 14;

    /// <summary>record field 8 <c>compressed_speed_distance</c>: speed (12 bits, /100 m/s) then
    /// distance (12 bits, /16 m, accumulated); decoded from raw bytes into these two slots.</summary>
    public const int CompressedSpeed = 15;
    public const int CompressedDistanceRaw = 16;
    public const int Power = 17;

    // timestamp_correlation (162)
    public const int SystemTimestamp = 0;

    // activity (34)
    public const int LocalTimestamp = 0;

    // field_description (206)
    public const int DeveloperDataIndex = 0;
    public const int FieldDefinitionNumber = 1;
    public const int FitBaseTypeId = 2;
    public const int Scale = 3;
    public const int Offset = 4;
    public const int NativeMesgNum = 5;
    public const int NativeFieldNum = 6;
}
