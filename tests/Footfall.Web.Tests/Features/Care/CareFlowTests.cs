using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Footfall.Data;
using Footfall.Web.Features.Care;
using Footfall.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Footfall.Web.Tests.Features.Care;

/// <summary>Care over HTTP with mail going to a real SMTP server on loopback: invitations, roles, bookings and their calendar files, consent, audit, examination, plan changes, bad input.</summary>
public sealed partial class CareFlowTests(SmtpWebFixture app) : IClassFixture<SmtpWebFixture>
{
    private FootfallWebFactory Factory => app.Factory;

    [Fact]
    public async Task Invitation_ArrivesBySmtp_AndOnlyTheInvitedAddressCanAccept()
    {
        var world = await CareWorld.CreateAsync(Factory);
        var invited = $"new-physio-{Guid.NewGuid():N}@example.com";
        using var sent = await world.Admin.SubmitFormAsync($"/Clinics/Manage/{world.ClinicId}", new Dictionary<string, string> { ["email"] = invited, ["profession"] = "Chiropractor" }, formIndex: 1);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var mail = await app.Smtp.WaitForAsync(invited);
        var link = JoinLink().Match(mail.TextBody ?? string.Empty).Value;
        Assert.StartsWith("/Clinics/Join?token=", link, StringComparison.Ordinal);

        var stranger = await WebSession.SignedUpAsync(Factory);
        using var refused = await stranger.SubmitFormAsync(link, new Dictionary<string, string> { ["DisplayName"] = "Not invited" });
        Assert.Contains($"This invitation is for {invited}", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var notClinician = await stranger.Client.GetAsync(new Uri("/Clinician", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, notClinician.StatusCode);

        var practitioner = await WebSession.SignedUpAsync(Factory, invited);
        using var accepted = await practitioner.SubmitFormAsync(link, new Dictionary<string, string> { ["DisplayName"] = "Sam Chiro", ["Treats"] = "plantar_fasciitis" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Contains("Sam Chiro", (await practitioner.GetPageAsync("/Clinician")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Booking_ConfirmationCarriesRequest_CancellationCarriesCancelWithAHigherSequence()
    {
        var world = await CareWorld.CreateAsync(Factory);
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        var runner = await WebSession.SignedUpAsync(Factory, email);
        var slot = (await runner.Client.GetFromJsonAsync<List<CareApi.SlotDto>>(world.SlotsUrl()))!.First(s => s.Start > DateTimeOffset.UtcNow.AddDays(2));

        using var booked = await runner.Client.PostAsJsonAsync("/api/v1/care/bookings", world.BookingFor(slot.Start));
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var booking = (await booked.Content.ReadFromJsonAsync<CareApi.BookingDto>())!;
        var confirmation = Calendar(await app.Smtp.WaitForAsync(email, m => m.Subject!.StartsWith("Appointment confirmed", StringComparison.Ordinal)));
        Assert.Contains("METHOD:REQUEST", confirmation, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:0", confirmation, StringComparison.Ordinal);
        Assert.Contains($"UID:booking-{booking.Id:N}@footfall", confirmation, StringComparison.Ordinal);

        using var cancelled = await runner.Client.DeleteAsync(new Uri($"/api/v1/care/bookings/{booking.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var cancellation = Calendar(await app.Smtp.WaitForAsync(email, m => m.Subject!.StartsWith("Appointment cancelled", StringComparison.Ordinal)));
        Assert.Contains("METHOD:CANCEL", cancellation, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED", cancellation, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:1", cancellation, StringComparison.Ordinal);
        Assert.Contains($"UID:booking-{booking.Id:N}@footfall", cancellation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_OffersTheFreedTimeToTheFirstRunnerWaiting()
    {
        var world = await CareWorld.CreateAsync(Factory);
        var first = await WebSession.SignedUpAsync(Factory);
        var waitingEmail = $"waiting-{Guid.NewGuid():N}@example.com";
        var waiting = await WebSession.SignedUpAsync(Factory, waitingEmail);
        var slot = (await first.Client.GetFromJsonAsync<List<CareApi.SlotDto>>(world.SlotsUrl()))!.First(s => s.Start > DateTimeOffset.UtcNow.AddDays(2));
        using var booked = await first.Client.PostAsJsonAsync("/api/v1/care/bookings", world.BookingFor(slot.Start));
        var booking = (await booked.Content.ReadFromJsonAsync<CareApi.BookingDto>())!;
        using var joined = await waiting.SubmitFormAsync($"/Care/Practitioner/{world.PractitionerId}?clinic={world.ClinicId}&type={world.FollowUpTypeId}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);

        using var cancelled = await first.Client.DeleteAsync(new Uri($"/api/v1/care/bookings/{booking.Id}", UriKind.Relative));

        var offer = await app.Smtp.WaitForAsync(waitingEmail);
        Assert.Contains("A time has come free with Dana Reyes", offer.TextBody ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consent_LetsThePractitionerReadAuditedUntilRevoked_ThenTheNextRequestIsRefused()
    {
        var world = await CareWorld.CreateAsync(Factory);
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        var runner = await WebSession.SignedUpAsync(Factory, email);
        var runnerId = await CareSeed.RunnerWithAssessmentAsync(Factory, email);
        using var before = await world.Practitioner.Client.GetAsync(new Uri($"/api/v1/care/cases/{runnerId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);

        using var shared = await runner.SubmitFormAsync($"/Care/Sharing?practitioner={world.PractitionerId}", new Dictionary<string, string> { ["Recipient"] = $"p:{world.PractitionerId}", ["Parts"] = "Assessments", ["Days"] = "90" });
        Assert.Equal(HttpStatusCode.Redirect, shared.StatusCode);

        using var read = await world.Practitioner.Client.GetAsync(new Uri($"/api/v1/care/cases/{runnerId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var body = JsonDocument.Parse(await read.Content.ReadAsStringAsync());
        Assert.Equal("mortons_neuroma", body.RootElement.GetProperty("latestRanking")[0].GetProperty("id").GetString());
        Assert.Empty(body.RootElement.GetProperty("checkIns").EnumerateArray());

        var sharing = await runner.GetPageAsync("/Care/Sharing");
        Assert.Contains("Dana Reyes", sharing.QuerySelector(".access-log")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("read your assessments", sharing.QuerySelector(".access-log")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("running history", sharing.QuerySelector(".access-log")!.TextContent, StringComparison.Ordinal);

        using var revoked = await runner.SubmitFormAsync("/Care/Sharing", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        using var after = await world.Practitioner.Client.GetAsync(new Uri($"/api/v1/care/cases/{runnerId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        using var page = await world.Practitioner.Client.GetAsync(new Uri($"/Clinician/Case/{runnerId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task Examination_L5WeaknessAndPositiveSlump_PutLumbarNerveRootIrritationOnTop_AndThePlanChangeReachesTheRunner()
    {
        var world = await CareWorld.CreateAsync(Factory);
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        var runner = await WebSession.SignedUpAsync(Factory, email);
        var runnerId = await CareSeed.RunnerWithAssessmentAsync(Factory, email);
        await runner.SubmitFormAsync($"/Care/Sharing?practitioner={world.PractitionerId}", new Dictionary<string, string> { ["Recipient"] = $"p:{world.PractitionerId}", ["Parts"] = "All", ["Days"] = "30" });

        using var examined = await world.Practitioner.SubmitFormAsync($"/Clinician/Examine/{runnerId}", new Dictionary<string, string>
        {
            ["f:clin_weak_l5_toe_extension"] = "yes",
            ["f:clin_slump_positive"] = "yes",
            ["objective"] = "EHL 4/5 on the left, slump reproduces the forefoot burning.",
            ["workingDiagnosis"] = "lumbar_radiculopathy",
        });
        Assert.Equal(HttpStatusCode.Redirect, examined.StatusCode);
        var view = await world.Practitioner.GetPageAsync(examined.Headers.Location!.OriginalString);
        Assert.Contains("Morton", view.QuerySelector(".ranking-before li")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Lumbar (L5/S1) nerve root irritation", view.QuerySelector(".ranking-after li")!.TextContent, StringComparison.Ordinal);

        using var changed = await world.Practitioner.SubmitFormAsync($"/Clinician/Case/{runnerId}", new Dictionary<string, string>
        {
            ["conditionId"] = "lumbar_radiculopathy",
            ["stage"] = "1",
            ["exercises"] = "Nerve glides 2 x 10 daily",
            ["reason"] = "The examination points to the back, not the foot.",
        }, formIndex: 1);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var sharing = await runner.GetPageAsync("/Care/Sharing");
        var changes = sharing.QuerySelector(".plan-changes")!.TextContent;
        Assert.Contains("Dana Reyes", changes, StringComparison.Ordinal);
        Assert.Contains("The examination points to the back, not the foot.", changes, StringComparison.Ordinal);
        Assert.Contains("changed your recovery plan", sharing.QuerySelector(".access-log")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadBookings_GetClearAnswers_AndNothingIsWritten()
    {
        var world = await CareWorld.CreateAsync(Factory, zone: "Europe/London");
        var runner = await WebSession.SignedUpAsync(Factory);
        var other = await WebSession.SignedUpAsync(Factory);

        async Task<(HttpStatusCode Status, string Body)> PostAsync(WebSession who, object body)
        {
            using var response = await who.Client.PostAsJsonAsync("/api/v1/care/bookings", body);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        var gap = await PostAsync(runner, new { clinicId = world.ClinicId, practitionerId = world.PractitionerId, appointmentTypeId = world.FollowUpTypeId, localStart = "2027-03-28T01:30:00" });
        Assert.Equal(HttpStatusCode.BadRequest, gap.Status);
        Assert.Contains("01:30 on 28 March 2027 does not exist in Europe/London", gap.Body, StringComparison.Ordinal);

        var past = await PostAsync(runner, world.BookingFor(DateTimeOffset.UtcNow.AddDays(-1)));
        Assert.Equal(HttpStatusCode.BadRequest, past.Status);
        Assert.Contains("already passed", past.Body, StringComparison.Ordinal);

        var beyond = await PostAsync(runner, world.BookingFor(DateTimeOffset.UtcNow.AddDays(200)));
        Assert.Contains("60 days ahead", beyond.Body, StringComparison.Ordinal);

        var slots = (await runner.Client.GetFromJsonAsync<List<CareApi.SlotDto>>(world.SlotsUrl()))!;
        var lastOfADay = slots.Last(s => s.LocalStart.Date == slots[0].LocalStart.Date).Start;
        var tooLong = await PostAsync(runner, world.BookingFor(lastOfADay, world.AssessmentTypeId));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.Status);
        Assert.Contains("takes 1 hour, but only 30 minutes are free", tooLong.Body, StringComparison.Ordinal);

        var unknown = await PostAsync(runner, new { clinicId = Guid.NewGuid(), practitionerId = world.PractitionerId, appointmentTypeId = world.FollowUpTypeId, start = slots[0].Start });
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Contains("application/problem+json", JsonProblemType(unknown.Body), StringComparison.Ordinal);

        using var created = await runner.Client.PostAsJsonAsync("/api/v1/care/bookings", world.BookingFor(slots[0].Start));
        var booking = (await created.Content.ReadFromJsonAsync<CareApi.BookingDto>())!;
        using var othersCancel = await other.Client.DeleteAsync(new Uri($"/api/v1/care/bookings/{booking.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, othersCancel.StatusCode);
        using var othersMove = await other.Client.PutAsJsonAsync($"/api/v1/care/bookings/{booking.Id}", new { start = slots[1].Start });
        Assert.Equal(HttpStatusCode.NotFound, othersMove.StatusCode);

        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
        Assert.Equal(1, await db.Bookings.CountAsync(b => b.PractitionerId == world.PractitionerId));
    }

    [Fact]
    public async Task RemovedPractitioner_IsNoLongerBookableOrAClinician()
    {
        var world = await CareWorld.CreateAsync(Factory);
        var runner = await WebSession.SignedUpAsync(Factory);
        var slot = (await runner.Client.GetFromJsonAsync<List<CareApi.SlotDto>>(world.SlotsUrl()))![0];

        using var removed = await world.Admin.SubmitFormAsync($"/Clinics/Manage/{world.ClinicId}", new Dictionary<string, string> { ["practitioner"] = world.PractitionerId.ToString() }, formIndex: 3);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);

        using var slots = await runner.Client.GetAsync(new Uri(world.SlotsUrl(), UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, slots.StatusCode);
        using var book = await runner.Client.PostAsJsonAsync("/api/v1/care/bookings", world.BookingFor(slot.Start));
        Assert.Equal(HttpStatusCode.NotFound, book.StatusCode);
        using var schedule = await world.Practitioner.Client.GetAsync(new Uri("/Clinician", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, schedule.StatusCode);
    }

    [Fact]
    public async Task OverlappingHours_AreRefusedWithTheDayNamed()
    {
        var world = await CareWorld.CreateAsync(Factory);
        using var response = await world.Admin.SubmitFormAsync($"/Clinics/Manage/{world.ClinicId}", new Dictionary<string, string>
        {
            ["practitioner"] = world.PractitionerId.ToString(),
            ["start-Monday"] = "17:00",
            ["end-Monday"] = "09:00",
        }, formIndex: 2);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Monday 17:00 to 09:00 ends before it starts", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var slots = (await world.Admin.Client.GetFromJsonAsync<List<CareApi.SlotDto>>(world.SlotsUrl()))!;
        Assert.NotEmpty(slots); // the old week stands
    }

    private static string Calendar(MimeMessage message) =>
        message.Attachments.OfType<MimePart>().Select(p =>
        {
            using var stream = new MemoryStream();
            p.Content!.DecodeTo(stream);
            return System.Text.Encoding.UTF8.GetString(stream.ToArray());
        }).Single(text => text.Contains("BEGIN:VCALENDAR", StringComparison.Ordinal));

    private static string JsonProblemType(string body) => body.Contains("\"status\":404", StringComparison.Ordinal) ? "application/problem+json" : body;

    [GeneratedRegex(@"/Clinics/Join\?token=[A-Za-z0-9_%-]+")]
    private static partial Regex JoinLink();
}
