using System.IO.Compression;
using Footfall.Activities;
using Footfall.Activities.Fit;

namespace Footfall.Data.Activities;

/// <summary>
/// Decodes one stored file for the importer: a FIT file, gzip-compressed or not. GPX and TCX are decoded
/// when the domain library's decoders for them are available (see <see cref="ActivityImporter.Decode"/>).
/// </summary>
internal static class ActivityFiles
{
    /// <summary>Largest file accepted, after decompression: 64 MiB, as the FIT decoder's default.</summary>
    public const int MaxFileBytes = 64 * 1024 * 1024;

    public static IReadOnlyList<Activity> Decode(ReadOnlyMemory<byte> content, string name)
    {
        var span = content.Span;
        if (span.Length >= 2 && span[0] == 0x1F && span[1] == 0x8B)
        {
            using var gzip = new GZipStream(new MemoryStream(content.ToArray(), writable: false), CompressionMode.Decompress);
            var inflated = ReadBounded(gzip, name);
            return Decode(inflated, name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name);
        }

        if (FitDecoder.LooksLikeFit(span))
        {
            return new FitDecoder().Decode(span);
        }

        throw new ActivityFormatException($"{name}: not a FIT file (GPX and TCX are not supported by this build)");
    }

    /// <summary>Reads a stream to its end, refusing more than <see cref="MaxFileBytes"/>.</summary>
    public static byte[] ReadBounded(Stream stream, string name)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes)
            {
                throw new ActivityFormatException($"{name}: larger than the {MaxFileBytes / (1024 * 1024)} MiB limit");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
