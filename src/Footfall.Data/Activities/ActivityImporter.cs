using System.Globalization;
using System.Security.Cryptography;
using System.Threading.Channels;
using Footfall.Activities;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Data.Activities;

/// <summary>
/// Imports activity files for one owner: detects and decodes each file, skips what is already stored
/// (same SHA-256 of the file's bytes, or same sport and start time), stores a summary row and a packed chart
/// track (<see cref="TrackCodec"/>) per activity, and creates shoes from export gear names (once per name).
/// </summary>
/// <remarks>
/// Each file is saved in its own transaction (one <c>SaveChanges</c>), so a file is either wholly stored or not
/// at all: an import stopped midway and run again ends with every activity stored once. A file that cannot be
/// read is reported with its name and the reason and skipped; the rest imports. Decoding runs one file ahead of
/// the database writes on another thread, which is where the time goes on two cores.
/// </remarks>
public sealed class ActivityImporter(FootfallDbContext db, TimeProvider clock)
{
    /// <summary>Files decoded ahead of the database writer; bounds memory to a few decoded files.</summary>
    private const int ReadAhead = 4;

    /// <summary>
    /// Decodes one file's bytes (the whole file, gzip-compressed or not) given its name; throws
    /// <see cref="ActivityFormatException"/> on a broken or unsupported file. The default reads FIT, GPX and TCX.
    /// </summary>
    public Func<ReadOnlyMemory<byte>, string, IReadOnlyList<Activity>> Decode { get; init; } = ActivityFiles.Decode;

    /// <summary>Imports <paramref name="files"/> for <paramref name="ownerId"/>.</summary>
    /// <param name="ownerId">The account the activities belong to.</param>
    /// <param name="files">The files, in the order to import them.</param>
    /// <param name="progress">Called after each file, on the importing thread.</param>
    /// <param name="cancellationToken">Stops between files; what was saved stays saved.</param>
    public async Task<ImportReport> ImportAsync(
        string ownerId,
        IReadOnlyList<ImportFile> files,
        Action<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        ArgumentNullException.ThrowIfNull(files);

        var stored = await db.Activities.OwnedBy(ownerId).AsNoTracking()
            .Select(a => new { a.ContentHash, a.Sport, a.StartUtc })
            .ToListAsync(cancellationToken);
        var knownHashes = new HashSet<string>(stored.Select(a => a.ContentHash), StringComparer.Ordinal);
        var knownStarts = new HashSet<(string, DateTime)>(stored.Select(a => (a.Sport, a.StartUtc)));
        var shoes = (await db.Shoes.OwnedBy(ownerId).AsNoTracking().Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
            .GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
        var hashesBefore = knownHashes.ToHashSet(StringComparer.Ordinal);

        var bytesTotal = files.Sum(f => Math.Max(0, f.Length));
        long bytesDone = 0;
        var done = 0;
        int imported = 0, duplicates = 0, shoesCreated = 0;
        var skipped = new List<SkippedFile>();
        var ids = new List<Guid>();

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<PreparedFile>(new BoundedChannelOptions(ReadAhead) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() => PrepareAllAsync(files, hashesBefore, channel.Writer, stop.Token), stop.Token);
        try
        {
            await foreach (var file in channel.Reader.ReadAllAsync(cancellationToken))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (file.SkipReason is { } reason)
                {
                    skipped.Add(new SkippedFile(file.Name, reason));
                }
                else if (file.Activities.Count == 0 || knownHashes.Contains(file.Activities[0].Record.ContentHash))
                {
                    duplicates += file.Activities.Count == 0 ? 1 : file.Activities.Count;
                }
                else
                {
                    var (added, dup, newShoes) = await SaveFileAsync(ownerId, file, knownHashes, knownStarts, shoes, cancellationToken);
                    imported += added.Count;
                    ids.AddRange(added);
                    duplicates += dup;
                    shoesCreated += newShoes;
                }

                done++;
                bytesDone += Math.Max(0, file.Length);
                progress?.Invoke(new ImportProgress(done, files.Count, bytesDone, bytesTotal));
            }

            await producer;
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await producer;
            }
            catch (OperationCanceledException)
            {
                // The producer stops when the import is cancelled or fails; the consumer's outcome stands.
            }
        }

        return new ImportReport(imported, duplicates, skipped, shoesCreated, ids);
    }

    private async Task<(List<Guid> Added, int Duplicates, int ShoesCreated)> SaveFileAsync(
        string ownerId,
        PreparedFile file,
        HashSet<string> knownHashes,
        HashSet<(string, DateTime)> knownStarts,
        Dictionary<string, Guid> shoes,
        CancellationToken cancellationToken)
    {
        var added = new List<Guid>();
        var duplicates = 0;
        var newShoes = new Dictionary<string, Shoe>(StringComparer.OrdinalIgnoreCase);
        var now = clock.GetUtcNow().UtcDateTime;
        var startsInFile = new HashSet<(string, DateTime)>();
        foreach (var prepared in file.Activities)
        {
            var record = prepared.Record;
            var key = (record.Sport, record.StartUtc);
            if (knownHashes.Contains(record.ContentHash) || knownStarts.Contains(key) || !startsInFile.Add(key))
            {
                duplicates++;
                continue;
            }

            record.Id = Guid.NewGuid();
            record.OwnerId = ownerId;
            record.ImportedAtUtc = now;
            if (record.GearName is { Length: > 0 } gear)
            {
                if (shoes.TryGetValue(gear, out var shoeId))
                {
                    record.ShoeId = shoeId;
                }
                else
                {
                    if (!newShoes.TryGetValue(gear, out var shoe))
                    {
                        shoe = new Shoe { Id = Guid.NewGuid(), OwnerId = ownerId, Name = gear, CreatedAtUtc = now };
                        newShoes[gear] = shoe;
                        db.Shoes.Add(shoe);
                    }

                    record.ShoeId = shoe.Id;
                }
            }

            record.Track = new ActivityTrack { ActivityId = record.Id, Data = prepared.Track };
            db.Activities.Add(record);
            added.Add(record.Id);
        }

        if (added.Count == 0)
        {
            return (added, duplicates, 0);
        }

        try
        {
            // One SaveChanges is one transaction: the file's activities, tracks and new shoes together.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another import for the same owner stored the same activity first (a unique index said so).
            db.ChangeTracker.Clear();
            return ([], duplicates + added.Count, 0);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        foreach (var prepared in file.Activities.Where(p => added.Contains(p.Record.Id)))
        {
            knownHashes.Add(prepared.Record.ContentHash);
            knownStarts.Add((prepared.Record.Sport, prepared.Record.StartUtc));
        }

        foreach (var (name, shoe) in newShoes)
        {
            shoes[name] = shoe.Id;
        }

        return (added, duplicates, newShoes.Count);
    }

    private async Task PrepareAllAsync(
        IReadOnlyList<ImportFile> files, HashSet<string> knownBefore, ChannelWriter<PreparedFile> writer, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await writer.WriteAsync(Prepare(file, knownBefore), cancellationToken);
            }

            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
            throw;
        }
    }

    private PreparedFile Prepare(ImportFile file, HashSet<string> knownBefore)
    {
        var name = Path.GetFileName(file.Name);
        byte[] content;
        try
        {
            using var stream = file.Open();
            content = ActivityFiles.ReadBounded(stream, name);
        }
        catch (Exception ex) when (ex is ActivityFormatException or IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return PreparedFile.Skip(file, Reason(ex));
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        if (knownBefore.Contains(hash))
        {
            // Already stored before this import began: no need to decode it again.
            return new PreparedFile(file.Name, file.Length, null, [new PreparedActivity(Placeholder(hash), [])]);
        }

        IReadOnlyList<Activity> activities;
        try
        {
            activities = Decode(content, name);
        }
#pragma warning disable CA1031 // One unreadable file must not stop a bulk import; the reason is reported by name.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return PreparedFile.Skip(file, Reason(ex));
        }

        if (activities.Count == 0)
        {
            return PreparedFile.Skip(file, "holds no activity (a settings, course or monitoring file?)");
        }

        var prepared = new List<PreparedActivity>(activities.Count);
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            if (activity.Start is not { } start)
            {
                continue;
            }

            // Chained FIT files hold several activities: the first keeps the file's hash, the others derive one.
            var activityHash = i == 0 ? hash : Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes($"{hash}:{i}")));
            var record = ActivitySummaries.ToRecord(activity, start, activityHash, name, file.GearName);
            prepared.Add(new PreparedActivity(record, TrackCodec.Encode(activity.Samples, start)));
        }

        return prepared.Count == 0
            ? PreparedFile.Skip(file, "has no start time (a route rather than a recorded activity)")
            : new PreparedFile(file.Name, file.Length, null, prepared);
    }

    private static string Reason(Exception ex) => ex switch
    {
        ActivityFormatException => ex.Message,
        IOException or UnauthorizedAccessException => "could not be read: " + ex.Message,
        InvalidDataException => "damaged compressed data",
        _ => string.Create(CultureInfo.InvariantCulture, $"could not be decoded ({ex.GetType().Name})"),
    };

    private static ActivityRecord Placeholder(string hash) => new()
    {
        OwnerId = string.Empty,
        Sport = string.Empty,
        SourceFormat = string.Empty,
        SourceName = string.Empty,
        ContentHash = hash,
    };

    private sealed record PreparedActivity(ActivityRecord Record, byte[] Track);

    private sealed record PreparedFile(string Name, long Length, string? SkipReason, IReadOnlyList<PreparedActivity> Activities)
    {
        public static PreparedFile Skip(ImportFile file, string reason) => new(file.Name, file.Length, reason, []);
    }
}
