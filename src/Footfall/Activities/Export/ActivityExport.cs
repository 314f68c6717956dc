using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Footfall.Activities.Export.Internal;
using Footfall.Activities.Internal;

namespace Footfall.Activities.Export;

/// <summary>
/// Reads bulk exports one activity file at a time: a Strava export zip (<c>activities.csv</c> for gear
/// and names, <c>activities/*.fit|.fit.gz|.gpx|.gpx.gz|.tcx|.tcx.gz</c>), a Garmin Connect export zip
/// (nested <c>DI_CONNECT/*Uploaded-Files*/*.zip</c> of FIT files; only activity FIT files are yielded,
/// monitoring and settings files are passed over), any other zip of activity files, or a set of files.
/// Broken files come back as failed <see cref="ExportItem"/>s so the rest can be imported; archives that
/// look hostile (too many entries, zip bombs, over the size limits) are refused whole with an
/// <see cref="ExportFormatException"/>. Lazy: each item is read and decoded as it is enumerated.
/// Sources: research/training-load-and-formats.md section 3 (export layouts).
/// </summary>
public static class ActivityExport
{
    private const string NestedSeparator = "!/";
    // Every entry's ratio is checked; this slack keeps a tiny, very repetitive file (a few KiB of one
    // character) from being mistaken for a bomb.
    private const long RatioSlackBytes = 4096;

    /// <summary>Reads a zip export (Strava, Garmin Connect, or a plain zip of activity files).</summary>
    /// <param name="zip">The archive, seekable (save an upload to a file first); read, not disposed.</param>
    /// <param name="limits">Limits; <see cref="ExportLimits.Default"/> when null.</param>
    /// <exception cref="ExportFormatException">Not a zip, or refused whole (raised when enumeration starts
    /// or reaches the offending nested archive).</exception>
    public static IEnumerable<ExportItem> ReadZip(Stream zip, ExportLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(zip);

        // ZipArchive would copy a non-seekable stream into memory without bound.
        if (!zip.CanSeek)
        {
            throw new ArgumentException("the export must be a seekable stream; save the upload to a file first", nameof(zip));
        }

        return ReadZipCore(zip, limits ?? ExportLimits.Default);
    }

    /// <summary>Reads activity files given as names and openers (a folder, an upload form, a test).
    /// Files whose names do not end in an activity extension are passed over.</summary>
    public static IEnumerable<ExportItem> ReadFiles(IEnumerable<(string Name, Func<Stream> Open)> files, ExportLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        return ReadFilesCore(files, limits ?? ExportLimits.Default);
    }

    /// <summary>Reads every activity file under <paramref name="folder"/> (recursively), in name order.</summary>
    public static IEnumerable<ExportItem> ReadFolder(string folder, ExportLimits? limits = null)
    {
        var root = new DirectoryInfo(folder);
        var files = root.EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(f => IsActivityFileName(f.Name))
            .OrderBy(f => f.FullName, StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(root.FullName, f.FullName).Replace('\\', '/'), (Func<Stream>)f.OpenRead));
        return ReadFiles(files, limits);
    }

    /// <summary>True for a registered activity extension (<see cref="ActivityDecoders.IsActivityFileName"/>),
    /// optionally followed by <c>.gz</c>.</summary>
    public static bool IsActivityFileName(string name) => ActivityDecoders.IsActivityFileName(name);

    private static IEnumerable<ExportItem> ReadFilesCore(IEnumerable<(string Name, Func<Stream> Open)> files, ExportLimits limits)
    {
        var budget = new Budget(limits);
        foreach (var (name, open) in files)
        {
            if (!IsActivityFileName(name))
            {
                continue;
            }

            budget.CountEntry(name);
            byte[]? raw = null;
            string? failure = null;
            try
            {
                using var stream = open();
                raw = ReadBounded(stream, limits.MaxEntryBytes, name);
            }
            catch (Exception ex) when (ex is ActivityFormatException or IOException or UnauthorizedAccessException)
            {
                failure = ex.Message;
            }

            if (raw is null)
            {
                yield return Failed(name, failure ?? "unreadable");
                continue;
            }

            budget.CountBytes(raw.Length);
            yield return budget.CountSamples(Decode(name, raw, limits, null));
        }
    }

    private static IEnumerable<ExportItem> ReadZipCore(Stream zip, ExportLimits limits)
    {
        using var archive = OpenArchive(zip, "export");
        var budget = new Budget(limits);
        budget.Check(archive, "export");
        var entries = archive.Entries;
        var strava = entries.FirstOrDefault(e => e.FullName.Equals("activities.csv", StringComparison.OrdinalIgnoreCase)
            || (e.FullName.EndsWith("/activities.csv", StringComparison.OrdinalIgnoreCase) && e.FullName.Count(c => c == '/') == 1));
        var listed = strava is null ? null : ReadStravaCsv(strava, limits, budget);
        var summaries = ReadGarminSummaries(entries, limits, budget);

        foreach (var entry in entries)
        {
            if (entry.FullName.EndsWith('/'))
            {
                continue;
            }

            if (entry.Name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var nestedItem in ReadNested(entry, limits, budget))
                {
                    yield return summaries.Count > 0 && nestedItem.Activities.Count > 0
                        ? nestedItem with { ListedName = summaries.NameAt(nestedItem.Activities[0].Start) }
                        : nestedItem;
                }

                continue;
            }

            if (!IsActivityFileName(entry.Name))
            {
                continue;
            }

            StravaActivityRow? row = null;
            if (listed is not null)
            {
                var key = entry.FullName.Contains("activities/", StringComparison.OrdinalIgnoreCase)
                    ? entry.FullName[entry.FullName.IndexOf("activities/", StringComparison.OrdinalIgnoreCase)..]
                    : entry.FullName;
                listed.TryGetValue(key, out row);
            }

            if (ReadEntry(entry, entry.FullName, limits, budget, row, onlyActivities: false) is { } item)
            {
                yield return item;
            }
        }
    }

    /// <summary>A zip inside the export (Garmin's UploadedFiles_*.zip): streamed to a temporary file
    /// (deleted on close) within 16 times the entry limit, never held in memory, and walked one level
    /// deep; its entries count against the same budget.</summary>
    private static IEnumerable<ExportItem> ReadNested(ZipArchiveEntry outer, ExportLimits limits, Budget budget)
    {
        FileStream? spool = null;
        string? failure = null;
        try
        {
            spool = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
            using (var s = outer.Open())
            using (var limited = new LimitedReadStream(s, limits.MaxEntryBytes * 16, () => new ActivityFormatException($"{outer.FullName}: larger than the {limits.MaxEntryBytes * 16}-byte limit for a nested zip")))
            {
                limited.CopyTo(spool);
            }

            spool.Position = 0;
        }
        catch (Exception ex) when (ex is ActivityFormatException or InvalidDataException or IOException or NotSupportedException)
        {
            spool?.Dispose();
            spool = null;
            failure = ex.Message;
        }

        if (spool is null)
        {
            yield return Failed(outer.FullName, "damaged nested zip: " + failure);
            yield break;
        }

        using var spooled = spool;
        budget.CountBytes(spooled.Length);
        ZipArchive? opened = null;
        try
        {
            opened = new ZipArchive(spooled, ZipArchiveMode.Read, leaveOpen: true);
            _ = opened.Entries.Count;
        }
        catch (InvalidDataException ex)
        {
            opened?.Dispose();
            opened = null;
            failure = ex.Message;
        }

        if (opened is null)
        {
            yield return Failed(outer.FullName, "damaged nested zip: " + failure);
            yield break;
        }

        using var nested = opened;
        budget.Check(nested, outer.FullName);
        foreach (var entry in nested.Entries)
        {
            if (entry.FullName.EndsWith('/') || !IsActivityFileName(entry.Name))
            {
                continue;
            }

            var item = ReadEntry(entry, outer.FullName + NestedSeparator + entry.FullName, limits, budget, null, onlyActivities: true);
            if (item is not null)
            {
                yield return item;
            }
        }
    }

    private static ExportItem? ReadEntry(ZipArchiveEntry entry, string name, ExportLimits limits, Budget budget, StravaActivityRow? row, bool onlyActivities)
    {
        budget.CountEntry(name);
        if (entry.Length > limits.MaxEntryBytes)
        {
            return Failed(name, $"larger than the {limits.MaxEntryBytes}-byte limit per file");
        }

        byte[] raw;
        try
        {
            using var s = entry.Open();
            raw = ReadBounded(s, limits.MaxEntryBytes, name);
        }
        catch (Exception ex) when (ex is ActivityFormatException or InvalidDataException or IOException or NotSupportedException)
        {
            return Failed(name, "damaged zip entry: " + ex.Message);
        }

        budget.CountBytes(raw.Length);
        var item = budget.CountSamples(Decode(name, raw, limits, row));

        // Garmin's uploads mix activity FIT files with monitoring and settings files: pass those over.
        return onlyActivities && item.Succeeded && item.Activities.Count == 0 ? null : item;
    }

    private static ExportItem Decode(string name, byte[] raw, ExportLimits limits, StravaActivityRow? row)
    {
        var innerName = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        byte[] content;
        try
        {
            content = raw.Length >= 2 && raw[0] == 0x1F && raw[1] == 0x8B ? Gunzip(raw, limits.MaxEntryBytes, name) : raw;
        }
        catch (ActivityFormatException ex)
        {
            return Failed(name, ex.Message);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        try
        {
            // The export's own list of activities names the sport the runner chose; it wins over the file's.
            var activities = ActivityDecoders.Decode(new MemoryStream(content, writable: false), innerName, SportNames.Parse(row?.Type));
            return new ExportItem(name, hash, activities, row?.Gear, row?.Name, row?.Date, null);
        }
        catch (ActivityFormatException ex)
        {
            return new ExportItem(name, hash, [], row?.Gear, row?.Name, row?.Date, ex.Message);
        }
    }

    private static Dictionary<string, StravaActivityRow>? ReadStravaCsv(ZipArchiveEntry csv, ExportLimits limits, Budget budget)
    {
        budget.CountEntry(csv.FullName);
        try
        {
            using var s = csv.Open();
            var bytes = ReadBounded(s, limits.MaxEntryBytes, csv.FullName);
            budget.CountBytes(bytes.Length);
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return StravaActivityRow.ReadByFilename(reader);
        }
        catch (Exception ex) when (ex is ActivityFormatException or InvalidDataException or IOException or NotSupportedException)
        {
            // Without the CSV the files still import, only without gear and names.
            return null;
        }
    }

    private static GarminSummaries ReadGarminSummaries(IEnumerable<ZipArchiveEntry> entries, ExportLimits limits, Budget budget)
    {
        var summaries = new GarminSummaries();
        foreach (var entry in entries.Where(e => e.Name.EndsWith("_summarizedActivities.json", StringComparison.OrdinalIgnoreCase)))
        {
            budget.CountEntry(entry.FullName);
            try
            {
                using var s = entry.Open();
                var bytes = ReadBounded(s, limits.MaxEntryBytes, entry.FullName);
                budget.CountBytes(bytes.Length);
                summaries.Add(bytes);
            }
            catch (Exception ex) when (ex is ActivityFormatException or InvalidDataException or IOException or NotSupportedException)
            {
                // Without the summaries the FIT files still import, only without names.
            }
        }

        return summaries;
    }

    private static ZipArchive OpenArchive(Stream stream, string name)
    {
        ZipArchive? archive = null;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);

            // The central directory is read lazily, on first access to Entries: read it here.
            _ = archive.Entries.Count;
            return archive;
        }
        catch (InvalidDataException ex)
        {
            archive?.Dispose();
            throw new ExportFormatException($"{name}: not a zip archive or a damaged one ({ex.Message})", ex);
        }
    }

    private static byte[] Gunzip(byte[] raw, long maxBytes, string name)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(raw, writable: false), CompressionMode.Decompress);
            return ReadBounded(gzip, maxBytes, name, "decompresses to more than");
        }
        catch (InvalidDataException ex)
        {
            throw new ActivityFormatException($"{name}: damaged gzip data", ex);
        }
    }

    private static byte[] ReadBounded(Stream stream, long maxBytes, string name, string what = "larger than")
    {
        using var limited = new LimitedReadStream(stream, maxBytes, () => new ActivityFormatException($"{name}: {what} the {maxBytes}-byte limit per file"));
        using var copy = new MemoryStream();
        limited.CopyTo(copy);
        return copy.ToArray();
    }

    private static ExportItem Failed(string name, string reason) => new(name, null, [], null, null, null, reason);

    /// <summary>Counts entries and bytes across an export and its nested archives.</summary>
    private sealed class Budget(ExportLimits limits)
    {
        private int _entries;
        private long _bytes;
        private long _samples;

        /// <summary>Refuses an archive by its directory before reading any entry: entry count, declared
        /// total size, and the compression ratio of large entries.</summary>
        public void Check(ZipArchive archive, string name)
        {
            if (_entries + archive.Entries.Count > limits.MaxEntries)
            {
                throw new ExportFormatException(
                    $"{name}: refused, {archive.Entries.Count} entries is more than the limit of {limits.MaxEntries} files per export");
            }

            long declared = 0;
            foreach (var e in archive.Entries)
            {
                declared += e.Length;
                if (e.Length > (limits.MaxCompressionRatio * Math.Max(1, e.CompressedLength)) + RatioSlackBytes)
                {
                    throw new ExportFormatException(
                        $"{name}: refused as a likely zip bomb, entry '{e.FullName}' expands {e.Length / Math.Max(1, e.CompressedLength)}:1 (limit {limits.MaxCompressionRatio}:1)");
                }
            }

            if (_bytes + declared > limits.MaxTotalBytes)
            {
                throw new ExportFormatException($"{name}: refused, it expands to {declared} bytes, more than the {limits.MaxTotalBytes}-byte limit");
            }
        }

        public void CountEntry(string name)
        {
            if (++_entries > limits.MaxEntries)
            {
                throw new ExportFormatException($"{name}: refused, more than the limit of {limits.MaxEntries} files per export");
            }
        }

        /// <summary>Counts the decoded samples of an item against <see cref="ExportLimits.MaxTotalSamples"/>.</summary>
        public ExportItem CountSamples(ExportItem item)
        {
            foreach (var activity in item.Activities)
            {
                _samples += activity.Samples.Count;
            }

            if (_samples > limits.MaxTotalSamples)
            {
                throw new ExportFormatException($"export refused: more than {limits.MaxTotalSamples} recorded samples in one upload");
            }

            return item;
        }

        public void CountBytes(long n)
        {
            _bytes += n;
            if (_bytes > limits.MaxTotalBytes)
            {
                throw new ExportFormatException($"export refused: more than {limits.MaxTotalBytes} bytes after decompression");
            }
        }
    }
}
