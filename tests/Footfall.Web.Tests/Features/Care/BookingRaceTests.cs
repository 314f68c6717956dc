using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.Care;
using Footfall.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Features.Care;

/// <summary>
/// One free slot, one hundred runners asking for it at the same moment over HTTP: the database lets
/// exactly one booking through, and the other 99 are told clearly that it was just taken, with the next
/// free times.
/// </summary>
public abstract class BookingRaceTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : FootfallWebFactory
{
    private const int Runners = 100;

    [Fact]
    public async Task HundredConcurrentRequestsForOneSlot_OneBookingAndNinetyNineClearRefusals()
    {
        var world = await CareWorld.CreateAsync(factory);
        var slots = (await world.Admin.Client.GetFromJsonAsync<List<CareApi.SlotDto>>(world.SlotsUrl()))!;
        var slot = slots[3];
        // Sign-ups race too, ten at a time (SQLite in WAL mode with writes that wait their turn; see SqliteHardening).
        // Ten, not a hundred: each waits for its confirmation email, which one mail worker writes in turn.
        var runners = new List<WebSession>();
        foreach (var batch in Enumerable.Range(0, Runners).Chunk(10))
        {
            runners.AddRange(await Task.WhenAll(batch.Select(_ => WebSession.SignedUpAsync(factory))));
        }

        using var start = new ManualResetEventSlim(false);
        var requests = runners.Select(r => Task.Run(async () =>
        {
            start.Wait();
            using var response = await r.Client.PostAsJsonAsync("/api/v1/care/bookings", world.BookingFor(slot.Start));
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(requests);

        Assert.Equal(1, results.Count(r => r.StatusCode == HttpStatusCode.Created));
        var refusals = results.Where(r => r.StatusCode != HttpStatusCode.Created).ToList();
        Assert.Equal(Runners - 1, refusals.Count);
        Assert.All(refusals, r =>
        {
            Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
            using var problem = JsonDocument.Parse(r.Body);
            Assert.Contains("just taken", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
            var next = problem.RootElement.GetProperty("nextFree").EnumerateArray().Select(e => e.GetProperty("start").GetDateTimeOffset()).ToList();
            Assert.NotEmpty(next);
            Assert.DoesNotContain(slot.Start, next);
        });

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
        Assert.Equal(1, await db.Bookings.CountAsync(b => b.PractitionerId == world.PractitionerId && b.Status == BookingStatus.Booked));
    }
}

public sealed class BookingRaceTestsOnSqlite(ManyRunnersWebFactory factory) : BookingRaceTests<ManyRunnersWebFactory>(factory);

public sealed class BookingRaceTestsOnPostgres(PostgresManyRunnersWebFactory factory) : BookingRaceTests<PostgresManyRunnersWebFactory>(factory);
