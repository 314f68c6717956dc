using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Footfall.Data;
using Footfall.Web.Features.History;
using Footfall.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Features.History;

public abstract class HistoryPagesTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : FootfallWebFactory
{
    [Fact]
    public async Task Upload_SampleRun_IsListedAndUploadingItAgainIsADuplicate()
    {
        var session = await WebSession.SignedUpAsync(factory);

        var first = await HistoryUpload.UploadAsync(session, HistoryUpload.File("activity-small-fenix2-run.fit"));
        var second = await HistoryUpload.UploadAsync(session, HistoryUpload.File("activity-small-fenix2-run.fit"));
        var list = await session.GetPageAsync("/History");

        Assert.Equal(1, HistoryUpload.Figure(first, "Imported"));
        Assert.Equal(0, HistoryUpload.Figure(second, "Imported"));
        Assert.Equal(1, HistoryUpload.Figure(second, "Already imported"));
        var rows = list.QuerySelectorAll("table.data-table tbody tr");
        var row = Assert.Single(rows);
        Assert.Contains("Running", row.TextContent, StringComparison.Ordinal);
        var link = row.QuerySelector("a")!.GetAttribute("href")!;
        var activity = await session.GetPageAsync(link);
        Assert.Contains("km", activity.QuerySelector(".stats")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(activity.QuerySelector("script#activity-data[type='application/json']"));
        Assert.NotEmpty(activity.QuerySelectorAll("details[data-chart-table] tbody tr"));
    }

    [Fact]
    public async Task Upload_BrokenFileWithAGoodOne_NamesTheBrokenFileAndStoresOnlyTheGoodOne()
    {
        var session = await WebSession.SignedUpAsync(factory);

        var page = await HistoryUpload.UploadAsync(
            session, HistoryUpload.Broken("broken.fit"), HistoryUpload.File("garmin-fenix-5-run.fit"));

        Assert.Equal(1, HistoryUpload.Figure(page, "Imported"));
        Assert.Equal(1, HistoryUpload.Figure(page, "Skipped"));
        var skipped = Assert.Single(page.QuerySelectorAll(".skipped-list li"));
        Assert.StartsWith("broken.fit:", skipped.TextContent, StringComparison.Ordinal);
        var listed = await session.Client.GetFromJsonAsync<HistoryApi.ActivityPageDto>("/api/v1/activities");
        Assert.Equal("garmin-fenix-5-run.fit", Assert.Single(listed!.Items).SourceName);
    }

    [Fact]
    public async Task Upload_ExportZip_ImportsItsRunsAndNamesTheBrokenOne()
    {
        var session = await WebSession.SignedUpAsync(factory);
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "garmin-fenix-5-run.fit", "Activity.fit" })
            {
                archive.CreateEntryFromFile(HistoryUpload.Sample(name), "activities/" + name);
            }

            using var broken = archive.CreateEntry("activities/broken.fit").Open();
            broken.Write(HistoryUpload.Broken("broken.fit").Item2);
        }

        var page = await HistoryUpload.UploadAsync(session, ("export.zip", zip.ToArray()));

        Assert.Equal(2, HistoryUpload.Figure(page, "Imported"));
        Assert.Contains("broken.fit", Assert.Single(page.QuerySelectorAll(".skipped-list li")).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_DamagedFile_ImportsWhatCameBeforeTheDamageAndSaysSo()
    {
        var session = await WebSession.SignedUpAsync(factory);
        var nick = System.IO.File.ReadAllBytes(Path.Combine(RepoPaths.Shared, "samples", "external", "python-fitparse", "nick.fit"));

        var page = await HistoryUpload.UploadAsync(session, ("nick.fit", nick));

        Assert.Equal(1, HistoryUpload.Figure(page, "Imported"));
        Assert.Equal(1, HistoryUpload.Figure(page, "Damaged files"));
        var item = Assert.Single(page.QuerySelectorAll("[data-partial-files] li"));
        Assert.Contains("nick.fit: Imported 14,391 recorded points; the rest of the file was damaged and could not be read.", item.TextContent, StringComparison.Ordinal);
        // The byte offset is for whoever needs it, folded away in a disclosure.
        Assert.DoesNotContain("byte", item.TextContent.Replace(item.QuerySelector("details")!.TextContent, "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Imported 14,391 records up to byte 403,437; the rest was damaged", item.QuerySelector("details code")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shoeId", "00000000-0000-0000-0000-000000000001", "running", "No such shoe.")]
    [InlineData("sport", "", "rowing", "Choose one of: running, walking, hiking, cycling, swimming, multisport, other.")]
    public async Task ChangeActivity_BadInput_SameFieldErrorFromThePageAndTheApi(string field, string shoeId, string sport, string message)
    {
        var session = await WebSession.SignedUpAsync(factory);
        var id = await UploadOneAsync(session, "garmin-fenix-5-run.fit");

        using var api = await session.Client.PutAsJsonAsync(
            $"/api/v1/activities/{id}", new HistoryApi.ActivityChangeDto(sport, shoeId.Length == 0 ? null : Guid.Parse(shoeId)));
        using var page = await session.SubmitFormAsync(
            $"/History/Activity/{id}?handler=Change", new Dictionary<string, string> { ["sport"] = sport, ["shoeId"] = shoeId }, formIndex: FormIndex);

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var problem = await api.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>();
        Assert.Equal([message], problem!.Errors[field]);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var shown = await WebSession.ParseAsync(page);
        Assert.Equal(message, shown.QuerySelector($"#{(field == "sport" ? "sport" : "shoe")}-error")!.TextContent.Trim());
        var stored = await session.Client.GetFromJsonAsync<HistoryApi.ActivityDto>($"/api/v1/activities/{id}");
        Assert.Equal("running", stored!.Sport);
    }

    [Fact]
    public async Task ChangeActivity_ToCycling_ConvertsCadenceAndTakesItOutOfLoad()
    {
        var session = await WebSession.SignedUpAsync(factory);
        var id = await UploadOneAsync(session, "activity-small-fenix2-run.fit");
        var before = await session.Client.GetFromJsonAsync<HistoryApi.ActivityDto>($"/api/v1/activities/{id}");
        var loadBefore = await session.GetPageAsync("/History/Load");

        using var page = await session.SubmitFormAsync(
            $"/History/Activity/{id}?handler=Change", new Dictionary<string, string> { ["sport"] = "cycling", ["shoeId"] = "" }, formIndex: FormIndex);
        var after = await session.Client.GetFromJsonAsync<HistoryApi.ActivityDto>($"/api/v1/activities/{id}");
        var loadAfter = await session.GetPageAsync("/History/Load");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("cycling", after!.Sport);
        Assert.Equal(before!.AverageCadenceSpm!.Value / 2, after.AverageCadenceSpm!.Value, 6);
        // The load page shows the weeks around the last run (2015): one run before, none once it is a ride.
        Assert.Equal(1, loadBefore.QuerySelectorAll("details[data-chart-table] tbody tr").Sum(r => int.Parse(r.Children[3].TextContent, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("No runs yet", loadAfter.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var shown = await session.GetPageAsync($"/History/Activity/{id}");
        Assert.Contains("km/h", shown.QuerySelector(".stats")!.TextContent, StringComparison.Ordinal); // speed, not pace, for a ride
    }

    [Fact]
    public async Task DeleteActivity_FromThePageOrTheApi_RemovesItForItsOwnerOnly()
    {
        var alice = await WebSession.SignedUpAsync(factory);
        var bob = await WebSession.SignedUpAsync(factory);
        var first = await UploadOneAsync(alice, "garmin-fenix-5-run.fit");
        var second = await UploadOneAsync(alice, "activity-small-fenix2-run.fit");

        using var byBob = await bob.Client.DeleteAsync(new Uri($"/api/v1/activities/{first}", UriKind.Relative));
        using var byApi = await alice.Client.DeleteAsync(new Uri($"/api/v1/activities/{first}", UriKind.Relative));
        using var again = await alice.Client.DeleteAsync(new Uri($"/api/v1/activities/{first}", UriKind.Relative));
        using var byPage = await alice.SubmitFormAsync($"/History/Activity/{second}?handler=Delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, byBob.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, byApi.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, byPage.StatusCode);
        var listed = await alice.Client.GetFromJsonAsync<HistoryApi.ActivityPageDto>("/api/v1/activities");
        Assert.Equal(0, listed!.Total);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
        Assert.False(await db.ActivityTracks.AnyAsync(t => t.ActivityId == first || t.ActivityId == second));
    }

    [Fact]
    public async Task DateFilters_CountInTheRunnersTimeZone()
    {
        // garmin-fenix-5-run.fit starts 2017-06-11T14:34:09Z: already 12 June at UTC+14.
        var session = WebSession.Create(factory);
        var email = $"kiritimati-{Guid.NewGuid():N}@example.com";
        using (await session.SubmitFormAsync("/Account/Register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = WebSession.GoodPassword,
            ["Input.ConfirmPassword"] = WebSession.GoodPassword,
            ["Input.AcceptTerms"] = "true",
            ["Input.TimeZone"] = "Pacific/Kiritimati",
        }))
        {
        }

        await session.ConfirmEmailAsync(factory, email);
        using (await session.SignInAsync(email))
        {
        }

        await UploadOneAsync(session, "garmin-fenix-5-run.fit");

        var on12th = await session.Client.GetFromJsonAsync<HistoryApi.ActivityPageDto>("/api/v1/activities?from=2017-06-12&to=2017-06-12");
        var on11th = await session.Client.GetFromJsonAsync<HistoryApi.ActivityPageDto>("/api/v1/activities?from=2017-06-11&to=2017-06-11");
        var page = await session.GetPageAsync("/History?from=2017-06-12&to=2017-06-12");

        Assert.Equal(1, on12th!.Total);
        Assert.Equal(0, on11th!.Total);
        Assert.Contains("Mon 12 Jun 2017, 04:34", Assert.Single(page.QuerySelectorAll("table.data-table tbody tr")).TextContent, StringComparison.Ordinal);
    }

    /// <summary>The activity page's sport-and-shoe form among its POST forms (after the layout's sign-out form).</summary>
    private const int FormIndex = 1;

    private static async Task<Guid> UploadOneAsync(WebSession session, string file)
    {
        var before = (await session.Client.GetFromJsonAsync<HistoryApi.ActivityPageDto>("/api/v1/activities"))!.Items.Select(a => a.Id).ToHashSet();
        await HistoryUpload.UploadAsync(session, HistoryUpload.File(file));
        var after = await session.Client.GetFromJsonAsync<HistoryApi.ActivityPageDto>("/api/v1/activities");
        return after!.Items.Single(a => !before.Contains(a.Id)).Id;
    }

    [Fact]
    public async Task Upload_PartlyTimedGpx_IsKeptFlaggedAndLeftOutOfLoad()
    {
        var session = await WebSession.SignedUpAsync(factory);
        var gpx = System.IO.File.ReadAllBytes(Path.Combine(RepoPaths.Shared, "samples", "gpx", "cerknicko-without-times.gpx"));

        var page = await HistoryUpload.UploadAsync(session, ("cerknicko-without-times.gpx", gpx));

        Assert.Contains("Only 5 of its 296 points have a time", page.QuerySelector("[data-sanity-warning]")!.TextContent, StringComparison.Ordinal);
        var listed = await session.Client.GetFromJsonAsync<HistoryApi.ActivityPageDto>("/api/v1/activities");
        var activity = Assert.Single(listed!.Items);
        Assert.NotNull(activity.LeftOutReason);

        // The file names no sport; said to be a run, it is still left out of load, with the reason.
        var change = await session.Client.PutAsJsonAsync($"/api/v1/activities/{activity.Id}", new HistoryApi.ActivityChangeDto("running", null));
        Assert.Equal(System.Net.HttpStatusCode.NoContent, change.StatusCode);
        var load = await session.GetPageAsync("/History/Load");
        Assert.Contains("Only 5 of its 296 points", load.QuerySelector(".left-out")!.TextContent, StringComparison.Ordinal);
        var weekly = await session.Client.GetFromJsonAsync<HistoryApi.WeeklyLoadDto>("/api/v1/training/weekly");
        Assert.All(weekly!.Weeks, w => Assert.Equal(0, w.Runs));
    }

    [Fact]
    public async Task Upload_OnlyABrokenFile_StoresNothing()
    {
        var session = await WebSession.SignedUpAsync(factory);

        var page = await HistoryUpload.UploadAsync(session, HistoryUpload.Broken("broken.fit"));

        Assert.Equal(0, HistoryUpload.Figure(page, "Imported"));
        var listed = await session.Client.GetFromJsonAsync<HistoryApi.ActivityPageDto>("/api/v1/activities");
        Assert.Equal(0, listed!.Total);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
        Assert.False(await db.ActivityTracks.AnyAsync(t => !db.Activities.Any(a => a.Id == t.ActivityId)));
    }

    [Fact]
    public async Task AnotherRunner_CannotSeeOrFetchTheActivity()
    {
        var alice = await WebSession.SignedUpAsync(factory);
        var bob = await WebSession.SignedUpAsync(factory);
        await HistoryUpload.UploadAsync(alice, HistoryUpload.File("garmin-fenix-5-run.fit"));
        var id = (await alice.Client.GetFromJsonAsync<HistoryApi.ActivityPageDto>("/api/v1/activities"))!.Items[0].Id;

        using var page = await bob.Client.GetAsync(new Uri($"/History/Activity/{id}", UriKind.Relative));
        using var api = await bob.Client.GetAsync(new Uri($"/api/v1/activities/{id}", UriKind.Relative));
        using var assign = await bob.Client.PutAsJsonAsync($"/api/v1/activities/{id}/shoe", new { shoeId = (Guid?)null });
        var bobsList = await bob.Client.GetFromJsonAsync<HistoryApi.ActivityPageDto>("/api/v1/activities");
        using var alicesOwn = await alice.Client.GetAsync(new Uri($"/api/v1/activities/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, assign.StatusCode);
        Assert.Equal(0, bobsList!.Total);
        Assert.Equal(HttpStatusCode.OK, alicesOwn.StatusCode);
    }

    [Fact]
    public async Task Api_Activity_HasTheChartTrackWithNullsForMissingValues()
    {
        var session = await WebSession.SignedUpAsync(factory);
        await HistoryUpload.UploadAsync(session, HistoryUpload.File("activity-small-fenix2-run.fit"));
        var id = (await session.Client.GetFromJsonAsync<HistoryApi.ActivityPageDto>("/api/v1/activities"))!.Items[0].Id;

        var activity = await session.Client.GetFromJsonAsync<HistoryApi.ActivityDto>($"/api/v1/activities/{id}");

        Assert.Equal("running", activity!.Sport);
        Assert.InRange(activity.Track!.Seconds.Length, 2, 1000);
        Assert.Equal(activity.Track.Seconds.Length, activity.Track.HeartRateBpm.Length);
    }

    [Theory]
    [InlineData("?sport=running", 1)]
    [InlineData("?sport=cycling", 0)]
    [InlineData("?from=2000-01-01&to=2000-12-31", 0)]
    [InlineData("?from=2000-01-01", 1)]
    public async Task Api_Activities_FiltersBySportAndDate(string query, int expected)
    {
        var session = await WebSession.SignedUpAsync(factory);
        await HistoryUpload.UploadAsync(session, HistoryUpload.File("garmin-fenix-5-run.fit"));

        var page = await session.Client.GetFromJsonAsync<HistoryApi.ActivityPageDto>("/api/v1/activities" + query);
        var html = await session.GetPageAsync("/History" + query);

        Assert.Equal(expected, page!.Total);
        Assert.Equal(expected, html.QuerySelectorAll("table.data-table tbody tr").Length);
    }

    [Fact]
    public async Task WeeklyLoad_AfterUpload_ShowsTheWeekAndSignalsWithCaveats()
    {
        var session = await WebSession.SignedUpAsync(factory);
        await HistoryUpload.UploadAsync(session, HistoryUpload.File("garmin-fenix-5-run.fit"));

        var weekly = await session.Client.GetFromJsonAsync<HistoryApi.WeeklyLoadDto>("/api/v1/training/weekly?weeks=520");
        var page = await session.GetPageAsync("/History/Load");

        Assert.Contains(weekly!.Weeks, w => w.Runs == 1 && w.DistanceKm > 0);
        Assert.NotEmpty(weekly.Signals);
        Assert.NotNull(page.QuerySelector("script#weekly-data[type='application/json']"));
        Assert.NotEmpty(page.QuerySelectorAll(".signal"));
        Assert.All(page.QuerySelectorAll(".signal"), s => Assert.True(s.QuerySelectorAll("p").Length >= 2));
        Assert.Contains("do not predict injury", page.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shoes_CreateAssignAndRetire_ShowsMileage()
    {
        var session = await WebSession.SignedUpAsync(factory);
        await HistoryUpload.UploadAsync(session, HistoryUpload.File("activity-small-fenix2-run.fit"));

        using var created = await session.SubmitFormAsync("/Shoes", new Dictionary<string, string>
        {
            ["Input.Name"] = "Pegasus 40",
            ["Input.InitialDistance"] = "100",
        });
        var shoes = await session.Client.GetFromJsonAsync<List<Footfall.Web.Features.Shoes.ShoesApi.ShoeDto>>("/api/v1/shoes");
        var shoeId = Assert.Single(shoes!).Id;
        using var assigned = await session.SubmitFormAsync("/Shoes", new Dictionary<string, string> { ["shoeId"] = shoeId.ToString() }, formIndex: 2);
        var page = await session.GetPageAsync("/Shoes");
        var before = double.Parse(page.QuerySelector("meter.mileage")!.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture);
        using var retired = await session.SubmitFormAsync("/Shoes", new Dictionary<string, string>(), formIndex: 1);
        var after = await session.GetPageAsync("/Shoes");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.True(before > 100, $"mileage {before} should include the assigned run");
        Assert.Contains("1 run tracked", page.QuerySelector(".shoe-figures")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        Assert.Equal("Retired", after.QuerySelector(".shoe .tag")!.TextContent);
    }

    [Fact]
    public async Task Shoes_CreateWithoutName_ShowsTheError()
    {
        var session = await WebSession.SignedUpAsync(factory);

        using var response = await session.SubmitFormAsync("/Shoes", new Dictionary<string, string> { ["Input.Name"] = "" });
        var page = await WebSession.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Give the shoe a name.", page.QuerySelector("#form-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/History")]
    [InlineData("/History/Upload")]
    [InlineData("/History/Load")]
    [InlineData("/Shoes")]
    public async Task Pages_RequireSignIn(string path)
    {
        var anonymous = WebSession.Create(factory);

        using var response = await anonymous.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DescribesTheHistoryEndpoints()
    {
        var client = factory.CreateClient();

        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Contains("/api/v1/activities", document, StringComparison.Ordinal);
        Assert.Contains("/api/v1/training/weekly", document, StringComparison.Ordinal);
    }
}

/// <summary>The same tests on SQLite, the default database.</summary>
public sealed class HistoryPagesTestsOnSqlite(FootfallWebFactory factory) : HistoryPagesTests<FootfallWebFactory>(factory);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class HistoryPagesTestsOnPostgres(PostgresWebFactory factory) : HistoryPagesTests<PostgresWebFactory>(factory);
