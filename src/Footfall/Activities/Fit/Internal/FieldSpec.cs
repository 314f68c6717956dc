namespace Footfall.Activities.Fit.Internal;

/// <summary>How one profile field is decoded: its slot and FIT scale/offset
/// (physical = raw / scale − offset, FIT protocol 2.0 section 4.2.1).</summary>
internal readonly record struct FieldSpec(int Slot, double Scale, double Offset)
{
    /// <summary>The profile fields this decoder uses (FIT profile 21.x, Profile.xlsx "Messages").</summary>
    public static bool TryGet(ushort message, byte field, out FieldSpec spec)
    {
        spec = (message, field) switch
        {
            (FitMessage.FileId, 0) => new(FieldSlot.FileType, 1, 0),
            (FitMessage.FileId, 4) => new(FieldSlot.TimeCreated, 1, 0),
            (FitMessage.Sport, 0) => new(FieldSlot.SportSport, 1, 0),
            (FitMessage.Session or FitMessage.Lap, 2) => new(FieldSlot.StartTime, 1, 0),
            (FitMessage.Session, 5) => new(FieldSlot.SessionSport, 1, 0),
            (FitMessage.Session or FitMessage.Lap, 7) => new(FieldSlot.TotalElapsedTime, 1000, 0),
            (FitMessage.Session or FitMessage.Lap, 8) => new(FieldSlot.TotalTimerTime, 1000, 0),
            (FitMessage.Session or FitMessage.Lap, 9) => new(FieldSlot.TotalDistance, 100, 0),
            (FitMessage.Lap, 15) => new(FieldSlot.AverageHeartRate, 1, 0),
            (FitMessage.Record, 0) => new(FieldSlot.Latitude, 1, 0),
            (FitMessage.Record, 1) => new(FieldSlot.Longitude, 1, 0),
            (FitMessage.Record, 2) => new(FieldSlot.Altitude, 5, 500),
            (FitMessage.Record, 78) => new(FieldSlot.EnhancedAltitude, 5, 500),
            (FitMessage.Record, 3) => new(FieldSlot.HeartRate, 1, 0),
            (FitMessage.Record, 4) => new(FieldSlot.Cadence, 1, 0),
            (FitMessage.Record, 53) => new(FieldSlot.FractionalCadence, 128, 0),
            (FitMessage.Record, 5) => new(FieldSlot.Distance, 100, 0),
            (FitMessage.Record, 6) => new(FieldSlot.Speed, 1000, 0),
            (FitMessage.Record, 73) => new(FieldSlot.EnhancedSpeed, 1000, 0),
            (FitMessage.Record, 39) => new(FieldSlot.VerticalOscillation, 10, 0),
            (FitMessage.Record, 41) => new(FieldSlot.StanceTime, 10, 0),
            (FitMessage.Record, 84) => new(FieldSlot.StanceTimeBalance, 100, 0),
            (FitMessage.Record, 83) => new(FieldSlot.VerticalRatio, 100, 0),
            (FitMessage.Record, 85) => new(FieldSlot.StepLength, 10, 0),
            (FitMessage.Record, 8) => new(FieldSlot.CompressedSpeed, 1, 0),
            (FitMessage.Record, 7) => new(FieldSlot.Power, 1, 0),
            (FitMessage.TimestampCorrelation, 1) => new(FieldSlot.SystemTimestamp, 1, 0),
            (FitMessage.ActivityMessage, 5) => new(FieldSlot.LocalTimestamp, 1, 0),
            (FitMessage.FieldDescription, 0) => new(FieldSlot.DeveloperDataIndex, 1, 0),
            (FitMessage.FieldDescription, 1) => new(FieldSlot.FieldDefinitionNumber, 1, 0),
            (FitMessage.FieldDescription, 2) => new(FieldSlot.FitBaseTypeId, 1, 0),
            (FitMessage.FieldDescription, 6) => new(FieldSlot.Scale, 1, 0),
            (FitMessage.FieldDescription, 7) => new(FieldSlot.Offset, 1, 0),
            (FitMessage.FieldDescription, 14) => new(FieldSlot.NativeMesgNum, 1, 0),
            (FitMessage.FieldDescription, 15) => new(FieldSlot.NativeFieldNum, 1, 0),
            _ => new(-1, 0, 0),
        };
        return spec.Slot >= 0;
    }

    /// <summary>The record slot a developer field maps to through its description's
    /// <c>native_field_num</c> (when <c>native_mesg_num</c> is record), or −1.</summary>
    public static int NativeRecordSlot(int nativeField) =>
        nativeField switch
        {
            3 => FieldSlot.HeartRate,
            4 => FieldSlot.Cadence,
            5 => FieldSlot.Distance,
            6 => FieldSlot.Speed,
            7 => FieldSlot.Power,
            39 => FieldSlot.VerticalOscillation,
            41 => FieldSlot.StanceTime,
            83 => FieldSlot.VerticalRatio,
            84 => FieldSlot.StanceTimeBalance,
            85 => FieldSlot.StepLength,
            _ => -1,
        };
}
