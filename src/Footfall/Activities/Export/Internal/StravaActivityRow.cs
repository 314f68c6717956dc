using System.Globalization;

namespace Footfall.Activities.Export.Internal;

/// <summary>The columns of one Strava activities.csv row that the importer uses.</summary>
internal sealed record StravaActivityRow(string? Name, string? Type, string? Gear, DateTimeOffset? Date)
{
    // English column names; the first occurrence wins (later duplicates hold SI units of other columns).
    // Localised exports fall back on the documented positions.
    private static readonly (string Name, int Position)[] Columns =
    [
        ("Activity Date", 1), ("Activity Name", 2), ("Activity Type", 3), ("Activity Gear", 11), ("Filename", 12),
    ];

    /// <summary>Reads activities.csv into a map from <c>Filename</c> (e.g. <c>activities/123.fit.gz</c>) to its row.</summary>
    public static Dictionary<string, StravaActivityRow> ReadByFilename(TextReader reader)
    {
        var byFile = new Dictionary<string, StravaActivityRow>(StringComparer.OrdinalIgnoreCase);
        int[]? index = null;
        foreach (var row in CsvRows.Read(reader))
        {
            if (index is null)
            {
                index = [.. Columns.Select(c => row.IndexOf(c.Name) is var i and >= 0 ? i : c.Position)];
                continue;
            }

            var file = At(row, index[4]);
            if (string.IsNullOrWhiteSpace(file))
            {
                continue; // manual activity: summary only, no file
            }

            byFile[file.Trim()] = new StravaActivityRow(At(row, index[1]), At(row, index[2]), At(row, index[3]), ParseDate(At(row, index[0])));
        }

        return byFile;
    }

    /// <summary>Strava's English date, e.g. "May 6, 2024, 4:02:34 AM", taken as UTC (unverified).</summary>
    public static DateTimeOffset? ParseDate(string? text) =>
        text is not null && DateTime.TryParseExact(
            text.Trim(),
            ["MMM d, yyyy, h:mm:ss tt", "MMM d, yyyy h:mm:ss tt", "yyyy-MM-dd HH:mm:ss"],
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out var d)
            ? new DateTimeOffset(d, TimeSpan.Zero)
            : null;

    private static string? At(List<string> row, int i) => i < row.Count && row[i].Length > 0 ? row[i] : null;
}
