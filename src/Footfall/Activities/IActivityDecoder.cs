namespace Footfall.Activities;

/// <summary>Decodes one activity file format from a stream.</summary>
public interface IActivityDecoder
{
    /// <summary>The format this decoder reads.</summary>
    ActivityFormat Format { get; }

    /// <summary>
    /// Decodes every activity in <paramref name="stream"/> (several for chained FIT files or TCX files
    /// with several <c>Activity</c> elements; none for a FIT file that is not an activity, such as
    /// settings or monitoring). Reads to the end of the stream; does not dispose it.
    /// </summary>
    /// <exception cref="ActivityFormatException">The content is malformed, too large or unsafe; the
    /// subclass names the format and the position.</exception>
    IReadOnlyList<Activity> Decode(Stream stream);
}
