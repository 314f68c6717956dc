namespace Footfall.Data.Entities;

/// <summary>
/// The chart samples of an <see cref="ActivityRecord"/>, packed as one compressed blob
/// (see <c>Footfall.Data.Activities.TrackCodec</c>) so a ten-year history stays small and fast to import.
/// </summary>
public class ActivityTrack
{
    public Guid ActivityId { get; set; }

    public required byte[] Data { get; set; }
}
