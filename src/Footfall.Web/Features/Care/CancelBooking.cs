using Footfall.Care.Booking;
using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Care;

/// <summary>
/// Cancels a booking: the runner, within the clinic's change window; the booking's practitioner or a
/// clinic admin at any time. The cancellation email's .ics carries METHOD:CANCEL and a higher SEQUENCE.
/// The freed time is then offered to the first runner on the practitioner's waiting list.
/// </summary>
public sealed class CancelBooking(FootfallDbContext db, CareAccess access, PractitionerSchedule schedule, CareMail mail, TimeProvider clock)
{
    public async Task<Outcome<Booking>> RunAsync(string actorId, Guid bookingId, CancellationToken ct)
    {
        var booking = await db.Bookings.FindAsync([bookingId], ct);
        if (booking is null || booking.Status != BookingStatus.Booked)
        {
            return Outcome<Booking>.NotFound();
        }

        var clinic = await db.Clinics.FindAsync([booking.ClinicId], ct);
        var isRunner = booking.OwnerId == actorId;
        var practitioner = isRunner ? null : await access.PractitionerAsync(actorId, ct);
        var isStaff = !isRunner && (practitioner?.Id == booking.PractitionerId || await access.IsAdminAsync(actorId, booking.ClinicId, ct));
        if (clinic is null || (!isRunner && !isStaff))
        {
            return Outcome<Booking>.NotFound();
        }

        var now = clock.GetUtcNow();
        var policy = ClinicPolicy.PolicyOf(clinic);
        if (isRunner && !policy.AllowsChange(CareAccess.Utc(booking.StartUtc), now))
        {
            return Outcome<Booking>.Invalid("booking", $"This appointment starts within {policy.CancellationNotice.TotalHours:0} hours, inside {clinic.Name}'s cancellation window: call the clinic to cancel it.");
        }

        booking.Status = BookingStatus.Cancelled;
        booking.Sequence++;
        booking.CancelledAtUtc = now.UtcDateTime;
        await db.SaveChangesAsync(ct);
        await mail.CancelledAsync(booking, ct);
        await OfferToWaitlistAsync(booking, clinic, ct);
        return Outcome<Booking>.Done(booking);
    }

    /// <summary>Tells the first runner waiting for this practitioner, for whom the freed time is still free, that it is.</summary>
    private async Task OfferToWaitlistAsync(Booking freed, Clinic clinic, CancellationToken ct)
    {
        var start = CareAccess.Utc(freed.StartUtc);
        var waiting = await db.Waitlist
            .Where(w => w.PractitionerId == freed.PractitionerId && w.ClinicId == freed.ClinicId && w.Active && w.OfferedAtUtc == null && w.OwnerId != freed.OwnerId)
            .OrderBy(w => w.CreatedAtUtc)
            .ToListAsync(ct);
        foreach (var entry in waiting)
        {
            var type = await db.AppointmentTypes.FindAsync([entry.AppointmentTypeId], ct);
            if (type is null)
            {
                continue;
            }

            var date = ClinicPolicy.ClockOf(clinic).LocalDate(start);
            var query = await schedule.QueryAsync(clinic, freed.PractitionerId, type, date, date, null, ct);
            if (SlotFinder.Check(query, start) is not null)
            {
                continue;
            }

            entry.OfferedAtUtc = clock.GetUtcNow().UtcDateTime;
            entry.OfferedStartUtc = freed.StartUtc;
            await db.SaveChangesAsync(ct);
            var practitioner = await db.Practitioners.FindAsync([freed.PractitionerId], ct);
            await mail.WaitlistOfferAsync(entry, clinic, practitioner?.DisplayName ?? "your practitioner", start, ct);
            return;
        }
    }
}
