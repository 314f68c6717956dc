using System.Buffers;

namespace Footfall.Activities.Internal;

/// <summary>Reads a whole stream into a buffer rented from <see cref="ArrayPool{T}.Shared"/>, refusing
/// more than a limit. The caller returns the buffer with <see cref="Return"/>.</summary>
internal static class BoundedRead
{
    /// <summary>Reads all of <paramref name="stream"/> (from its position; at most <paramref name="maxBytes"/>,
    /// else <paramref name="tooLarge"/> is thrown); the content is <c>buffer[..length]</c>, see <paramref name="length"/>.</summary>
    public static byte[] ReadAll(Stream stream, int maxBytes, Func<ActivityFormatException> tooLarge, out int length)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var initial = 64 * 1024;
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > maxBytes)
            {
                throw tooLarge();
            }

            initial = (int)Math.Max(remaining + 1, 1);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(initial);
        length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > maxBytes)
                    {
                        throw tooLarge();
                    }

                    var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, (long)maxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }

                var read = stream.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > maxBytes)
                {
                    throw tooLarge();
                }
            }

            return buffer;
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public static void Return(byte[] buffer) => ArrayPool<byte>.Shared.Return(buffer);
}
