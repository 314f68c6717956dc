namespace Footfall.Activities.Fit.Internal;

/// <summary>FIT global message numbers used here (FIT profile 21.x, <c>mesg_num</c>).</summary>
internal static class FitMessage
{
    public const ushort FileId = 0;
    public const ushort Sport = 12;
    public const ushort Session = 18;
    public const ushort Lap = 19;
    public const ushort Record = 20;
    public const ushort ActivityMessage = 34;
    public const ushort Hr = 132;
    public const ushort TimestampCorrelation = 162;
    public const ushort FieldDescription = 206;

    /// <summary>Field number of <c>timestamp</c> in every message.</summary>
    public const byte TimestampField = 253;
}
