using System.Globalization;
using System.Xml;

namespace Footfall.Activities.Internal;

/// <summary>
/// XmlReader settings for untrusted activity files: no DTD at all (so no entity expansion, no
/// billion-laughs, no external entities), no resolver, a cap on characters and on input bytes.
/// Turns every XML error into an <see cref="XmlActivityFormatException"/> with the line and column.
/// </summary>
internal static class SafeXml
{
    public static XmlReader Open(Stream stream, long maxBytes, ActivityFormat format)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = maxBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };
        var limited = new LimitedReadStream(
            stream,
            maxBytes,
            () => new XmlActivityFormatException(format, $"input larger than the {maxBytes}-byte limit", 0, 0));
        return XmlReader.Create(limited, settings);
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
