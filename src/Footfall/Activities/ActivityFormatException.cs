namespace Footfall.Activities;

/// <summary>
/// An activity file could not be decoded: malformed, truncated, too large or unsafe (XML with a DTD).
/// The message is safe to show to the user and never contains health data. Subclasses add the
/// position: <see cref="Fit.FitFormatException"/> a byte offset, <see cref="XmlActivityFormatException"/>
/// a line and column.
/// </summary>
public class ActivityFormatException : Exception
{
    public ActivityFormatException()
    {
    }

    public ActivityFormatException(string message)
        : base(message)
    {
    }

    public ActivityFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
