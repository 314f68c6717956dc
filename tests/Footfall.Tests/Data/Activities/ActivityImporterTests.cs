using Footfall.Activities.Export;
using Footfall.Data.Activities;
using Footfall.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Footfall.Tests.Data.Activities;

public class ActivityImporterTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Sample FIT files that each hold a recorded activity with its own start time.</summary>
    private static readonly string[] GoodFiles =
    [
        "garmin-fenix-5-run.fit",
        "activity-small-fenix2-run.fit",
        "Activity.fit",
        "developer-types-sample.fit",
        "event_timestamp.fit",
        "sample_mulitple_header.fit",
    ];

    [Fact]
    public async Task Import_SampleRun_StoresSummaryAndChartTrack()
    {
        await using var data = await TestDatabase.CreateAsync();
        var owner = await data.AddUserAsync("a@example.com");

        var report = await ImportAsync(data, owner, [Sample("garmin-fenix-5-run.fit")]);

        Assert.Equal(1, report.Imported);
        await using var db = data.Context();
        var run = await db.Activities.Include(a => a.Track).SingleAsync();
        Assert.Equal(Footfall.Activities.Sport.Running, run.Sport);
        Assert.Equal("fit", run.SourceFormat);
        Assert.Equal("garmin-fenix-5-run.fit", run.SourceName);
        Assert.True(run.DistanceMeters > 0);
        Assert.True(run.DurationSeconds > 0);
        Assert.Equal(64, run.ContentHash.Length);
        var track = TrackCodec.Decode(run.Track!.Data);
        Assert.InRange(track.Count, 1, TrackCodec.MaxPoints);
    }

    [Fact]
    public async Task Import_SameFileAgain_IsDuplicateAndAddsNothing()
    {
        await using var data = await TestDatabase.CreateAsync();
        var owner = await data.AddUserAsync("a@example.com");
        await ImportAsync(data, owner, [Sample("activity-small-fenix2-run.fit")]);

        var again = await ImportAsync(data, owner, [Sample("activity-small-fenix2-run.fit")]);

        Assert.Equal(0, again.Imported);
        Assert.Equal(1, again.Duplicates);
        await using var db = data.Context();
        Assert.Equal(1, await db.Activities.CountAsync());
        Assert.Equal(1, await db.ActivityTracks.CountAsync());
    }

    [Fact]
    public async Task Import_SameRunGzipped_IsDuplicateBySportAndStart()
    {
        await using var data = await TestDatabase.CreateAsync();
        var owner = await data.AddUserAsync("a@example.com");
        await ImportAsync(data, owner, [Sample("garmin-fenix-5-run.fit")]);

        // Re-encoded (a different content hash), same run: found by sport and start time.
        var original = File.ReadAllBytes(SharedPaths.Samples("fit", "garmin-fenix-5-run.fit"));
        var decoded = Item("run.fit", original);
        var changed = decoded with { ContentSha256 = new string('0', 64) };
        var again = await ImportAsync(data, owner, [changed]);

        Assert.Equal(0, again.Imported);
        Assert.Equal(1, again.Duplicates);
    }

    [Fact]
    public async Task Import_BrokenFileAmongGoodOnes_ReportsItByNameAndImportsTheRest()
    {
        await using var data = await TestDatabase.CreateAsync();
        var owner = await data.AddUserAsync("a@example.com");
        var broken = File.ReadAllBytes(SharedPaths.Samples("fit", "activity-settings-corruptheader.fit"))[..40];

        var report = await ImportAsync(
            data, owner, [Sample("garmin-fenix-5-run.fit"), Item("broken.fit", broken), Sample("Activity.fit")]);

        Assert.Equal(2, report.Imported);
        var skipped = Assert.Single(report.Skipped);
        Assert.Equal("broken.fit", skipped.Name);
        Assert.False(string.IsNullOrWhiteSpace(skipped.Reason));
        await using var db = data.Context();
        Assert.Equal(2, await db.Activities.CountAsync());
        Assert.DoesNotContain(await db.Activities.Select(a => a.SourceName).ToListAsync(), n => n.Contains("broken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_DamagedFile_KeepsTheRecordsBeforeTheDamageAndSaysSo()
    {
        await using var data = await TestDatabase.CreateAsync();
        var owner = await data.AddUserAsync("a@example.com");
        var nick = File.ReadAllBytes(SharedPaths.Samples("external", "python-fitparse", "nick.fit"));

        var report = await ImportAsync(data, owner, [Item("nick.fit", nick)]);

        Assert.Equal(1, report.Imported);
        Assert.Empty(report.Skipped);
        var partial = Assert.Single(report.Partial);
        Assert.Equal("nick.fit", partial.Name);
        Assert.StartsWith("Imported 14,391 records up to byte 403,437; the rest was damaged", partial.Note, StringComparison.Ordinal);
        await using var db = data.Context();
        var stored = await db.Activities.SingleAsync();
        Assert.Equal(14_391, stored.SampleCount);
        Assert.Equal(partial.Note, stored.DamageNote);
    }

    [Theory]
    [InlineData("gpx", "korita-zbevnica.gpx")]
    [InlineData("tcx", "test.tcx")]
    public async Task Import_XmlFormats_AreStoredWithTheirFormat(string folder, string name)
    {
        await using var data = await TestDatabase.CreateAsync();
        var owner = await data.AddUserAsync("a@example.com");
        var path = SharedPaths.Samples(folder, name);

        var report = await ImportAsync(data, owner, [Item(name, File.ReadAllBytes(path))]);

        Assert.Equal(1, report.Imported);
        await using var db = data.Context();
        var stored = await db.Activities.SingleAsync();
        Assert.Equal(folder, stored.SourceFormat);
        Assert.True(stored.DistanceMeters > 0);
    }

    [Fact]
    public async Task Import_NotAnActivityFile_IsSkippedWithReason()
    {
        await using var data = await TestDatabase.CreateAsync();
        var owner = await data.AddUserAsync("a@example.com");
        var report = await ImportAsync(data, owner, [Item("notes.fit", "hello, not a run"u8.ToArray())]);

        Assert.Equal(0, report.Imported);
        Assert.Equal("notes.fit", Assert.Single(report.Skipped).Name);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public async Task Import_CancelledAfterSomeFiles_RerunEndsWithEveryActivityOnce(int cancelAfter)
    {
        await using var data = await TestDatabase.CreateAsync();
        var owner = await data.AddUserAsync("a@example.com");
        var files = GoodFiles.Select(Sample).ToList();
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ActivityImporter(data.Context(), Clock).ImportAsync(
            owner, files, p => { if (p.FilesDone == cancelAfter) { cancel.Cancel(); } }, cancel.Token));
        await using (var db = data.Context())
        {
            Assert.Equal(cancelAfter, await db.Activities.CountAsync());
        }

        var rerun = await ImportAsync(data, owner, files);

        Assert.Equal(cancelAfter, rerun.Duplicates);
        Assert.Equal(GoodFiles.Length - cancelAfter, rerun.Imported);
        await using var after = data.Context();
        Assert.Equal(GoodFiles.Length, await after.Activities.CountAsync());
        Assert.Equal(GoodFiles.Length, await after.Activities.Select(a => a.ContentHash).Distinct().CountAsync());
        Assert.Equal(GoodFiles.Length, await after.ActivityTracks.CountAsync());
    }

    [Fact]
    public async Task Import_GearNames_CreateEachShoeOnceAndAssignActivities()
    {
        await using var data = await TestDatabase.CreateAsync();
        var owner = await data.AddUserAsync("a@example.com");
        var files = new[]
        {
            Sample("garmin-fenix-5-run.fit") with { GearName = "Pegasus 40" },
            Sample("activity-small-fenix2-run.fit") with { GearName = "pegasus 40" },
            Sample("Activity.fit") with { GearName = "Trail shoes" },
        };

        var report = await ImportAsync(data, owner, files);
        var more = await ImportAsync(data, owner, [Sample("event_timestamp.fit") with { GearName = "Pegasus 40" }]);

        Assert.Equal(2, report.ShoesCreated);
        Assert.Equal(0, more.ShoesCreated);
        await using var db = data.Context();
        var shoes = await db.Shoes.ToListAsync();
        Assert.Equal(["Pegasus 40", "Trail shoes"], shoes.Select(s => s.Name).Order().ToArray());
        var pegasus = shoes.Single(s => s.Name == "Pegasus 40").Id;
        Assert.Equal(3, await db.Activities.CountAsync(a => a.ShoeId == pegasus));
    }

    [Fact]
    public async Task Import_SameFileForAnotherRunner_IsTheirsNotADuplicate()
    {
        await using var data = await TestDatabase.CreateAsync();
        var first = await data.AddUserAsync("a@example.com");
        var second = await data.AddUserAsync("b@example.com");
        await ImportAsync(data, first, [Sample("garmin-fenix-5-run.fit")]);

        var report = await ImportAsync(data, second, [Sample("garmin-fenix-5-run.fit")]);

        Assert.Equal(1, report.Imported);
        await using var db = data.Context();
        Assert.Equal(1, await db.Activities.CountAsync(a => a.OwnerId == second));
    }

    [Fact]
    public async Task Import_FromAFolder_ReportsProgressForEveryFile()
    {
        await using var data = await TestDatabase.CreateAsync();
        var owner = await data.AddUserAsync("a@example.com");
        var folder = Path.Combine(data.Folder, "runs");
        Directory.CreateDirectory(folder);
        File.Copy(SharedPaths.Samples("fit", "garmin-fenix-5-run.fit"), Path.Combine(folder, "a.fit"));
        File.Copy(SharedPaths.Samples("fit", "activity-unexpected-eof.fit"), Path.Combine(folder, "b.fit"));
        var seen = new List<ImportProgress>();
        using var source = ImportSource.Open(folder);

        await new ActivityImporter(data.Context(), Clock).ImportAsync(owner, source, seen.Add);

        Assert.Equal([1, 2], seen.Select(p => p.FilesDone).ToArray());
        Assert.All(seen, p => Assert.Equal(2, p.FilesTotal));
        Assert.True(seen[^1].BytesTotal > 0);
        Assert.Equal(seen[^1].BytesTotal, seen[^1].BytesDone);
    }

    internal static ExportItem Sample(string name) => Item(name, File.ReadAllBytes(SharedPaths.Samples("fit", name)));

    internal static ExportItem Item(string name, byte[] bytes) =>
        ActivityExport.ReadFiles([(name, () => new MemoryStream(bytes))]).Single();

    private static async Task<ImportReport> ImportAsync(TestDatabase data, string owner, IReadOnlyList<ExportItem> files)
    {
        await using var db = data.Context();
        return await new ActivityImporter(db, Clock).ImportAsync(owner, files);
    }
}
