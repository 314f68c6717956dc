using System.Net.Http.Json;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.Care;
using Footfall.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Features.Care;

/// <summary>
/// A clinic near Huntington Beach with an admin and one practitioner (who accepted a real invitation
/// through the use cases), working every day 09:00-17:00 clinic time, for the Care HTTP tests.
/// </summary>
internal sealed record CareWorld(
    WebSession Admin,
    string AdminId,
    WebSession Practitioner,
    string PractitionerUserId,
    Guid PractitionerId,
    Guid ClinicId,
    Guid FollowUpTypeId,
    Guid AssessmentTypeId)
{
    public static async Task<CareWorld> CreateAsync(FootfallWebFactory factory, string zone = "America/Los_Angeles", int minimumNoticeHours = 2)
    {
        var adminEmail = $"admin-{Guid.NewGuid():N}@example.com";
        var practitionerEmail = $"physio-{Guid.NewGuid():N}@example.com";
        var admin = await WebSession.SignedUpAsync(factory, adminEmail);
        var practitioner = await WebSession.SignedUpAsync(factory, practitionerEmail);

        var (adminId, practitionerUserId, clinicId, practitionerId) = await ClinicWithPractitionerAsync(factory, adminEmail, practitionerEmail, zone, minimumNoticeHours);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
        var types = await db.AppointmentTypes.Where(t => t.ClinicId == clinicId).ToListAsync();
        return new CareWorld(admin, adminId, practitioner, practitionerUserId, practitionerId, clinicId, types.Single(t => t.Name == "Follow-up").Id, types.Single(t => t.Name == "Initial assessment").Id);
    }

    /// <summary>
    /// Two accounts that exist already become a clinic's admin and its practitioner (Dana Reyes, a physiotherapist,
    /// who accepted a real invitation through the use cases), working every day 09:00-17:00 clinic time.
    /// </summary>
    public static async Task<(string AdminId, string PractitionerUserId, Guid ClinicId, Guid PractitionerId)> ClinicWithPractitionerAsync(
        FootfallWebFactory factory, string adminEmail, string practitionerEmail, string zone = "America/Los_Angeles", int minimumNoticeHours = 2)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<FootfallDbContext>();
        var adminId = (await db.Users.SingleAsync(u => u.Email == adminEmail)).Id;
        var practitionerUserId = (await db.Users.SingleAsync(u => u.Email == practitionerEmail)).Id;

        var clinic = (await services.GetRequiredService<CreateClinic>().RunAsync(adminId, new CreateClinic.Request(
            "Surf City Sports Physio", "18582 Beach Blvd", "Huntington Beach, CA", zone, MinimumNoticeHours: minimumNoticeHours), default)).Value!;
        var invitation = await services.GetRequiredService<InvitePractitioner>().RunAsync(adminId, clinic.Id, new InvitePractitioner.Request(practitionerEmail, "Physiotherapist"), default);
        Assert.True(invitation.Succeeded);

        // The emailed token is not returned by the use case; a known token is set on the invitation instead.
        var token = $"test-token-{Guid.NewGuid():N}";
        invitation.Value!.TokenHash = InvitePractitioner.Hash(token);
        await db.SaveChangesAsync();
        var conditions = services.GetRequiredService<Footfall.Assessment.Knowledge.KnowledgeBase>().Conditions.Select(c => c.Id).ToHashSet();
        var profile = (await services.GetRequiredService<AcceptInvitation>().RunAsync(
            practitionerUserId, practitionerEmail, new AcceptInvitation.Request(token, "Dana Reyes", "Sports physiotherapist for runners.", ["plantar_fasciitis", "lumbar_radiculopathy"]), conditions, default)).Value!;

        var week = Enum.GetValues<DayOfWeek>().Select(d => new ManageClinic.HoursBlock(d, new TimeOnly(9, 0), new TimeOnly(17, 0))).ToList();
        Assert.True((await services.GetRequiredService<ManageClinic>().SetHoursAsync(adminId, clinic.Id, profile.Id, week, default)).Succeeded);
        return (adminId, practitionerUserId, clinic.Id, profile.Id);
    }

    /// <summary>The runner books the free slot at <paramref name="slotIndex"/> over the API and shares everything with the practitioner on the sharing page.</summary>
    public async Task<(CareApi.SlotDto Slot, Guid BookingId)> BookAndShareAllAsync(WebSession runner, int slotIndex)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var slot = (await runner.Client.GetFromJsonAsync<List<CareApi.SlotDto>>(SlotsUrl()))![slotIndex];
        using var booked = await runner.Client.PostAsJsonAsync("/api/v1/care/bookings", BookingFor(slot.Start));
        Assert.Equal(System.Net.HttpStatusCode.Created, booked.StatusCode);
        var bookingId = (await booked.Content.ReadFromJsonAsync<CareApi.BookingDto>())!.Id;
        using var shared = await runner.SubmitFormAsync($"/Care/Sharing?practitioner={PractitionerId}", new Dictionary<string, string> { ["Recipient"] = $"p:{PractitionerId}", ["Parts"] = "All" });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, shared.StatusCode);
        return (slot, bookingId);
    }

    public string SlotsUrl(Guid? type = null, int days = 14) =>
        $"/api/v1/care/clinics/{ClinicId}/practitioners/{PractitionerId}/slots?type={type ?? FollowUpTypeId}&days={days}";

    public object BookingFor(DateTimeOffset start, Guid? type = null) =>
        new { clinicId = ClinicId, practitionerId = PractitionerId, appointmentTypeId = type ?? FollowUpTypeId, start };
}
