namespace Footfall.Activities.Fit;

/// <summary>A FIT file is malformed, truncated, too large or fails its CRC; <see cref="Offset"/> is the
/// byte offset from the start of the input where decoding stopped, and the message names it.</summary>
public class FitFormatException : ActivityFormatException
{
    public FitFormatException()
    {
    }

    public FitFormatException(string message)
        : base(message)
    {
    }

    public FitFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FitFormatException(string reason, long offset)
        : base($"FIT: {reason} at byte {offset}")
    {
        Offset = offset;
        Reason = reason;
    }

    /// <summary>What was wrong, without the position.</summary>
    public string Reason { get; } = string.Empty;

    /// <summary>Byte offset from the start of the input, ≥ 0.</summary>
    public long Offset { get; }
}
