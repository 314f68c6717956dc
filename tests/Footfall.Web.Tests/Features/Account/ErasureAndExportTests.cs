using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Footfall.Cli;
using Footfall.Data;
using Footfall.Data.Activities;
using Footfall.Data.Entities;
using Footfall.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Features.Account;

public sealed class ErasureAndExportTests(FootfallWebFactory factory) : IClassFixture<FootfallWebFactory>
{
    private string DatabaseFile => Path.Combine(factory.Folder, "footfall.db");

    [Fact]
    public async Task DatabaseFile_IsReadableByItsOwnerOnly()
    {
        await WebSession.SignedUpAsync(factory);

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(DatabaseFile));
        }
    }

    [Fact]
    public async Task DeleteAccount_LeavesNoneOfTheRunnersTextInTheSqliteFile()
    {
        var email = $"erase-{Guid.NewGuid():N}@example.com";
        var marker = $"NOTE-{Guid.NewGuid():N}";
        var runner = await WebSession.SignedUpAsync(factory, email);
        using (var shoe = await runner.Client.PostAsJsonAsync("/api/v1/shoes", new { name = marker + " my left heel hurts" }))
        {
            Assert.Equal(HttpStatusCode.Created, shoe.StatusCode);
        }

        // The test can fail: before the deletion the text is in the file.
        Assert.True(FileContains(marker), "the note should be in the database file before deletion");

        using var delete = await runner.SubmitFormAsync("/Account/Manage/Delete", new Dictionary<string, string> { ["Password"] = WebSession.GoodPassword }, formIndex: 1);
        Assert.Equal("/Account/Deleted", delete.Headers.Location!.OriginalString);

        Assert.False(FileContains(marker), "the deleted runner's note is still readable in the SQLite file");
        Assert.False(FileContains(email), "the deleted runner's email is still readable in the SQLite file");
    }

    [Fact]
    public async Task Export_HoldsTheTimeZoneTracksSessionsAndAuditTrail()
    {
        var email = $"export-{Guid.NewGuid():N}@example.com";
        var runner = await WebSession.SignedUpAsync(factory, email);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
            var user = await db.Users.SingleAsync(u => u.Email == email);
            user.TimeZoneId = "Europe/Berlin";
            var activity = new ActivityRecord
            {
                Id = Guid.NewGuid(), OwnerId = user.Id, Sport = Footfall.Activities.Sport.Running, StartUtc = DateTime.UtcNow.AddDays(-1), DurationSeconds = 2,
                DistanceMeters = 6, SourceFormat = "fit", SourceName = "run.fit", ContentHash = Guid.NewGuid().ToString("N"),
                Track = new ActivityTrack { Data = TrackCodec.Pack(new TrackData([0, 1, 2], [0, 3, 6], [3, 3, 3], [120, float.NaN, 122], [170, 171, 172], [10, 11, 12], [200, 210, 220])) },
            };
            db.Activities.Add(activity);
            await db.SaveChangesAsync();
        }

        using var response = await runner.SubmitFormAsync("/Account/Manage", new Dictionary<string, string>(), formIndex: 2);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;

        Assert.Equal("Europe/Berlin", root.GetProperty("account").GetProperty("timeZone").GetString());
        var track = root.GetProperty("activities")[0].GetProperty("track");
        Assert.Equal([120.0, null, 122.0], track.GetProperty("heartRateBpm").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (double?)null : v.GetDouble()));
        Assert.Equal(6.0, track.GetProperty("distanceMeters")[2].GetDouble());
        Assert.Single(root.GetProperty("sessions").EnumerateArray());
        Assert.Contains(root.GetProperty("auditTrail").EnumerateArray(), e => e.GetProperty("Action").GetString() == AuditActions.SignIn);
    }

    [Fact]
    public async Task CliExportAndDelete_AreAuditedAsTheOperator_NotTheRunner()
    {
        var email = $"operator-{Guid.NewGuid():N}@example.com";
        await WebSession.SignedUpAsync(factory, email);
        string userId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            userId = (await scope.ServiceProvider.GetRequiredService<FootfallDbContext>().Users.SingleAsync(u => u.Email == email)).Id;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:SqlitePath"] = DatabaseFile }).Build();
        Assert.Equal(0, await RunCliAsync(configuration, "db", "export", "--user", email));
        Assert.Equal(0, await RunCliAsync(configuration, "db", "delete-user", "--user", email, "--yes"));

        await using var check = factory.Services.CreateAsyncScope();
        var entries = await check.ServiceProvider.GetRequiredService<FootfallDbContext>().AuditEntries
            .Where(e => e.SubjectUserId == userId && (e.Action == AuditActions.Export || e.Action == AuditActions.DeleteAccount)).ToListAsync();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal($"operator:{Environment.UserName}", e.ActorId));
    }

    [Fact]
    public async Task AuditTrail_RefusesUpdatesAndDeletes()
    {
        await WebSession.SignedUpAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();

        await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEntries.ExecuteUpdateAsync(u => u.SetProperty(e => e.Action, "tampered")));
        await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEntries.ExecuteDeleteAsync());
        Assert.DoesNotContain(await db.AuditEntries.ToListAsync(), e => e.Action == "tampered");
    }

    [Fact]
    public async Task TwentyConcurrentPlanStarts_LeaveOneActivePlan()
    {
        var runner = await WebSession.SignedUpAsync(factory);
        var page = await runner.GetPageAsync("/Recovery");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var starts = Enumerable.Range(0, 20).Select(_ => runner.Client.PostAsync(new Uri("/Recovery?handler=Start", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["conditionId"] = "plantar_fasciitis",
        })));
        var responses = await Task.WhenAll(starts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
        var owner = (await runner.GetPageAsync("/Account/Manage")).QuerySelector("strong")!.TextContent;
        var ownerId = (await db.Users.SingleAsync(u => u.Email == owner)).Id;
        Assert.Equal(1, await db.RecoveryEnrollments.CountAsync(e => e.OwnerId == ownerId && e.Active));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Theory]
    [InlineData("aaaaaaaaaaaa", "too few characters")]
    [InlineData("password1234", "most common")]
    [InlineData("football2024!", "most common")]
    [InlineData("passwordpassword", "most common")]
    public async Task Register_GuessablePassword_IsRefusedWithTheReason(string password, string reason)
    {
        using var response = await WebSession.Create(factory).RegisterAsync($"guess-{Guid.NewGuid():N}@example.com", password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(reason, (await WebSession.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_PasswordThatIsTheEmail_IsRefused()
    {
        var email = $"sameasemail{Guid.NewGuid():N}@example.com";

        using var response = await WebSession.Create(factory).RegisterAsync(email, email);

        Assert.Contains("must not be your email", (await WebSession.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Appointment_FarInTheFuture_IsRefusedAndTheCalendarStillWorks()
    {
        var runner = await WebSession.SignedUpAsync(factory);

        using var far = await runner.SubmitFormAsync("/Recovery/Appointments", new Dictionary<string, string>
        {
            ["Input.Date"] = "9999-12-31", ["Input.Time"] = "23:30", ["Input.DurationMinutes"] = "60", ["Input.Title"] = "Physio",
        });

        Assert.Contains("years ahead", (await WebSession.ParseAsync(far)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        using var calendar = await runner.Client.GetAsync(new Uri("/Recovery/Calendar.ics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, calendar.StatusCode);
    }

    private bool FileContains(string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        foreach (var path in new[] { DatabaseFile, DatabaseFile + "-wal", DatabaseFile + "-journal" })
        {
            if (File.Exists(path))
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                if (copy.ToArray().AsSpan().IndexOf(needle) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static async Task<int> RunCliAsync(IConfiguration configuration, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, configuration);
        return await FootfallCommand.Build(context).Parse(args).InvokeAsync(new() { Output = output, Error = error });
    }
}
