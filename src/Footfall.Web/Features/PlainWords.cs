using System.Globalization;
using System.Text.RegularExpressions;

namespace Footfall.Web.Features;

/// <summary>
/// Internal text said in plain words for runners: research-note file names in sources, byte offsets and
/// decoder wording in import problems. Pages show the plain text and keep the original in a "details"
/// disclosure for whoever needs it (a clinician, a bug report).
/// </summary>
public static partial class PlainWords
{
    /// <summary>A source with the project's research-note file names ("clinical-evidence.md section 4") replaced by
    /// what they are ("Footfall's clinical evidence review, section 4").</summary>
    public static string Source(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return NoteFile().Replace(source, m => m.Groups["name"].Value switch
        {
            "clinical-evidence" => "Footfall's clinical evidence review" + (m.Groups["where"].Success ? ", " + m.Groups["where"].Value : string.Empty),
            "triage-policy" => "Footfall's triage policy" + (m.Groups["where"].Success ? ", " + m.Groups["where"].Value : string.Empty),
            "training-load-and-formats" => "Footfall's training-load research notes" + (m.Groups["where"].Success ? ", " + m.Groups["where"].Value : string.Empty),
            var other => "Footfall's research notes on " + other.Replace('-', ' ') + (m.Groups["where"].Success ? ", " + m.Groups["where"].Value : string.Empty),
        });
    }

    /// <summary>What went wrong with an imported file, in words a runner can act on; the decoder's own text (with
    /// byte offsets and limits in bytes) is for the details disclosure.</summary>
    public static string ImportProblem(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (ByteLimit().Match(reason) is { Success: true } limit
            && long.TryParse(limit.Groups["bytes"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes))
        {
            var mb = (bytes / (1024.0 * 1024.0)).ToString("0", CultureInfo.InvariantCulture);
            return reason.Contains("decompresses", StringComparison.Ordinal)
                ? $"Unpacked, this file would be larger than {mb} MB, more than Footfall imports at once."
                : $"This file is larger than {mb} MB, more than Footfall imports at once.";
        }

        if (reason.Contains("decompresses to more than", StringComparison.Ordinal))
        {
            return "Unpacked, this file would be larger than Footfall imports at once.";
        }

        if (reason.StartsWith("FIT:", StringComparison.Ordinal) || reason.Contains(": FIT:", StringComparison.Ordinal))
        {
            return "This FIT file is damaged or is not a FIT file, so nothing in it could be read.";
        }

        if (reason.Contains("GPX", StringComparison.Ordinal) || reason.Contains("TCX", StringComparison.Ordinal))
        {
            return "This file is damaged or is not a valid GPX or TCX file, so nothing in it could be read.";
        }

        return ByteWords().Replace(reason, string.Empty).Trim();
    }

    /// <summary>The note on an activity imported from a damaged file, without the byte offset
    /// ("Imported 14,391 points; the rest of the file was damaged and could not be read.").</summary>
    public static string DamageNote(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return DamageWords().Match(note) is { Success: true } m
            ? $"Imported {m.Groups["records"].Value} recorded points; the rest of the file was damaged and could not be read."
            : ByteWords().Replace(note, string.Empty).Trim();
    }

    [GeneratedRegex(@"(?:[\w.-]+/)*(?<name>[a-z][a-z0-9-]*)\.md(?:,?\s+(?<where>(?:section|table)\s+[0-9.]+|[0-9]+\.[0-9]+))?")]
    private static partial Regex NoteFile();

    [GeneratedRegex(@"(?<bytes>[0-9]+)-byte limit|more than (?<bytes>[0-9]+) bytes")]
    private static partial Regex ByteLimit();

    [GeneratedRegex(@"\s*(?:at|up to) byte [0-9,]+")]
    private static partial Regex ByteWords();

    [GeneratedRegex(@"^Imported (?<records>[0-9,]+) records up to byte [0-9,]+; the rest was damaged")]
    private static partial Regex DamageWords();
}
