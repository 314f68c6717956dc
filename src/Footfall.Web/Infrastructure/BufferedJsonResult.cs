using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Footfall.Web.Infrastructure;

/// <summary>
/// A 200 JSON answer written whole: the value is serialized (by its source-generated contract) into a
/// buffer kept per thread, then sent with its Content-Length in one write, so that the client gets the
/// headers and the body together rather than a chunked stream. For small documents on hot endpoints.
/// </summary>
public sealed class BufferedJsonResult<T>(T value, JsonTypeInfo<T> typeInfo) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IValueHttpResult<T>, IValueHttpResult
{
    /// <summary>A buffer that grew past this is let go rather than kept for the thread's next answer.</summary>
    private const int KeepAtMost = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public T Value { get; } = value;

    object? IValueHttpResult.Value => Value;

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => "application/json";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(8 * 1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        writer.Reset(buffer);
        JsonSerializer.Serialize(writer, Value, typeInfo);
        writer.Flush();

        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = buffer.WrittenCount;
        response.BodyWriter.Write(buffer.WrittenSpan);
        if (buffer.Capacity > KeepAtMost)
        {
            t_buffer = null;
            t_writer = null;
        }

        // Kestrel sends what was written when the request ends; a large body is flushed now.
        return buffer.WrittenCount > KeepAtMost ? response.BodyWriter.FlushAsync(httpContext.RequestAborted).AsTask() : Task.CompletedTask;
    }
}
