using Footfall.Activities.Export;
using Footfall.Data;
using Footfall.Data.Activities;
using Footfall.Data.Entities;
using Footfall.Web.Tests.Features.History;
using Footfall.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Data.Activities;

/// <summary>The importer's transactions and unique indexes on both database providers.</summary>
public sealed class ActivityImporterProviderTests
{
    private static readonly string[] Files =
        ["garmin-fenix-5-run.fit", "activity-small-fenix2-run.fit", "compressed-speed-distance.fit", "Activity.fit", "event_timestamp.fit"];

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSQL")]
    public async Task Import_StoppedMidwayThenRepeated_StoresEveryActivityOnce(string provider)
    {
        var folder = Directory.CreateTempSubdirectory("footfall-provider-").FullName;
        var settings = new Dictionary<string, string?> { ["Database:Provider"] = provider, ["Database:SqlitePath"] = Path.Combine(folder, "f.db") };
        if (provider == "PostgreSQL")
        {
            settings["ConnectionStrings:Footfall"] = await PostgresServer.CreateDatabaseAsync();
        }

        await using var services = new ServiceCollection()
            .AddFootfallData(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
        FootfallDbContext Context() => services.CreateScope().ServiceProvider.GetRequiredService<FootfallDbContext>();
        string owner;
        await using (var db = Context())
        {
            await DatabaseMigrator.MigrateAsync(db, services.GetRequiredService<DatabaseOptions>());
            var user = new FootfallUser { Id = Guid.NewGuid().ToString(), UserName = "p@example.com", Email = "p@example.com", NormalizedEmail = "P@EXAMPLE.COM" };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            owner = user.Id;
        }

        var files = ActivityExport.ReadFiles(Files.Select(name => (name, (Func<Stream>)(() => File.OpenRead(HistoryUpload.Sample(name))))))
            .Select(item => item with { GearName = "Road shoes" })
            .ToList();
        using var stop = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ActivityImporter(Context(), TimeProvider.System)
            .ImportAsync(owner, files, p => { if (p.FilesDone == 2) { stop.Cancel(); } }, stop.Token));

        var rerun = await new ActivityImporter(Context(), TimeProvider.System).ImportAsync(owner, files);
        var again = await new ActivityImporter(Context(), TimeProvider.System).ImportAsync(owner, files);

        await using var check = Context();
        Assert.Equal(2, rerun.Duplicates);
        Assert.Equal(2, rerun.Imported);
        Assert.Equal("compressed-speed-distance.fit", Assert.Single(rerun.Skipped).Name); // system time, no date to anchor it
        Assert.Equal(0, again.Imported);
        Assert.Equal(4, await check.Activities.CountAsync());
        Assert.Equal(4, await check.ActivityTracks.CountAsync());
        Assert.Equal("Road shoes", Assert.Single(await check.Shoes.ToListAsync()).Name);
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
