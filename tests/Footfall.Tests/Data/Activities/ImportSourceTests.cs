using System.IO.Compression;
using System.Text;
using Footfall.Activities.Export;
using Footfall.Data.Activities;
using Footfall.Tests.Support;

namespace Footfall.Tests.Data.Activities;

public sealed class ImportSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("footfall-source-").FullName;

    private static byte[] Run => File.ReadAllBytes(SharedPaths.Samples("fit", "garmin-fenix-5-run.fit"));

    [Fact]
    public void Open_Folder_OffersActivityFilesOnly()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "2024"));
        File.WriteAllBytes(Path.Combine(_folder, "2024", "a.fit"), Run);
        File.WriteAllBytes(Path.Combine(_folder, "b.gpx.gz"), [1]);
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "x");

        using var source = ImportSource.Open(_folder);
        var items = source.Items.ToList();

        Assert.Equal(2, source.ExpectedCount);
        Assert.Equal(["2024/a.fit", "b.gpx.gz"], items.Select(f => f.SourceName).ToArray());
        Assert.True(items[0].Succeeded);
        Assert.False(items[1].Succeeded);
        Assert.Equal(source.TotalBytes, source.BytesRead);
    }

    [Fact]
    public void Open_StravaExport_ReadsGearNamesFromActivitiesCsv()
    {
        var zip = Path.Combine(_folder, "export.zip");
        WriteZip(zip, new()
        {
            ["activities.csv"] = Encoding.UTF8.GetBytes(
                "Activity ID,Activity Date,Filename,Activity Gear,Distance,Distance\n" +
                "1,\"Jan 2, 2024, 7:00:00 AM\",activities/1.fit.gz,\"Pegasus 40, blue\",5.0,5000\n" +
                "2,\"Jan 3, 2024, 7:00:00 AM\",activities/2.fit,,3.0,3000\n"),
            ["activities/1.fit.gz"] = Run,
            ["activities/2.fit"] = Run,
            ["profile.csv"] = [1],
        });

        using var source = ImportSource.Open(zip);
        var items = source.Items.ToList();

        Assert.Equal(2, source.ExpectedCount);
        Assert.Equal(2, items.Count);
        Assert.Equal("Pegasus 40, blue", items.Single(f => f.SourceName.EndsWith("1.fit.gz", StringComparison.Ordinal)).GearName);
        Assert.Null(items.Single(f => f.SourceName.EndsWith("2.fit", StringComparison.Ordinal)).GearName);
        Assert.All(items, i => Assert.Single(i.Activities));
        Assert.Equal(items[0].ContentSha256, items[1].ContentSha256);
    }

    [Fact]
    public void Open_GarminExportWithNestedZips_OffersTheFitFilesInside()
    {
        using var inner = new MemoryStream();
        using (var archive = new ZipArchive(inner, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(archive, "123_ACTIVITY.fit", Run);
            Write(archive, "summary.json", [1]);
        }

        var zip = Path.Combine(_folder, "garmin.zip");
        WriteZip(zip, new() { ["DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip"] = inner.ToArray() });

        using var source = ImportSource.Open(zip);

        Assert.Null(source.ExpectedCount);
        Assert.EndsWith("123_ACTIVITY.fit", Assert.Single(source.Items).SourceName, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ZipWithTooManyEntries_IsRefusedWithAClearMessage()
    {
        var zip = Path.Combine(_folder, "many.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            for (var i = 0; i <= ExportLimits.Default.MaxEntries; i++)
            {
                archive.CreateEntry($"{i}.fit");
            }
        }

        using var source = ImportSource.Open(zip);
        var error = Assert.Throws<ExportFormatException>(() => source.Items.ToList());
        Assert.Contains("entries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NamedFileThatIsNoActivity_IsOfferedAndFailsWithAReason()
    {
        var path = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(path, "x");

        using var source = ImportSource.Open(path);

        var item = Assert.Single(source.Items);
        Assert.Equal("notes.txt", item.SourceName);
        Assert.Contains("not a .fit", item.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingPath_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => ImportSource.Open(Path.Combine(_folder, "nope")));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void WriteZip(string path, Dictionary<string, byte[]> entries)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, bytes) in entries)
        {
            Write(archive, name, name.EndsWith(".gz", StringComparison.Ordinal) ? Gzip(bytes) : bytes);
        }
    }

    private static void Write(ZipArchive archive, string name, byte[] bytes)
    {
        using var stream = archive.CreateEntry(name).Open();
        stream.Write(bytes);
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
