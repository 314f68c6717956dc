using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Care;

/// <summary>
/// The reads of a runner's own appointments, shared by the bookings page, the practitioner page (moving a
/// booking) and <c>GET /api/v1/care/bookings</c>. Owner-scoped: someone else's booking is null, like a missing one.
/// </summary>
public sealed class RunnerBookings(FootfallDbContext db)
{
    /// <summary>One appointment with where, with whom and what.</summary>
    public sealed record Line(Booking Booking, Clinic Clinic, PractitionerProfile Practitioner, string TypeName);

    /// <summary>What a calendar file of one appointment needs; <paramref name="RunnerEmail"/> is the attendee.</summary>
    public sealed record CalendarEntry(Booking Booking, Clinic Clinic, PractitionerProfile Practitioner, string? RunnerEmail);

    /// <summary>Every booking of the runner's, earliest first.</summary>
    public Task<List<Booking>> AllAsync(string ownerId, CancellationToken ct) =>
        db.Bookings.OwnedBy(ownerId).AsNoTracking().OrderBy(b => b.StartUtc).ToListAsync(ct);

    /// <summary>Every booking of the runner's with its clinic, practitioner and type, earliest first.</summary>
    public Task<List<Line>> LinesAsync(string ownerId, CancellationToken ct) =>
        (from b in db.Bookings.OwnedBy(ownerId)
         join c in db.Clinics on b.ClinicId equals c.Id
         join p in db.Practitioners on b.PractitionerId equals p.Id
         join t in db.AppointmentTypes on b.AppointmentTypeId equals t.Id
         orderby b.StartUtc
         select new Line(b, c, p, t.Name)).AsNoTracking().ToListAsync(ct);

    public Task<Booking?> FindAsync(string ownerId, Guid bookingId, CancellationToken ct) =>
        db.Bookings.OwnedBy(ownerId).AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookingId, ct);

    public async Task<CalendarEntry?> CalendarAsync(string ownerId, Guid bookingId, CancellationToken ct)
    {
        var booking = await FindAsync(ownerId, bookingId, ct);
        var clinic = booking is null ? null : await db.Clinics.FindAsync([booking.ClinicId], ct);
        var practitioner = booking is null ? null : await db.Practitioners.FindAsync([booking.PractitionerId], ct);
        if (booking is null || clinic is null || practitioner is null)
        {
            return null;
        }

        var email = await db.Users.Where(u => u.Id == booking.OwnerId).Select(u => u.Email).SingleAsync(ct);
        return new CalendarEntry(booking, clinic, practitioner, email);
    }
}
