namespace Footfall.Activities.Export;

/// <summary>Limits that keep a hostile or broken archive from exhausting memory or time. The defaults
/// fit a ten-year history (Strava exports hold one file per activity, about 3,000 for ten years).</summary>
public sealed record ExportLimits
{
    /// <summary>Most entries in an archive, nested archives included. Default 20,000.</summary>
    public int MaxEntries { get; init; } = 20_000;

    /// <summary>Largest single file after decompression, in bytes. Default 64 MiB.</summary>
    public long MaxEntryBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Largest total of all files after decompression, in bytes. Default 8 GiB.</summary>
    public long MaxTotalBytes { get; init; } = 8L * 1024 * 1024 * 1024;

    /// <summary>Highest declared uncompressed:compressed ratio of any entry (beyond 4 KiB of slack for tiny
    /// files). Default 100 (FIT compresses about 3–8×, GPX and TCX 10–25×; zip bombs reach 1,000× and more).</summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>Most recorded samples (track points) decoded from one export. Default 50 million
    /// (ten years of daily one-hour runs at one sample a second is about 13 million).</summary>
    public long MaxTotalSamples { get; init; } = 50_000_000;

    public static ExportLimits Default { get; } = new();
}
