using System.IO.Compression;
using Footfall.Activities.Fit;
using Footfall.Activities.Gpx;
using Footfall.Activities.Internal;
using Footfall.Activities.Tcx;

namespace Footfall.Activities;

/// <summary>
/// Picks the decoder for a file by its content (FIT header signature, GPX or TCX root element), falling
/// back on the file name's extension, and decodes it; gzip-compressed files (Strava's <c>.fit.gz</c>,
/// <c>.gpx.gz</c>, <c>.tcx.gz</c>) are decompressed first, within the same size limit.
/// </summary>
public static class ActivityDecoders
{
    /// <summary>Largest file accepted, after decompression: 64 MiB.</summary>
    public const int MaxFileBytes = 64 * 1024 * 1024;

    private const int SniffBytes = 4096;

    /// <summary>The decoder for <paramref name="format"/>, with default options.</summary>
    public static IActivityDecoder For(ActivityFormat format) => format switch
    {
        ActivityFormat.Fit => new FitDecoder(),
        ActivityFormat.Gpx => new GpxDecoder(),
        ActivityFormat.Tcx => new TcxDecoder(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown activity format"),
    };

    /// <summary>
    /// The format of a file from its first bytes (at least 12 for FIT; up to 4 KiB for XML), or from
    /// <paramref name="fileName"/>'s extension (<c>.fit</c>, <c>.gpx</c>, <c>.tcx</c>, optionally followed
    /// by <c>.gz</c>) when the content does not say; null when neither does.
    /// </summary>
    public static ActivityFormat? Detect(ReadOnlySpan<byte> head, string? fileName = null)
    {
        if (FitDecoder.LooksLikeFit(head))
        {
            return ActivityFormat.Fit;
        }

        var sniff = head[..Math.Min(head.Length, SniffBytes)];
        if (sniff.IndexOf("<gpx"u8) >= 0 || sniff.IndexOf(":gpx "u8) >= 0)
        {
            return ActivityFormat.Gpx;
        }

        if (sniff.IndexOf("TrainingCenterDatabase"u8) >= 0)
        {
            return ActivityFormat.Tcx;
        }

        var name = fileName ?? string.Empty;
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }

        return Path.GetExtension(name).ToUpperInvariant() switch
        {
            ".FIT" => ActivityFormat.Fit,
            ".GPX" => ActivityFormat.Gpx,
            ".TCX" => ActivityFormat.Tcx,
            _ => null,
        };
    }

    /// <summary>Decodes a FIT, GPX or TCX file, gzip-compressed or not; reads <paramref name="stream"/>
    /// to its end without disposing it.</summary>
    /// <param name="stream">The file's content.</param>
    /// <param name="fileName">The file's name, used only when the content does not show the format.</param>
    /// <exception cref="ActivityFormatException">Not a recognised format, malformed, unsafe or over
    /// <see cref="MaxFileBytes"/>; the subclass names the position.</exception>
    public static IReadOnlyList<Activity> Decode(Stream stream, string? fileName = null)
    {
        var buffer = BoundedRead.ReadAll(
            stream,
            MaxFileBytes,
            () => new ActivityFormatException($"{fileName ?? "file"}: larger than the {MaxFileBytes}-byte limit"),
            out var length);
        try
        {
            var content = buffer.AsSpan(0, length);
            if (content.Length >= 2 && content[0] == 0x1F && content[1] == 0x8B)
            {
                return DecodeGzip(buffer, length, fileName);
            }

            var format = Detect(content, fileName)
                ?? throw new ActivityFormatException($"{fileName ?? "file"}: not a FIT, GPX or TCX file");
            return format == ActivityFormat.Fit
                ? new FitDecoder().Decode(content)
                : For(format).Decode(new MemoryStream(buffer, 0, length, writable: false));
        }
        finally
        {
            BoundedRead.Return(buffer);
        }
    }

    private static IReadOnlyList<Activity> DecodeGzip(byte[] buffer, int length, string? fileName)
    {
        var inner = fileName is not null && fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? fileName[..^3] : fileName;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(buffer, 0, length, writable: false), CompressionMode.Decompress);
            using var limited = new LimitedReadStream(
                gzip,
                MaxFileBytes,
                () => new ActivityFormatException($"{fileName ?? "file"}: decompresses to more than {MaxFileBytes} bytes"));
            using var decompressed = new MemoryStream();
            limited.CopyTo(decompressed);
            decompressed.Position = 0;
            if (decompressed.Length >= 2 && decompressed.GetBuffer()[0] == 0x1F && decompressed.GetBuffer()[1] == 0x8B)
            {
                throw new ActivityFormatException($"{fileName ?? "file"}: gzip inside gzip is refused");
            }

            return Decode(decompressed, inner);
        }
        catch (InvalidDataException ex)
        {
            throw new ActivityFormatException($"{fileName ?? "file"}: damaged gzip data", ex);
        }
    }
}
