using System.IO.Compression;
using Footfall.Tests.Data;
using Footfall.Tests.Support;
using static Footfall.Tests.Cli.Commands.CliRun;

namespace Footfall.Tests.Cli.Commands;

public class ImportCommandTests
{
    [Fact]
    public async Task Import_FolderWithABrokenFile_PrintsSummaryWithTheSkippedFile()
    {
        await using var data = await TestDatabase.CreateAsync();
        await data.AddUserAsync("runner@example.com");
        var folder = Path.Combine(data.Folder, "runs");
        Directory.CreateDirectory(folder);
        File.Copy(SharedPaths.Samples("fit", "garmin-fenix-5-run.fit"), Path.Combine(folder, "a.fit"));
        File.WriteAllBytes(Path.Combine(folder, "broken.fit"), File.ReadAllBytes(SharedPaths.Samples("fit", "activity-unexpected-eof.fit"))[..40]);

        var (code, output, error) = await RunAsync(data, "import", folder, "--user", "Runner@Example.com");
        var again = await RunAsync(data, "import", folder, "--user", "runner@example.com");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Matches(@"Imported\s*│\s*1", output);
        Assert.Contains("broken.fit", output, StringComparison.Ordinal);
        Assert.Matches(@"Imported\s*│\s*0", again.Output);
        Assert.Matches(@"Duplicates \(already stored\)\s*│\s*1", again.Output);
    }

    [Fact]
    public async Task Import_StravaExportZip_CreatesShoesFromGearNamesAndAssignsRuns()
    {
        await using var data = await TestDatabase.CreateAsync();
        await data.AddUserAsync("runner@example.com");
        var zip = Path.Combine(data.Folder, "export_123.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        {
            var csv = archive.CreateEntry("activities.csv");
            using (var writer = new StreamWriter(csv.Open()))
            {
                writer.Write("Activity ID,Activity Date,Activity Name,Activity Type,Filename,Activity Gear\n" +
                    "1,\"Aug 15, 2015, 2:45:00 PM\",Morning Run,Run,activities/1.fit,Pegasus 40\n" +
                    "2,\"Jan 1, 2016, 8:00:00 AM\",Evening Run,Run,activities/2.fit,Pegasus 40\n");
            }

            archive.CreateEntryFromFile(SharedPaths.Samples("fit", "activity-small-fenix2-run.fit"), "activities/1.fit");
            archive.CreateEntryFromFile(SharedPaths.Samples("fit", "garmin-fenix-5-run.fit"), "activities/2.fit");
        }

        var (code, output, _) = await RunAsync(data, "import", zip);

        Assert.Equal(0, code);
        Assert.Matches(@"Imported\s*│\s*2", output);
        Assert.Matches(@"Shoes created from gear names\s*│\s*1", output);
        using var db = data.Context();
        var shoe = Assert.Single(db.Shoes);
        Assert.Equal("Pegasus 40", shoe.Name);
        Assert.Equal(2, db.Activities.Count(a => a.ShoeId == shoe.Id));
    }

    [Fact]
    public async Task Import_UnknownUser_FailsNamingTheEmail()
    {
        await using var data = await TestDatabase.CreateAsync();
        await data.AddUserAsync("runner@example.com");

        var (code, _, error) = await RunAsync(data, "import", SharedPaths.Samples("fit", "Activity.fit"), "--user", "nobody@example.com");

        Assert.Equal(1, code);
        Assert.Contains("no account with the email nobody@example.com", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_SeveralAccountsAndNoUser_AsksForOne()
    {
        await using var data = await TestDatabase.CreateAsync();
        await data.AddUserAsync("a@example.com");
        await data.AddUserAsync("b@example.com");

        var (code, _, error) = await RunAsync(data, "import", SharedPaths.Samples("fit", "Activity.fit"));

        Assert.Equal(1, code);
        Assert.Contains("--user", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingPath_FailsClearly()
    {
        await using var data = await TestDatabase.CreateAsync();
        await data.AddUserAsync("a@example.com");

        var (code, _, error) = await RunAsync(data, "import", Path.Combine(data.Folder, "missing"));

        Assert.Equal(1, code);
        Assert.Contains("no file or folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_AfterImport_PrintsTheWeekOfTheRun()
    {
        await using var data = await TestDatabase.CreateAsync();
        await data.AddUserAsync("a@example.com");
        await RunAsync(data, "import", SharedPaths.Samples("fit", "activity-small-fenix2-run.fit"));
        using var db = data.Context();
        var start = db.Activities.Single().StartUtc;
        var today = DateOnly.FromDateTime(start).AddDays(3);

        var (code, output, _) = await RunAsync(data, "load", "--weeks", "2", "--time-zone", "UTC", "--today", today.ToString("yyyy-MM-dd"));

        Assert.Equal(0, code);
        var monday = Footfall.Training.TrainingHistory.WeekStart(DateOnly.FromDateTime(start));
        Assert.Contains(monday.ToString("yyyy-MM-dd"), output, StringComparison.Ordinal);
        Assert.Contains("ACWR", output, StringComparison.Ordinal);
        Assert.Contains("do not predict injury", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_LastRunLongAgo_SaysWhenAndShowsTheWeeksAroundIt()
    {
        await using var data = await TestDatabase.CreateAsync();
        await data.AddUserAsync("a@example.com");
        var folder = Path.Combine(data.Folder, "runs");
        Directory.CreateDirectory(folder);
        File.Copy(SharedPaths.Samples("fit", "garmin-fenix-5-run.fit"), Path.Combine(folder, "a.fit"));
        await RunAsync(data, "import", folder, "--user", "a@example.com");

        var (code, output, _) = await RunAsync(data, "load", "--weeks", "4", "--time-zone", "UTC", "--today", "2026-12-01");

        Assert.Equal(0, code);
        Assert.Contains("Last run: 11 June 2017 (3,460 days ago).", output, StringComparison.Ordinal);
        Assert.True(output.Contains("2017-06-05", StringComparison.Ordinal), output); // the week of the last run, not four weeks of zeros
        Assert.Contains("weeks around your last run", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_NoRuns_SaysHowToImport()
    {
        await using var data = await TestDatabase.CreateAsync();
        await data.AddUserAsync("a@example.com");

        var (code, output, _) = await RunAsync(data, "load");

        Assert.Equal(0, code);
        Assert.Contains("footfall import", output, StringComparison.Ordinal);
    }
}
