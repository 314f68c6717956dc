using Footfall.Activities;

namespace Footfall.Data.Entities;

/// <summary>
/// One imported activity: its summary (what lists, load and shoe signals need) and, in
/// <see cref="ActivityTrack"/>, the samples the charts need.
/// </summary>
public class ActivityRecord : IOwned
{
    public Guid Id { get; set; }

    public required string OwnerId { get; set; }

    /// <summary>The sport (from the file, the export's list, or the runner's correction); stored as its
    /// lower-case code (<see cref="SportExtensions.Code"/>, e.g. <c>running</c>).</summary>
    public Sport Sport { get; set; }

    public DateTime StartUtc { get; set; }

    public double DurationSeconds { get; set; }

    public double DistanceMeters { get; set; }

    public double? AverageHeartRateBpm { get; set; }

    /// <summary>Average cadence in steps per minute.</summary>
    public double? AverageCadenceSpm { get; set; }

    /// <summary>Average stance-time balance, percent on the left foot.</summary>
    public double? StanceTimeBalanceLeftPercent { get; set; }

    /// <summary>fit, gpx or tcx.</summary>
    public required string SourceFormat { get; set; }

    /// <summary>The file name inside the upload or export (no folders).</summary>
    public required string SourceName { get; set; }

    /// <summary>SHA-256 of the file's bytes, hex: a re-import of the same file is a duplicate.</summary>
    public required string ContentHash { get; set; }

    /// <summary>The gear name an export gave, used to create and assign shoes.</summary>
    public string? GearName { get; set; }

    public Guid? ShoeId { get; set; }

    public DateTime ImportedAtUtc { get; set; }

    public int SampleCount { get; set; }

    /// <summary>How many of the samples have a time; null for activities imported before it was counted
    /// (taken as all). Fewer timed than recorded points means the time covers only part of the track.</summary>
    public int? TimedSampleCount { get; set; }

    /// <summary>Average power in watts, when the file recorded power.</summary>
    public double? AveragePowerWatts { get; set; }

    /// <summary>Set when the file was damaged and only the records before the damage were kept: what was
    /// kept and where it stopped, in plain words.</summary>
    public string? DamageNote { get; set; }

    public ActivityTrack? Track { get; set; }
}
