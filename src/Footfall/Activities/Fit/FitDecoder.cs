using Footfall.Activities.Fit.Internal;
using Footfall.Activities.Internal;

namespace Footfall.Activities.Fit;

/// <summary>
/// Decodes Garmin FIT activity files (FIT protocol 1.0/2.0, profile 21.x; <see href="https://developer.garmin.com/fit/protocol/"/>):
/// 12- and 14-byte headers, header and file CRC, normal and compressed-timestamp record headers,
/// little- and big-endian definitions, developer fields (skipped, or standing in for a missing native
/// record field when their description names one), chained files, invalid-value sentinels, and FIT
/// scale/offset. Each chained file that is an activity (<c>file_id.type</c> = 4, or records without a
/// <c>file_id</c>) gives one <see cref="Activity"/>; settings, monitoring and other file types give none.
/// Thread-safe: each call decodes with its own state.
/// </summary>
public sealed class FitDecoder : IActivityDecoder
{
    private readonly FitDecoderOptions _options;

    public FitDecoder(FitDecoderOptions? options = null)
    {
        _options = options ?? FitDecoderOptions.Default;
    }

    /// <inheritdoc/>
    public ActivityFormat Format => ActivityFormat.Fit;

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".fit"];

    /// <inheritdoc/>
    public bool Recognises(ReadOnlySpan<byte> head) => LooksLikeFit(head);

    /// <inheritdoc/>
    /// <exception cref="FitFormatException">Malformed, truncated, larger than
    /// <see cref="FitDecoderOptions.MaxFileBytes"/>, or a CRC mismatch (when verified).</exception>
    public IReadOnlyList<Activity> Decode(Stream stream)
    {
        var buffer = BoundedRead.ReadAll(
            stream,
            _options.MaxFileBytes,
            () => new FitFormatException($"input larger than the {_options.MaxFileBytes}-byte limit", _options.MaxFileBytes),
            out var length);
        try
        {
            return Decode(buffer.AsSpan(0, length));
        }
        finally
        {
            BoundedRead.Return(buffer);
        }
    }

    /// <summary>Decodes FIT bytes already in memory; see <see cref="Decode(Stream)"/>.</summary>
    /// <exception cref="FitFormatException">As for <see cref="Decode(Stream)"/>.</exception>
    public IReadOnlyList<Activity> Decode(ReadOnlySpan<byte> data) => Decode(data, out _);

    /// <summary>Decodes FIT bytes and reports how many <c>record</c> messages they held (for throughput figures).</summary>
    /// <exception cref="FitFormatException">As for <see cref="Decode(Stream)"/>.</exception>
    public IReadOnlyList<Activity> Decode(ReadOnlySpan<byte> data, out int recordCount)
    {
        if (data.Length > _options.MaxFileBytes)
        {
            throw new FitFormatException($"input larger than the {_options.MaxFileBytes}-byte limit", _options.MaxFileBytes);
        }

        var parser = new FitParser(_options);
        var activities = parser.Parse(data);
        recordCount = parser.RecordCount;
        return activities;
    }

    /// <summary>True when <paramref name="head"/> (the first bytes of a file, at least 12) carries the
    /// FIT header signature <c>".FIT"</c> at bytes 8..11.</summary>
    public static bool LooksLikeFit(ReadOnlySpan<byte> head) =>
        head.Length >= 12 && head[0] >= 12 && head.Slice(8, 4).SequenceEqual(".FIT"u8);
}
