using System.IO.Compression;
using Footfall.Activities;

namespace Footfall.Data.Activities;

/// <summary>
/// The activity files in a path: one file, a folder (searched recursively), or an export zip (Strava:
/// <c>activities/*.fit|gpx|tcx[.gz]</c> with gear names from <c>activities.csv</c>; Garmin Connect: FIT files in
/// nested zips). Only names ending in .fit, .gpx or .tcx (optionally .gz) are offered. Zips are bounded: at most
/// <see cref="MaxEntries"/> entries, each at most 64 MiB uncompressed, nested one level deep. Holds the zips open
/// until disposed.
/// </summary>
public sealed class ImportSource : IDisposable
{
    /// <summary>Most files one import accepts (a decade of daily runs is about 3,650).</summary>
    public const int MaxEntries = 20_000;

    /// <summary>Most bytes a zip may expand to in all: 8 GiB.</summary>
    public const long MaxExpandedBytes = 8L * 1024 * 1024 * 1024;

    private readonly List<IDisposable> _open = [];
    private readonly List<ImportFile> _files = [];
    private long _expanded;

    private ImportSource()
    {
    }

    /// <summary>The files found, in a stable order (by name).</summary>
    public IReadOnlyList<ImportFile> Files => _files;

    /// <summary>Opens <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">Nothing exists at the path.</exception>
    /// <exception cref="ActivityFormatException">A zip is damaged, too large, or holds too many entries.</exception>
    public static ImportSource Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var source = new ImportSource();
        try
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    source.AddPath(file, Path.GetRelativePath(path, file), named: false);
                }
            }
            else if (File.Exists(path))
            {
                source.AddPath(path, Path.GetFileName(path), named: true);
            }
            else
            {
                throw new FileNotFoundException($"There is no file or folder at {path}.", path);
            }

            return source;
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    /// <summary>Reads uploaded files (single activity files or export zips), each kept at a path under the name the user gave it.</summary>
    /// <exception cref="ActivityFormatException">As for <see cref="Open"/>.</exception>
    public static ImportSource OpenUploads(IEnumerable<(string Path, string Name)> uploads)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        var source = new ImportSource();
        try
        {
            foreach (var (path, name) in uploads)
            {
                source.AddPath(path, System.IO.Path.GetFileName(name), named: true);
            }

            return source;
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            _open[i].Dispose();
        }

        _open.Clear();
    }

    /// <summary>True for .fit, .gpx and .tcx, optionally followed by .gz.</summary>
    public static bool IsActivityName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var n = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        return n.EndsWith(".fit", StringComparison.OrdinalIgnoreCase)
            || n.EndsWith(".gpx", StringComparison.OrdinalIgnoreCase)
            || n.EndsWith(".tcx", StringComparison.OrdinalIgnoreCase);
    }

    /// <param name="path">Where the file is.</param>
    /// <param name="name">Its name as reported.</param>
    /// <param name="named">The user named this file: offer it even without an activity extension, so it is reported rather than ignored.</param>
    private void AddPath(string path, string name, bool named)
    {
        if (IsZip(path))
        {
            var stream = File.OpenRead(path);
            _open.Add(stream);
            AddZip(stream, name, depth: 0);
        }
        else if (named || IsActivityName(name))
        {
            var length = new FileInfo(path).Length;
            Add(new ImportFile(name, length, () => File.OpenRead(path)));
        }
    }

    private void AddZip(Stream stream, string zipName, int depth)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw new ActivityFormatException($"{zipName}: not a readable zip file", ex);
        }

        _open.Add(zip);
        if (zip.Entries.Count > MaxEntries)
        {
            throw new ActivityFormatException($"{zipName}: holds {zip.Entries.Count:N0} entries; at most {MaxEntries:N0} are accepted");
        }

        var gear = ReadStravaGear(zip);
        foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            if (entry.FullName.EndsWith('/'))
            {
                continue;
            }

            var isZip = entry.FullName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
            if (!isZip && !IsActivityName(entry.FullName))
            {
                continue;
            }

            if (entry.Length > ActivityFiles.MaxFileBytes && !isZip)
            {
                throw new ActivityFormatException($"{zipName}: {entry.FullName} expands to more than {ActivityFiles.MaxFileBytes / (1024 * 1024)} MiB");
            }

            _expanded += entry.Length;
            if (_expanded > MaxExpandedBytes)
            {
                throw new ActivityFormatException($"{zipName}: expands to more than {MaxExpandedBytes / (1024 * 1024 * 1024)} GiB");
            }

            if (isZip)
            {
                if (depth >= 1)
                {
                    continue;
                }

                // Garmin Connect exports nest zips of FIT files; copy one out so it can be read at random.
                var temp = new FileStream(
                    Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
                _open.Add(temp);
                using (var inner = entry.Open())
                {
                    CopyBounded(inner, temp, MaxExpandedBytes - _expanded + entry.Length, zipName);
                }

                temp.Position = 0;
                AddZip(temp, entry.Name, depth + 1);
                continue;
            }

            gear.TryGetValue(entry.FullName, out var gearName);
            var captured = entry;
            Add(new ImportFile(entry.Name, entry.CompressedLength, () => captured.Open(), gearName));
        }
    }

    private void Add(ImportFile file)
    {
        if (_files.Count >= MaxEntries)
        {
            throw new ActivityFormatException($"more than {MaxEntries:N0} activity files; import them in parts");
        }

        _files.Add(file);
    }

    /// <summary>Strava's activities.csv: "Filename" (e.g. activities/123.fit.gz) and "Activity Gear" columns.</summary>
    private static Dictionary<string, string> ReadStravaGear(ZipArchive zip)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var csv = zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, "activities.csv", StringComparison.OrdinalIgnoreCase));
        if (csv is null || csv.Length > 64 * 1024 * 1024)
        {
            return result;
        }

        using var reader = new StreamReader(csv.Open());
        var rows = CsvRows.Read(reader).GetEnumerator();
        if (!rows.MoveNext())
        {
            return result;
        }

        // Strava repeats some column names; the first of each name is the one wanted.
        var header = rows.Current;
        var fileColumn = header.FindIndex(h => string.Equals(h.Trim(), "Filename", StringComparison.OrdinalIgnoreCase));
        var gearColumn = header.FindIndex(h => string.Equals(h.Trim(), "Activity Gear", StringComparison.OrdinalIgnoreCase));
        if (fileColumn < 0 || gearColumn < 0)
        {
            return result;
        }

        while (rows.MoveNext())
        {
            var row = rows.Current;
            if (row.Count > Math.Max(fileColumn, gearColumn) && row[fileColumn].Length > 0 && row[gearColumn].Trim().Length > 0)
            {
                result[row[fileColumn].Trim()] = row[gearColumn].Trim();
            }
        }

        return result;
    }

    private static bool IsZip(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.Read(head) == 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] == 3 && head[3] == 4;
    }

    private static void CopyBounded(Stream from, Stream to, long limit, string zipName)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = from.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += read;
            if (total > limit)
            {
                throw new ActivityFormatException($"{zipName}: expands to more than {MaxExpandedBytes / (1024 * 1024 * 1024)} GiB");
            }

            to.Write(buffer, 0, read);
        }
    }
}
