using Footfall.Activities;
using Footfall.Activities.Fit;

namespace Footfall.Data.Activities;

/// <summary>
/// Decodes one stored file for the importer: FIT, GPX or TCX, gzip-compressed or not, by content
/// (<see cref="ActivityDecoders"/>), within the same 64 MiB limit.
/// </summary>
internal static class ActivityFiles
{
    /// <summary>Largest file accepted, after decompression: 64 MiB, as <see cref="ActivityDecoders.MaxFileBytes"/>.</summary>
    public const int MaxFileBytes = ActivityDecoders.MaxFileBytes;

    public static IReadOnlyList<Activity> Decode(ReadOnlyMemory<byte> content, string name)
    {
        var span = content.Span;
        if (FitDecoder.LooksLikeFit(span))
        {
            // The common case decodes straight from the bytes already in memory.
            return new FitDecoder().Decode(span);
        }

        using var stream = new MemoryStream(content.ToArray(), writable: false);
        return ActivityDecoders.Decode(stream, name);
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
