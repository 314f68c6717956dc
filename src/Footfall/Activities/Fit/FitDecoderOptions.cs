namespace Footfall.Activities.Fit;

/// <summary>Limits and checks of <see cref="FitDecoder"/>. The defaults suit an importer of user uploads.</summary>
public sealed record FitDecoderOptions
{
    /// <summary>
    /// Verify the header CRC (when not 0x0000, which the FIT protocol allows as "not computed") and the
    /// file CRC of every chained file, and refuse a mismatch with a <see cref="FitFormatException"/>.
    /// Default true: a CRC mismatch means a damaged copy, and the importer reports it rather than
    /// storing values that may be wrong. Set false to skip the check.
    /// </summary>
    public bool VerifyCrc { get; init; } = true;

    /// <summary>
    /// Keep what was decoded before damage (a CRC mismatch, a truncated tail, a broken record or a broken
    /// chained file) instead of refusing the whole file: the last activity then carries
    /// <see cref="Activity.Damage"/>. A file damaged before its first record is still refused. Default true.
    /// </summary>
    public bool Salvage { get; init; } = true;

    /// <summary>Largest input accepted, in bytes. Default 64 MiB (a week of 1 s records is about 10 MB).</summary>
    public int MaxFileBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>Most record messages kept per file. Default 1,000,000 (11.5 days at one record a second);
    /// bounds memory on hostile input where every record is one byte long.</summary>
    public int MaxSamples { get; init; } = ActivityDecoders.MaxSamples;

    /// <summary>The defaults.</summary>
    public static FitDecoderOptions Default { get; } = new();
}
