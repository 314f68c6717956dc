using System.Globalization;
using System.Xml;

namespace Footfall.Activities.Internal;

/// <summary>
/// The XML set-up GPX and TCX share for untrusted files: no DTD at all (so no entity expansion, no
/// billion-laughs, no external entities), no resolver, a cap on input bytes, names without prefixes.
/// Turns every XML error into an <see cref="XmlActivityFormatException"/> with the line and column.
/// </summary>
internal static class SafeXml
{
    /// <summary>
    /// A reader for an untrusted GPX or TCX file. Namespace prefixes are not resolved (Strava writes
    /// <c>gpxdata:</c> elements without declaring the prefix), so element names are compared by
    /// <see cref="Name"/> without their prefix. Whitespace and a byte order mark before the XML declaration
    /// (a Garmin Connect export shape) are skipped.
    /// </summary>
    public static XmlReader Open(Stream stream, long maxBytes, ActivityFormat format)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var limited = new LimitedReadStream(
            stream,
            maxBytes,
            () => new XmlActivityFormatException(format, $"input larger than the {maxBytes}-byte limit", 0, 0));
        var reader = new XmlTextReader(SkipLeadingWhitespace(limited))
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            Namespaces = false,
            WhitespaceHandling = WhitespaceHandling.None,
            Normalization = false,
        };
        return reader;
    }

    /// <summary>An element's name without its namespace prefix (<c>gpxtpx:hr</c> is <c>hr</c>).</summary>
    public static string Name(XmlReader reader)
    {
        var name = reader.LocalName;
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? name : name[(colon + 1)..];
    }

    /// <summary>Skips a UTF-8 byte order mark and ASCII whitespace at the very start.</summary>
    private static Stream SkipLeadingWhitespace(Stream stream)
    {
        var head = new byte[64];
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var skip = n >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0;
        while (skip < n && head[skip] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            skip++;
        }

        var rest = new byte[n - skip];
        head.AsSpan(skip, n - skip).CopyTo(rest);
        return skip == n && n == head.Length ? SkipLeadingWhitespace(stream) : new PrefixedStream(rest, rest.Length, stream);
    }

    /// <summary>Runs <paramref name="decode"/>, translating XML errors into format errors.</summary>
    public static T Guard<T>(ActivityFormat format, XmlReader reader, Func<T> decode)
    {
        try
        {
            return decode();
        }
        catch (XmlException ex)
        {
            var reason = ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? "XML with a DTD (document type declaration) is refused: it could expand entities or fetch external files"
                : "malformed XML: " + ex.Message;
            // Some XmlExceptions (the DTD refusal) carry no position; the reader's is as good.
            var (line, column) = ex.LineNumber > 0 ? (ex.LineNumber, ex.LinePosition) : Position(reader);
            throw new XmlActivityFormatException(format, reason, line, column, ex);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentOutOfRangeException)
        {
            var (line, column) = Position(reader);
            throw new XmlActivityFormatException(format, "bad value: " + ex.Message, line, column, ex);
        }
    }

    public static (int Line, int Column) Position(XmlReader reader) =>
        reader is IXmlLineInfo info ? (info.LineNumber, info.LinePosition) : (0, 0);

    public static double ParseDouble(string text) =>
        double.Parse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture) is var v && double.IsFinite(v)
            ? v
            : throw new FormatException($"'{text}' is not a finite number");

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>Reads the text of the element the reader is on and moves past its end tag; text inside
    /// nested elements is included (for <c>&lt;Value&gt;</c> wrappers).</summary>
    public static string ReadText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        var depth = reader.Depth;
        string? first = null;
        System.Text.StringBuilder? more = null;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
            {
                if (first is null)
                {
                    first = reader.Value;
                }
                else
                {
                    (more ??= new System.Text.StringBuilder(first)).Append(reader.Value);
                }
            }

            reader.Read();
        }

        reader.Read();
        return more?.ToString() ?? first ?? string.Empty;
    }
}
