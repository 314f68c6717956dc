using System.Security.Cryptography;
using System.Threading.Channels;
using Footfall.Activities.Export;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Data.Activities;

/// <summary>
/// Imports activity files for one owner from <see cref="ActivityExport"/> items (decoded FIT, GPX and TCX files),
/// skips what is already stored (same SHA-256 of the file's content after gzip decompression, or same sport and
/// start time), stores a summary row and a packed chart
/// track (<see cref="TrackCodec"/>) per activity, and creates shoes from export gear names (once per name).
/// </summary>
/// <remarks>
/// Each file is saved in its own transaction (one <c>SaveChanges</c>), so a file is either wholly stored or not
/// at all: an import stopped midway and run again ends with every activity stored once. A file that cannot be
/// read is reported with its name and the reason and skipped; the rest imports. Reading and decoding run a few
/// files ahead of the database writes on another thread, which uses both cores of a small machine.
/// </remarks>
public sealed class ActivityImporter(FootfallDbContext db, TimeProvider clock)
{
    /// <summary>Files decoded ahead of the database writer; bounds memory to a few decoded files.</summary>
    private const int ReadAhead = 4;

    /// <summary>Imports every file of <paramref name="source"/> for <paramref name="ownerId"/>.</summary>
    /// <param name="ownerId">The account the activities belong to.</param>
    /// <param name="source">The files (a path or uploads).</param>
    /// <param name="progress">Called after each file, on the importing thread.</param>
    /// <param name="cancellationToken">Stops between files; what was saved stays saved.</param>
    /// <exception cref="Footfall.Activities.Export.ExportFormatException">An archive was refused whole; files
    /// imported before it stay imported.</exception>
    public Task<ImportReport> ImportAsync(
        string ownerId, ImportSource source, Action<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return ImportAsync(ownerId, source.Items, source.ExpectedCount, () => source.BytesRead, source.TotalBytes, progress, cancellationToken);
    }

    /// <summary>Imports decoded export items (from <see cref="ActivityExport"/>) for <paramref name="ownerId"/>.</summary>
    /// <param name="ownerId">The account the activities belong to.</param>
    /// <param name="items">The files, decoded lazily as they are enumerated (on a worker thread).</param>
    /// <param name="progress">Called after each file, on the importing thread.</param>
    /// <param name="cancellationToken">Stops between files; what was saved stays saved.</param>
    public Task<ImportReport> ImportAsync(
        string ownerId, IEnumerable<ExportItem> items, Action<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ImportAsync(ownerId, items, null, () => 0, 0, progress, cancellationToken);

    private async Task<ImportReport> ImportAsync(
        string ownerId,
        IEnumerable<ExportItem> items,
        int? expectedCount,
        Func<long> bytesRead,
        long bytesTotal,
        Action<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        ArgumentNullException.ThrowIfNull(items);

        var stored = await db.Activities.OwnedBy(ownerId).AsNoTracking()
            .Select(a => new { a.ContentHash, a.Sport, a.StartUtc })
            .ToListAsync(cancellationToken);
        var knownHashes = new HashSet<string>(stored.Select(a => a.ContentHash), StringComparer.Ordinal);
        var knownStarts = new HashSet<(Footfall.Activities.Sport, DateTime)>(stored.Select(a => (a.Sport, a.StartUtc)));
        var shoes = (await db.Shoes.OwnedBy(ownerId).AsNoTracking().Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
            .GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
        var done = 0;
        int imported = 0, duplicates = 0, shoesCreated = 0;
        var skipped = new List<SkippedFile>();
        var partial = new List<PartialFile>();
        var leftOut = new List<LeftOutActivity>();
        var ids = new List<Guid>();

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<PreparedFile>(new BoundedChannelOptions(ReadAhead) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() => PrepareAllAsync(items, channel.Writer, stop.Token), stop.Token);
        try
        {
            await foreach (var file in channel.Reader.ReadAllAsync(cancellationToken))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (file.SkipReason is { } reason)
                {
                    skipped.Add(new SkippedFile(file.Name, reason));
                }
                else if (knownHashes.Contains(file.Activities[0].Record.ContentHash))
                {
                    duplicates += file.Activities.Count;
                }
                else
                {
                    var (added, dup, newShoes) = await SaveFileAsync(ownerId, file, knownHashes, knownStarts, shoes, cancellationToken);
                    imported += added.Count;
                    ids.AddRange(added);
                    foreach (var kept in file.Activities.Where(p => added.Contains(p.Record.Id)))
                    {
                        var r = kept.Record;
                        if (r.DamageNote is { } note)
                        {
                            partial.Add(new PartialFile(file.Name, note));
                        }

                        if (Footfall.Activities.ActivitySanity.Check(r.Sport, r.DistanceMeters, TimeSpan.FromSeconds(r.DurationSeconds), r.SampleCount, r.TimedSampleCount) is { } why)
                        {
                            leftOut.Add(new LeftOutActivity(r.Id, file.Name, why));
                        }
                    }
                    duplicates += dup;
                    shoesCreated += newShoes;
                }

                done++;
                progress?.Invoke(new ImportProgress(done, expectedCount is { } n ? Math.Max(n, done) : null, bytesRead(), bytesTotal));
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

        return new ImportReport(imported, duplicates, skipped, shoesCreated, ids, partial, leftOut);
    }

    private async Task<(List<Guid> Added, int Duplicates, int ShoesCreated)> SaveFileAsync(
        string ownerId,
        PreparedFile file,
        HashSet<string> knownHashes,
        HashSet<(Footfall.Activities.Sport, DateTime)> knownStarts,
        Dictionary<string, Guid> shoes,
        CancellationToken cancellationToken)
    {
        var added = new List<Guid>();
        var duplicates = 0;
        var newShoes = new Dictionary<string, Shoe>(StringComparer.OrdinalIgnoreCase);
        var now = clock.GetUtcNow().UtcDateTime;
        var startsInFile = new HashSet<(Footfall.Activities.Sport, DateTime)>();
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

    private static async Task PrepareAllAsync(
        IEnumerable<ExportItem> items, ChannelWriter<PreparedFile> writer, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await writer.WriteAsync(Prepare(item), cancellationToken);
            }

            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
            throw;
        }
    }

    private static PreparedFile Prepare(ExportItem item)
    {
        var name = item.SourceName;
        if (item.FailureReason is { } reason)
        {
            return new PreparedFile(name, reason, []);
        }

        if (item.Activities.Count == 0)
        {
            return new PreparedFile(name, "holds no activity (a settings, course or monitoring file?)", []);
        }

        var hash = item.ContentSha256 ?? throw new InvalidOperationException("a decoded export item has a content hash");
        var fileName = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var prepared = new List<PreparedActivity>(item.Activities.Count);
        for (var i = 0; i < item.Activities.Count; i++)
        {
            var activity = item.Activities[i];
            if (activity.Start is not { } start)
            {
                continue;
            }

            // Chained FIT files hold several activities: the first keeps the file's hash, the others derive one.
            var activityHash = i == 0 ? hash : Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes($"{hash}:{i}")));
            var record = ActivitySummaries.ToRecord(activity, start, activityHash, fileName, item.GearName);
            prepared.Add(new PreparedActivity(record, TrackCodec.Encode(activity.Samples, start)));
        }

        return prepared.Count == 0
            ? new PreparedFile(name, "has no start time (a route rather than a recorded activity, or a device whose clock was never set)", [])
            : new PreparedFile(name, null, prepared);
    }

    private sealed record PreparedActivity(ActivityRecord Record, byte[] Track);

    private sealed record PreparedFile(string Name, string? SkipReason, IReadOnlyList<PreparedActivity> Activities);
}
