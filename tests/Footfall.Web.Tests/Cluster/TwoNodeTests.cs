using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.Care;
using Footfall.Web.Tests.Features.Care;
using Footfall.Web.Tests.Features.History;
using Footfall.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Cluster;

/// <summary>
/// Two web nodes on one PostgreSQL database, as behind a round-robin load balancer (without the proxy):
/// a sign-in, an interview, a race for one slot and a background import that loses its node half-way.
/// </summary>
public sealed class TwoNodeTests
{
    [Fact]
    public async Task SignInOnOneNode_PostgreSQL_IsSignedInOnTheOther()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        var cookies = await nodes.SignedUpAsync(email);

        var manage = await nodes.On(1, cookies).GetPageAsync("/Account/Manage");

        Assert.Contains(email, manage.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedSignInsOnOneNode_PostgreSQL_DelayTheNextAttemptOnTheOther()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        await nodes.SignedUpAsync(email);

        // The account's free failures (3) spent on node 1, one more on node 2: node 2 now asks to wait,
        // even with the right password, because the count is shared.
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await nodes.On(0, new CookieContainer()).SignInAsync(email, "not the password at all");
        }

        using (await nodes.On(1, new CookieContainer()).SignInAsync(email, "still not the password"))
        {
        }

        using var right = await nodes.On(1, new CookieContainer()).SignInAsync(email);
        var page = await WebSession.ParseAsync(right);
        Assert.Contains("Too many failed attempts", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InterviewWhoseScreensAlternateNodes_PostgreSQL_ReachesItsResult()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var served = new int[2];
        var runner = nodes.Alternating(new CookieContainer(), served);

        var (page, url) = await InterviewHttp.StartAsync(runner);
        for (var screen = 0; screen < 3; screen++)
        {
            // "No" to whatever the screen asks: the sealed interview cookie made by one node is opened by the other.
            var actions = page.Forms.Select(f => f.GetAttribute("action") ?? string.Empty).ToList();
            var (handler, fields) = actions.Any(a => a.Contains("handler=Each", StringComparison.Ordinal))
                ? ("Each", new Dictionary<string, string> { ["noneOfThese"] = "true" })
                : actions.Any(a => a.Contains("handler=Tick", StringComparison.Ordinal))
                    ? ("Tick", new Dictionary<string, string>())
                    : ("Answer", new Dictionary<string, string> { ["answer"] = "n" });
            using var answered = await InterviewHttp.PostAsync(runner, page, url, handler, fields);
            Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
            var next = answered.Headers.Location!.OriginalString;
            Assert.NotEqual(url, next);
            if (next == "/Assess/Result")
            {
                break;
            }

            (page, url) = (await runner.GetPageAsync(next), next);
        }

        if (url != "/Assess/Result")
        {
            using var finished = await InterviewHttp.PostAsync(runner, page, url, "Finish");
            Assert.Equal("/Assess/Result", finished.Headers.Location!.OriginalString);
        }

        var result = await runner.GetPageAsync("/Assess/Result");
        Assert.Contains("not a diagnosis", result.Body!.TextContent, StringComparison.Ordinal);
        Assert.True(served[0] >= 3 && served[1] >= 3, $"both nodes served screens ({served[0]} and {served[1]})");
    }

    [Fact]
    public async Task HundredConcurrentBookingsOfOneSlotAcrossBothNodes_PostgreSQL_OneBooking()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var world = await CareWorld.CreateAsync(nodes.First);
        var slot = (await world.Admin.Client.GetFromJsonAsync<List<CareApi.SlotDto>>(world.SlotsUrl()))![3];
        const int runners = 20, each = 5;
        var jars = new List<CookieContainer>();
        for (var i = 0; i < runners; i++)
        {
            jars.Add(await nodes.SignedUpAsync($"racer-{i}-{Guid.NewGuid():N}@example.com"));
        }

        using var start = new ManualResetEventSlim(false);
        var requests = Enumerable.Range(0, runners * each).Select(n => Task.Run(async () =>
        {
            var session = nodes.On(n % 2, jars[n / each]);
            start.Wait();
            using var response = await session.Client.PostAsJsonAsync("/api/v1/care/bookings", world.BookingFor(slot.Start));
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(requests);

        Assert.Equal(1, results.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        await using var scope = nodes.Second.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
        Assert.Equal(1, await db.Bookings.CountAsync(b => b.PractitionerId == world.PractitionerId && b.StartUtc == slot.Start.UtcDateTime && b.Status == BookingStatus.Booked));
    }

    [Fact]
    public async Task ThreeThousandFileImport_NodeStoppedMidJob_PostgreSQL_OtherNodeFinishesItWithNothingLostOrDoubled()
    {
        const int files = 3000;
        await using var nodes = await TwoNodes.StartAsync();
        var email = $"importer-{Guid.NewGuid():N}@example.com";
        var cookies = await nodes.SignedUpAsync(email);
        var uploader = nodes.On(0, cookies);

        using var posted = await HistoryUpload.PostAsync(uploader, ("strava-export.zip", Export(files)));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var progressUrl = posted.Headers.Location!.OriginalString;
        var jobId = Guid.Parse(progressUrl[(progressUrl.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);

        // Wait until some batches are stored, then stop the node that runs the job (its scheduler interrupts it).
        var job = await WaitForJobAsync(nodes.First, jobId, j => j.FilesDone >= 100);
        Assert.True(job.FilesDone is >= 100 and < files, $"the job was running when its node was stopped ({job.State}, {job.FilesDone} files)");
        var holder = job.Node == await nodes.First.SchedulerIdAsync() ? 0 : 1;
        Assert.Equal(job.Node, await nodes[holder].SchedulerIdAsync());
        var survivor = nodes[holder + 1];
        var progress = await nodes.On(holder + 1, cookies).GetPageAsync(progressUrl);
        Assert.NotNull(progress.QuerySelector("[data-import-running] progress"));
        Assert.Contains($"of {files} files", progress.QuerySelector("[data-import-files]")!.TextContent, StringComparison.Ordinal);
        await nodes[holder].DisposeAsync();

        var stoppedAt = (await WaitForJobAsync(survivor, jobId, _ => true)).FilesDone;
        var last = await WaitForJobAsync(survivor, jobId, j => j.State == ImportJobStates.Finished, TimeSpan.FromMinutes(5));
        Assert.True(last.State == ImportJobStates.Finished,
            $"the surviving node finishes the import (stopped at {stoppedAt} files; now {last.State}, {last.FilesDone} files, on {last.Node})");
        var summary = await HistoryUpload.WaitForImportAsync(nodes.On(holder + 1, cookies), progressUrl);

        Assert.Equal(files, HistoryUpload.Figure(summary, "Imported"));
        Assert.Equal(0, HistoryUpload.Figure(summary, "Already imported"));
        Assert.Equal(0, HistoryUpload.Figure(summary, "Skipped"));
        await using var scope = survivor.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
        var owner = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var starts = await db.Activities.Where(a => a.OwnerId == owner).Select(a => a.StartUtc).ToListAsync();
        Assert.Equal(files, starts.Count);
        Assert.Equal(files, starts.Distinct().Count());
        var finished = await db.ImportJobs.SingleAsync(j => j.Id == jobId);
        Assert.Equal(ImportJobStates.Finished, finished.State);
        Assert.Equal(await survivor.SchedulerIdAsync(), finished.Node);
        Assert.False(await db.ImportJobFiles.AnyAsync(f => f.JobId == jobId), "the stored upload is deleted when the job ends");
    }

    private static async Task<ImportJob> WaitForJobAsync(ClusterNode node, Guid id, Func<ImportJob, bool> condition, TimeSpan? limit = null)
    {
        var until = DateTime.UtcNow + (limit ?? TimeSpan.FromMinutes(2));
        while (true)
        {
            await using (var scope = node.Services.CreateAsyncScope())
            {
                var job = await scope.ServiceProvider.GetRequiredService<FootfallDbContext>().ImportJobs.AsNoTracking().SingleAsync(j => j.Id == id);
                if (condition(job) || job.State is ImportJobStates.Finished or ImportJobStates.Failed)
                {
                    return job;
                }
            }

            if (DateTime.UtcNow > until)
            {
                await using var scope = node.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<FootfallDbContext>().ImportJobs.AsNoTracking().SingleAsync(j => j.Id == id);
            }

            await Task.Delay(50);
        }
    }

    /// <summary>A Strava-style export zip of <paramref name="count"/> short GPX runs, one a day.</summary>
    internal static byte[] Export(int count)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            var first = new DateTime(2018, 1, 1, 7, 0, 0, DateTimeKind.Utc);
            for (var i = 0; i < count; i++)
            {
                var entry = archive.CreateEntry($"activities/{i + 1}.gpx", CompressionLevel.Fastest);
                using var writer = new StreamWriter(entry.Open(), Encoding.UTF8);
                writer.Write(Gpx(first.AddDays(i)));
            }
        }

        return zip.ToArray();
    }

    private static string Gpx(DateTime start)
    {
        var points = new StringBuilder();
        for (var p = 0; p < 6; p++)
        {
            var lat = (46.05 + (p * 0.0009)).ToString("0.000000", CultureInfo.InvariantCulture);
            var time = start.AddSeconds(p * 30).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            points.Append(CultureInfo.InvariantCulture, $"<trkpt lat=\"{lat}\" lon=\"14.50\"><time>{time}</time></trkpt>");
        }

        return $"""<?xml version="1.0" encoding="UTF-8"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>{points}</trkseg></trk></gpx>""";
    }
}
