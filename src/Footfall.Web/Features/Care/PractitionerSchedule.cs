using Footfall.Care.Booking;
using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Care;

/// <summary>
/// Reads what free slots depend on (hours and blocked time at the clinic, the practitioner's bookings at
/// every clinic) and asks <see cref="SlotFinder"/>. Used by the booking pages, the API and the booking use case.
/// </summary>
public sealed class PractitionerSchedule(FootfallDbContext db, TimeProvider clock)
{
    /// <summary>How many days one slot search covers at most.</summary>
    public const int MaxDays = 62;

    /// <summary>The slot query for a practitioner at a clinic over clinic-local dates, leaving out one booking (the one being moved).</summary>
    public async Task<SlotQuery> QueryAsync(Clinic clinic, Guid practitionerId, AppointmentTypeEntry type, DateOnly firstDay, DateOnly lastDay, Guid? ignoringBooking, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clinic);
        ArgumentNullException.ThrowIfNull(type);
        var hours = await db.WorkingHours.Where(h => h.ClinicId == clinic.Id && h.PractitionerId == practitionerId).ToListAsync(ct);
        var blocks = await db.BlockedTimes
            .Where(b => b.ClinicId == clinic.Id && (b.PractitionerId == null || b.PractitionerId == practitionerId) && b.LastDay >= firstDay && b.FirstDay <= lastDay)
            .ToListAsync(ct);

        // A day either side of the local dates covers every zone offset; busy time counts at every clinic.
        var from = firstDay.AddDays(-1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var to = lastDay.AddDays(2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var busy = await db.Bookings
            .Where(b => b.PractitionerId == practitionerId && b.Status == BookingStatus.Booked && b.StartUtc < to && b.BusyUntilUtc > from && b.Id != ignoringBooking)
            .Select(b => new { b.StartUtc, b.BusyUntilUtc })
            .ToListAsync(ct);
        return new SlotQuery(
            ClinicPolicy.ClockOf(clinic),
            hours.Select(h => new WorkingHours(h.Day, h.Start, h.End)).ToList(),
            blocks.Select(b => new BlockedTime(b.FirstDay, b.LastDay, b.From, b.To, b.Reason)).ToList(),
            busy.Select(b => new BusyTime(CareAccess.Utc(b.StartUtc), CareAccess.Utc(b.BusyUntilUtc))).ToList(),
            ClinicPolicy.TypeOf(type),
            ClinicPolicy.PolicyOf(clinic),
            clock.GetUtcNow(),
            firstDay,
            lastDay);
    }

    /// <summary>Free slots from <paramref name="firstDay"/> (clinic-local) for up to <paramref name="days"/> days.</summary>
    public async Task<IReadOnlyList<Slot>> FreeSlotsAsync(Clinic clinic, Guid practitionerId, AppointmentTypeEntry type, DateOnly firstDay, int days, CancellationToken ct)
    {
        var query = await QueryAsync(clinic, practitionerId, type, firstDay, firstDay.AddDays(Math.Clamp(days, 1, MaxDays) - 1), null, ct);
        return SlotFinder.FreeSlots(query);
    }

    /// <summary>The next few free slots from now, for a runner who just lost a race.</summary>
    public async Task<IReadOnlyList<Slot>> NextFreeAsync(Clinic clinic, Guid practitionerId, AppointmentTypeEntry type, DateTimeOffset after, int count, CancellationToken ct)
    {
        var today = ClinicPolicy.ClockOf(clinic).LocalDate(clock.GetUtcNow());
        var slots = await FreeSlotsAsync(clinic, practitionerId, type, today, 28, ct);
        return slots.Where(s => s.Start > after).Take(count).ToList();
    }

    /// <summary>The clinic-local date today.</summary>
    public DateOnly TodayAt(Clinic clinic) => ClinicPolicy.ClockOf(clinic).LocalDate(clock.GetUtcNow());
}
