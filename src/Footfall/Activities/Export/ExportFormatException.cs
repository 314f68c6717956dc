namespace Footfall.Activities.Export;

/// <summary>A whole export was refused (not a zip, too many entries, a zip bomb, over the total size
/// limit). Single broken files inside an export are not thrown; they come back as failed
/// <see cref="ExportItem"/>s.</summary>
public class ExportFormatException : ActivityFormatException
{
    public ExportFormatException()
    {
    }

    public ExportFormatException(string message)
        : base(message)
    {
    }

    public ExportFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
