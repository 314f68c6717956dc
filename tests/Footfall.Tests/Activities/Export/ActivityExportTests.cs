using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Footfall.Activities;
using Footfall.Activities.Export;
using Footfall.Tests.Activities.Fit;
using Footfall.Tests.Support;

namespace Footfall.Tests.Activities.Export;

public class ActivityExportTests
{
    private const string Summaries = """
        [{"summarizedActivitiesExport":[
          {"activityId":1,"name":"Other day","startTimeGmt":1497000000000},
          {"activityId":2,"name":"Waterfront run","startTimeGmt":1497191650000,"distance":300000}]}]
        """;

    private static readonly byte[] Fenix = File.ReadAllBytes(SharedPaths.Samples("fit", "garmin-fenix-5-run.fit"));

    [Fact]
    public void ReadZip_StravaExport_DecodesFilesWithGearAndReportsBrokenOnes()
    {
        // Header as in real exports: Distance and Elapsed Time appear twice; the date holds commas.
        const string csv = "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance\n"
            + "11,\"Jun 11, 2017, 2:34:09 PM\",Morning Run,Run,\"A \"\"quoted\"\", multi\nline note\",600,1.2,,,false,,Pegasus 38,activities/1.fit.gz,,,600.0,590.0,1200.5\n"
            + "12,\"May 6, 2024, 4:02:34 AM\",Hills,Run,,600,1.2,,,false,,Trail Shoe,activities/2.gpx,,,,,\n"
            + "13,\"May 7, 2024, 4:02:34 AM\",Broken,Run,,600,1.2,,,false,,Pegasus 38,activities/4.fit.gz,,,,,\n"
            + "14,\"May 8, 2024, 4:02:34 AM\",Manual,Run,,600,1.2,,,false,,,,,,,,\n";
        var zip = Zip(
            ("activities.csv", Encoding.UTF8.GetBytes(csv)),
            ("activities/1.fit.gz", Gzip(Fenix)),
            ("activities/2.gpx", File.ReadAllBytes(SharedPaths.Samples("gpx", "korita-zbevnica.gpx"))),
            ("activities/3.tcx.gz", Gzip(File.ReadAllBytes(SharedPaths.Samples("tcx", "test.tcx")))),
            ("activities/4.fit.gz", Gzip(File.ReadAllBytes(SharedPaths.Samples("fit", "activity-unexpected-eof.fit"))[..40])),
            ("media/photo.jpg", [1, 2, 3]),
            ("profile.csv", Encoding.UTF8.GetBytes("a,b\n")));

        var items = ActivityExport.ReadZip(new MemoryStream(zip)).ToList();

        Assert.Equal(["activities/1.fit.gz", "activities/2.gpx", "activities/3.tcx.gz", "activities/4.fit.gz"], items.Select(i => i.SourceName));
        var run = items[0];
        Assert.True(run.Succeeded);
        Assert.Equal("Pegasus 38", run.GearName);
        Assert.Equal("Morning Run", run.ListedName);
        Assert.Equal(new DateTimeOffset(2017, 6, 11, 14, 34, 9, TimeSpan.Zero), run.ListedStart);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Fenix)), run.ContentSha256);
        Assert.Equal(21, run.Activities.Single().Samples.Count);
        Assert.Equal("Trail Shoe", items[1].GearName);
        Assert.Equal(ActivityFormat.Gpx, items[1].Activities.Single().Format);
        Assert.Null(items[2].GearName);
        Assert.Equal(ActivityFormat.Tcx, items[2].Activities.Single().Format);
        Assert.False(items[3].Succeeded);
        Assert.Contains("runs past the end", items[3].FailureReason, StringComparison.Ordinal); // cut before its first record was whole
        Assert.Equal("Pegasus 38", items[3].GearName);
        Assert.Empty(items[3].Activities);
    }

    [Fact]
    public void ReadZip_GarminExport_YieldsActivityFitFilesFromNestedZipsOnly()
    {
        var settings = new FitBytes().Define(0, 0, false, [(0, 1, 0x00)]).Data(0, 2).ToFile();
        var uploads = Zip(
            ("fenix.fit", Fenix),
            ("settings.fit", settings),
            ("broken.fit", File.ReadAllBytes(SharedPaths.Samples("fit", "activity-filecrc.fit"))[..40]));
        var export = Zip(
            ("DI_CONNECT/DI-Connect-Fitness/user_0_summarizedActivities.json", Encoding.UTF8.GetBytes(Summaries)),
            ("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", uploads));

        var items = ActivityExport.ReadZip(new MemoryStream(export)).ToList();

        Assert.Equal(2, items.Count);
        Assert.Equal("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip!/fenix.fit", items[0].SourceName);
        Assert.Equal(Sport.Running, items[0].Activities.Single().Sport);
        Assert.Equal("Waterfront run", items[0].ListedName); // joined by start time within 5 s
        Assert.False(items[1].Succeeded);
        Assert.Contains("runs past the end", items[1].FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadZip_StravaExport_TheListedSportWinsOverTheFile()
    {
        // The GPX says 9 (run); the runner listed it as a hike on Strava. The hike keeps step cadence.
        const string csv = "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename\n"
            + "11,\"Mar 19, 2017, 4:49:30 PM\",Hike,Hike,,600,1.2,,,false,,,activities/1.gpx\n"
            + "12,\"Mar 19, 2017, 4:49:30 PM\",Ride,Ride,,600,1.2,,,false,,,activities/2.gpx\n";
        var gpx = File.ReadAllBytes(SharedPaths.Samples("external", "sports-lib", "1681613317.gpx"));
        var zip = Zip(("activities.csv", Encoding.UTF8.GetBytes(csv)), ("activities/1.gpx", gpx), ("activities/2.gpx", gpx));

        var items = ActivityExport.ReadZip(new MemoryStream(zip)).ToList();
        var asFile = ActivityDecoders.Decode(new MemoryStream(gpx), "x.gpx").Single();

        Assert.Equal(Sport.Running, asFile.Sport);
        Assert.Equal(Sport.Hiking, items[0].Activities.Single().Sport);
        Assert.Equal(asFile.Samples[10].Cadence, items[0].Activities.Single().Samples[10].Cadence);
        Assert.Equal(Sport.Cycling, items[1].Activities.Single().Sport);
        Assert.Equal(asFile.Samples[10].Cadence / 2, items[1].Activities.Single().Samples[10].Cadence);
    }

    [Fact]
    public void ReadFolder_PlainFolder_ReadsActivityFilesAndSameHashAsZip()
    {
        var dir = Directory.CreateTempSubdirectory("footfall-export-");
        try
        {
            File.WriteAllBytes(Path.Combine(dir.FullName, "run.fit"), Fenix);
            Directory.CreateDirectory(Path.Combine(dir.FullName, "sub"));
            File.WriteAllBytes(Path.Combine(dir.FullName, "sub", "run-again.fit.gz"), Gzip(Fenix));
            File.WriteAllText(Path.Combine(dir.FullName, "notes.txt"), "not an activity");

            var items = ActivityExport.ReadFolder(dir.FullName).ToList();

            Assert.Equal(["run.fit", "sub/run-again.fit.gz"], items.Select(i => i.SourceName));
            Assert.All(items, i => Assert.True(i.Succeeded));
            Assert.Equal(items[0].ContentSha256, items[1].ContentSha256);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void ReadZip_ZipBomb_RefusedWithClearMessage()
    {
        var zip = Zip(("activities/bomb.gpx", new byte[20 * 1024 * 1024]));
        var ex = Assert.Throws<ExportFormatException>(() => ActivityExport.ReadZip(new MemoryStream(zip)).ToList());
        Assert.Contains("zip bomb", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadZip_NestedZipBomb_Refused()
    {
        var inner = Zip(("x.fit", new byte[20 * 1024 * 1024]));
        var zip = Zip(("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", inner));
        var ex = Assert.Throws<ExportFormatException>(() => ActivityExport.ReadZip(new MemoryStream(zip)).ToList());
        Assert.Contains("zip bomb", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadZip_TwoThousandEntriesOfOneMebibyte_RefusedByTheRatioOfEveryEntry()
    {
        // Issue 12: each entry sat under the old 1 MiB floor of the ratio check; together 2 GiB.
        var entries = Enumerable.Range(0, 2_000).Select(i => ($"activities/{i}.gpx", new byte[1024 * 1024])).ToArray();
        var zip = Zip(entries);

        var ex = Assert.Throws<ExportFormatException>(() => ActivityExport.ReadZip(new MemoryStream(zip)).ToList());

        Assert.Contains("zip bomb", ex.Message, StringComparison.Ordinal);
        Assert.Contains("activities/0.gpx", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadZip_SmallRepetitiveEntry_IsNotMistakenForABomb()
    {
        var zip = Zip(("activities/tiny.gpx", new byte[3000]));

        var item = Assert.Single(ActivityExport.ReadZip(new MemoryStream(zip)));

        Assert.DoesNotContain("zip bomb", item.FailureReason ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void ReadZip_TwentyThousandAndOneEntries_Refused()
    {
        var entries = Enumerable.Range(0, 20_001).Select(i => ($"activities/{i}.gpx", Array.Empty<byte>())).ToArray();
        var zip = Zip(entries);
        var ex = Assert.Throws<ExportFormatException>(() => ActivityExport.ReadZip(new MemoryStream(zip)).ToList());
        Assert.Contains("20001 entries is more than the limit of 20000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadZip_TotalSizeOverLimit_Refused()
    {
        var zip = Zip(("activities/1.fit", Fenix), ("activities/2.fit", Fenix));
        var limits = new ExportLimits { MaxTotalBytes = Fenix.Length + 100 };
        var ex = Assert.Throws<ExportFormatException>(() => ActivityExport.ReadZip(new MemoryStream(zip), limits).ToList());
        Assert.Contains("limit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadZip_NotAZip_Refused()
    {
        var ex = Assert.Throws<ExportFormatException>(() => ActivityExport.ReadZip(new MemoryStream(Fenix)).ToList());
        Assert.Contains("not a zip", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadZip_GzipBombEntry_FailsThatFileOnly()
    {
        var bomb = Gzip(new byte[70 * 1024 * 1024]);
        var zip = Zip(("activities/bomb.fit.gz", bomb), ("activities/ok.fit", Fenix));
        var items = ActivityExport.ReadZip(new MemoryStream(zip)).ToList();
        Assert.Contains("decompresses to more than", items[0].FailureReason, StringComparison.Ordinal);
        Assert.True(items[1].Succeeded);
    }

    [Fact]
    public void ReadZip_MutatedArchives_ItemsOrExportFormatException()
    {
        var seed = Zip(
            ("activities.csv", Encoding.UTF8.GetBytes("Activity ID,Activity Date,Activity Name,Activity Type,x,x,x,x,x,x,x,Activity Gear,Filename\n1,\"May 6, 2024, 4:02:34 AM\",Run,Run,,,,,,,,Shoe,activities/1.fit.gz\n")),
            ("activities/1.fit.gz", Gzip(Fenix)),
            ("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", Zip(("a.fit", Fenix))));
        var random = new Random(99);
        var outcomes = new int[3];
        for (var i = 0; i < 3_000; i++)
        {
            var data = (byte[])seed.Clone();
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                data[random.Next(data.Length)] ^= (byte)(1 << random.Next(8));
            }

            try
            {
                var items = ActivityExport.ReadZip(new MemoryStream(data)).ToList();
                outcomes[items.All(item => item.Succeeded) ? 0 : 2]++;
            }
            catch (ExportFormatException)
            {
                outcomes[1]++;
            }
            catch (Exception ex)
            {
                Assert.Fail($"case {i}: {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
            }
        }

        // Most flips land in compressed data and fail one file; flips in the directory refuse the archive.
        Assert.True(outcomes[0] > 20 && outcomes[1] > 10 && outcomes[2] > 1000, $"read {outcomes[0]}, refused {outcomes[1]}, with failed files {outcomes[2]}");
    }

    [Fact]
    public void ReadZip_NonSeekableStream_RefusedBeforeBuffering()
    {
        Assert.Throws<ArgumentException>(() => ActivityExport.ReadZip(new NonSeekableStream(Zip(("a.fit", Fenix)))));
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                s.Write(content);
            }
        }

        return ms.ToArray();
    }

    private static byte[] Gzip(byte[] content)
    {
        using var ms = new MemoryStream();
        using (var z = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write(content);
        }

        return ms.ToArray();
    }
}
