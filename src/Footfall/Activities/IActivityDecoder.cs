namespace Footfall.Activities;

/// <summary>Decodes one activity file format from a stream, and says which files it recognises: the
/// registry (<see cref="ActivityDecoders.All"/>) asks each decoder in turn.</summary>
public interface IActivityDecoder
{
    /// <summary>The format this decoder reads.</summary>
    ActivityFormat Format { get; }

    /// <summary>File name extensions of the format, lower case with the dot (<c>.fit</c>); each may also
    /// be followed by <c>.gz</c>.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>True when the first bytes of a file (up to 4 KiB) show this format.</summary>
    bool Recognises(ReadOnlySpan<byte> head);

    /// <summary>
    /// Decodes every activity in <paramref name="stream"/> (several for chained FIT files or TCX files
    /// with several <c>Activity</c> elements; none for a FIT file that is not an activity, such as
    /// settings or monitoring). Reads to the end of the stream; does not dispose it.
    /// </summary>
    /// <exception cref="ActivityFormatException">The content is malformed, too large or unsafe; the
    /// subclass names the format and the position.</exception>
    IReadOnlyList<Activity> Decode(Stream stream);
}
