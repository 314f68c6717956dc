namespace Footfall.Activities;

/// <summary>A GPX or TCX file is malformed, too large or unsafe; <see cref="LineNumber"/> and
/// <see cref="LinePosition"/> (1-based, 0 when unknown) say where.</summary>
public class XmlActivityFormatException : ActivityFormatException
{
    public XmlActivityFormatException()
    {
    }

    public XmlActivityFormatException(string message)
        : base(message)
    {
    }

    public XmlActivityFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public XmlActivityFormatException(ActivityFormat format, string reason, int lineNumber, int linePosition, Exception? innerException = null)
        : base($"{format.ToString().ToUpperInvariant()}: {reason} (line {lineNumber}, column {linePosition})", innerException!)
    {
        Format = format;
        LineNumber = lineNumber;
        LinePosition = linePosition;
    }

    /// <summary>GPX or TCX.</summary>
    public ActivityFormat Format { get; }

    public int LineNumber { get; }

    public int LinePosition { get; }
}
