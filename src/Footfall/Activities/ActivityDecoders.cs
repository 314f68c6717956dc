using System.IO.Compression;
using Footfall.Activities.Fit;
using Footfall.Activities.Gpx;
using Footfall.Activities.Internal;
using Footfall.Activities.Tcx;

namespace Footfall.Activities;

/// <summary>
/// The registry of activity formats: every decoder says what it recognises (by content and by file
/// extension), and detection, the export readers and the messages that list the formats read it from here.
/// Decoding picks the decoder by content (FIT header signature, GPX or TCX root element), falling back on
/// the file name's extension; gzip-compressed files (Strava's <c>.fit.gz</c>, <c>.gpx.gz</c>,
/// <c>.tcx.gz</c>) are decompressed as they are read, within the same size limit. Nothing is buffered
/// whole except FIT files (which the FIT decoder reads into memory, at most <see cref="MaxFileBytes"/>).
/// </summary>
public static class ActivityDecoders
{
    /// <summary>Largest file accepted, after decompression: 64 MiB.</summary>
    public const int MaxFileBytes = 64 * 1024 * 1024;

    /// <summary>Most samples (records, track points) kept per file, for every format: 1,000,000 (11.5 days
    /// at one a second). Memory per file is bounded by this, not by the file's size.</summary>
    public const int MaxSamples = 1_000_000;

    private const int SniffBytes = 4096;

    /// <summary>The decoders, one per format, with default options.</summary>
    public static IReadOnlyList<IActivityDecoder> All { get; } = [new FitDecoder(), new GpxDecoder(), new TcxDecoder()];

    /// <summary>The formats' names for messages: "FIT, GPX or TCX".</summary>
    public static string FormatNames { get; } = List(All.Select(d => d.Format.ToString().ToUpperInvariant()));

    /// <summary>The extensions for messages: ".fit, .gpx or .tcx".</summary>
    public static string ExtensionNames { get; } = List(All.SelectMany(d => d.Extensions));

    /// <summary>The extensions for a file input's <c>accept</c> attribute, gzip included: ".fit,.gpx,.tcx,.gz".</summary>
    public static string AcceptList { get; } = string.Join(',', All.SelectMany(d => d.Extensions).Append(".gz"));

    /// <summary>The decoder for <paramref name="format"/>, with default options.</summary>
    public static IActivityDecoder For(ActivityFormat format) =>
        All.FirstOrDefault(d => d.Format == format)
        ?? throw new ArgumentOutOfRangeException(nameof(format), format, "unknown activity format");

    /// <summary>True for a name ending in a registered extension, optionally followed by <c>.gz</c>.</summary>
    public static bool IsActivityFileName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ByName(name) is not null;
    }

    /// <summary>
    /// The format of a file from its first bytes (at least 12 for FIT; up to 4 KiB for XML), or from
    /// <paramref name="fileName"/>'s extension (optionally followed by <c>.gz</c>) when the content does not
    /// say; null when neither does.
    /// </summary>
    public static ActivityFormat? Detect(ReadOnlySpan<byte> head, string? fileName = null)
    {
        var sniff = head[..Math.Min(head.Length, SniffBytes)];
        foreach (var decoder in All)
        {
            if (decoder.Recognises(sniff))
            {
                return decoder.Format;
            }
        }

        return fileName is null ? null : ByName(fileName)?.Format;
    }

    /// <summary>Decodes a registered format, gzip-compressed or not; reads <paramref name="stream"/> to its
    /// end without disposing it.</summary>
    /// <param name="stream">The file's content.</param>
    /// <param name="fileName">The file's name, used only when the content does not show the format.</param>
    /// <exception cref="ActivityFormatException">Not a recognised format, malformed, unsafe or over
    /// <see cref="MaxFileBytes"/>; the subclass names the position.</exception>
    public static IReadOnlyList<Activity> Decode(Stream stream, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var limited = new LimitedReadStream(
            stream,
            MaxFileBytes,
            () => new ActivityFormatException($"{fileName ?? "file"}: larger than the {MaxFileBytes}-byte limit"));
        return DecodeContent(limited, fileName, allowGzip: true);
    }

    /// <summary>Decodes, then gives every activity <paramref name="listedSport"/> (an export's own list of
    /// activities, which wins over the file), converting cadence between strides and steps when the sport
    /// moves on or off foot. Multisport files keep their per-session sports.</summary>
    public static IReadOnlyList<Activity> Decode(Stream stream, string? fileName, Sport listedSport)
    {
        var activities = Decode(stream, fileName);
        return listedSport == Sport.Unknown ? activities : activities.Select(a => Relabel(a, listedSport)).ToList();
    }

    /// <summary><paramref name="activity"/> as <paramref name="sport"/>, cadence converted when the sport
    /// moves on or off foot (FIT, GPX and TCX count strides on foot, revolutions otherwise).</summary>
    public static Activity Relabel(Activity activity, Sport sport)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Sport == sport || activity.Sport == Sport.Multisport)
        {
            return activity;
        }

        var factor = activity.Sport.CadenceFactor(sport);
        var samples = factor == 1.0 || activity.Samples is not ActivitySamples columns ? activity.Samples : columns.WithCadenceScaled(factor);
        return activity with { Sport = sport, Samples = samples };
    }

    private static IActivityDecoder? ByName(string fileName)
    {
        var name = fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? fileName[..^3] : fileName;
        return All.FirstOrDefault(d => d.Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)));
    }

    private static IReadOnlyList<Activity> DecodeContent(Stream content, string? fileName, bool allowGzip)
    {
        var head = new byte[SniffBytes];
        var length = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var prefixed = new PrefixedStream(head, length, content);
        if (length >= 2 && head[0] == 0x1F && head[1] == 0x8B)
        {
            return allowGzip
                ? DecodeGzip(prefixed, fileName)
                : throw new ActivityFormatException($"{fileName ?? "file"}: gzip inside gzip is refused");
        }

        var format = Detect(head.AsSpan(0, length), fileName)
            ?? throw new ActivityFormatException($"{fileName ?? "file"}: not a {FormatNames} file");
        return For(format).Decode(prefixed);
    }

    private static IReadOnlyList<Activity> DecodeGzip(Stream compressed, string? fileName)
    {
        var inner = fileName is not null && fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? fileName[..^3] : fileName;
        try
        {
            using var gzip = new GZipStream(compressed, CompressionMode.Decompress, leaveOpen: true);
            var limited = new LimitedReadStream(
                gzip,
                MaxFileBytes,
                () => new ActivityFormatException($"{fileName ?? "file"}: decompresses to more than {MaxFileBytes} bytes"));
            return DecodeContent(limited, inner, allowGzip: false);
        }
        catch (InvalidDataException ex)
        {
            throw new ActivityFormatException($"{fileName ?? "file"}: damaged gzip data", ex);
        }
    }

    private static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " or " + list[^1];
    }
}
