using System.IO.Compression;
using Footfall.Activities;
using Footfall.Activities.Export;

namespace Footfall.Data.Activities;

/// <summary>
/// The activity files in a path or a set of uploads, read through <see cref="ActivityExport"/>: one file, a
/// folder (recursively), a Strava export zip (gear names from <c>activities.csv</c>) or a Garmin Connect export
/// zip (activity FIT files in nested zips; monitoring and settings files are passed over). Lazy: each file is
/// read and decoded as <see cref="Items"/> is enumerated, once. Keeps the zips open until disposed, and counts
/// the bytes read so an import can show progress.
/// </summary>
public sealed class ImportSource : IDisposable
{
    private readonly List<IDisposable> _open = [];
    private readonly List<Func<IEnumerable<ExportItem>>> _parts = [];
    private readonly List<Func<long>> _positions = [];
    private long _filesRead;
    private int? _expected = 0;

    private ImportSource()
    {
    }

    /// <summary>The files, decoded one by one as they are enumerated. Enumerate once.</summary>
    /// <exception cref="ExportFormatException">An archive is refused whole (too many entries, a zip bomb, damaged).</exception>
    public IEnumerable<ExportItem> Items => _parts.SelectMany(part => part());

    /// <summary>How many files <see cref="Items"/> will give; null when an export nests zips whose contents are not counted up front.</summary>
    public int? ExpectedCount => _expected;

    /// <summary>Bytes of the files and archives, as stored.</summary>
    public long TotalBytes { get; private set; }

    /// <summary>Bytes read so far (safe to read from another thread).</summary>
    public long BytesRead => Interlocked.Read(ref _filesRead) + _positions.Sum(p => p());

    /// <summary>Opens <paramref name="path"/>: a file, a folder or an export zip.</summary>
    /// <exception cref="FileNotFoundException">Nothing exists at the path.</exception>
    /// <exception cref="ExportFormatException">A zip cannot be opened.</exception>
    public static ImportSource Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var source = new ImportSource();
        try
        {
            if (Directory.Exists(path))
            {
                var files = new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories)
                    .Where(f => ActivityExport.IsActivityFileName(f.Name))
                    .OrderBy(f => f.FullName, StringComparer.Ordinal)
                    .Select(f => (Path.GetRelativePath(path, f.FullName).Replace('\\', '/'), f))
                    .ToList();
                source.AddFiles(files);
            }
            else if (File.Exists(path))
            {
                source.AddPath(path, Path.GetFileName(path));
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

    /// <summary>Reads uploaded files (activity files or export zips), each kept at a path under the name the user gave it.</summary>
    /// <exception cref="ExportFormatException">A zip cannot be opened.</exception>
    public static ImportSource OpenUploads(IEnumerable<(string Path, string Name)> uploads)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        var source = new ImportSource();
        try
        {
            foreach (var (path, name) in uploads)
            {
                source.AddPath(path, Path.GetFileName(name));
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

    private void AddPath(string path, string name)
    {
        var info = new FileInfo(path);
        if (IsZip(path))
        {
            var stream = info.OpenRead();
            _open.Add(stream);
            TotalBytes += info.Length;
            _positions.Add(() => stream.CanSeek ? stream.Position : 0);
            _expected = CountZip(stream) is { } n && _expected is { } e ? e + n : null;
            _parts.Add(() => ActivityExport.ReadZip(stream));
        }
        else if (ActivityExport.IsActivityFileName(name))
        {
            AddFiles([(name, info)]);
        }
        else
        {
            _expected++;
            _parts.Add(() => [new ExportItem(name, null, [], null, null, null, $"not a {Footfall.Activities.ActivityDecoders.ExtensionNames} file, nor a Strava or Garmin export zip")]);
        }
    }

    private void AddFiles(List<(string Name, FileInfo File)> files)
    {
        _expected += files.Count;
        TotalBytes += files.Sum(f => f.File.Length);
        _parts.Add(() => ActivityExport.ReadFiles(files.Select(f => (f.Name, (Func<Stream>)(() =>
        {
            Interlocked.Add(ref _filesRead, f.File.Length);
            return f.File.OpenRead();
        })))));
    }

    /// <summary>Activity files at the archive's top level; null when it nests zips (their contents are counted as they are read).</summary>
    private static int? CountZip(FileStream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var nested = zip.Entries.Any(e => e.Name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase));
            return nested ? null : zip.Entries.Count(e => ActivityExport.IsActivityFileName(e.Name));
        }
        catch (InvalidDataException ex)
        {
            throw new ExportFormatException($"{Path.GetFileName(stream.Name)}: not a readable zip file", ex);
        }
        finally
        {
            stream.Position = 0;
        }
    }

    private static bool IsZip(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.Read(head) == 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] == 3 && head[3] == 4;
    }
}
