using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Care;

/// <summary>A practitioner's booked appointments for a day or a week, in each clinic's time, and the runners who share their records with them.</summary>
public sealed class ClinicianSchedule(FootfallDbContext db, TimeProvider clock)
{
    public sealed record Entry(Booking Booking, Clinic Clinic, string RunnerName, string TypeName, DateTimeOffset LocalStart, DateTimeOffset LocalEnd);

    public sealed record SharedRecord(string RunnerId, string RunnerName, int Scopes, DateTimeOffset Until);

    /// <summary>Booked appointments starting within [from, from + days), clinic-local dates.</summary>
    public async Task<IReadOnlyList<Entry>> BookingsAsync(PractitionerProfile practitioner, DateOnly from, int days, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(practitioner);
        var start = from.AddDays(-1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = from.AddDays(days + 1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var rows = await (from b in db.Bookings
                          join c in db.Clinics on b.ClinicId equals c.Id
                          join u in db.Users on b.OwnerId equals u.Id
                          join t in db.AppointmentTypes on b.AppointmentTypeId equals t.Id
                          where b.PractitionerId == practitioner.Id && b.Status == BookingStatus.Booked && b.StartUtc >= start && b.StartUtc < end
                          orderby b.StartUtc
                          select new { b, c, u.Email, t.Name }).ToListAsync(ct);
        return rows
            .Select(r =>
            {
                var clock = ClinicPolicy.ClockOf(r.c);
                return new Entry(r.b, r.c, r.Email ?? "runner", r.Name, clock.ToLocal(CareAccess.Utc(r.b.StartUtc)), clock.ToLocal(CareAccess.Utc(r.b.EndUtc)));
            })
            .Where(e => DateOnly.FromDateTime(e.LocalStart.DateTime) >= from && DateOnly.FromDateTime(e.LocalStart.DateTime) < from.AddDays(days))
            .ToList();
    }

    /// <summary>Runners whose consent naming this practitioner, or one of their clinics, is in force now.</summary>
    public async Task<IReadOnlyList<SharedRecord>> SharedWithAsync(PractitionerProfile practitioner, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(practitioner);
        var now = clock.GetUtcNow().UtcDateTime;
        var clinicIds = await db.ClinicMembers.Where(m => m.UserId == practitioner.UserId && m.Role == ClinicRole.Practitioner && m.RemovedAtUtc == null).Select(m => m.ClinicId).ToListAsync(ct);
        var rows = await (from c in db.Consents
                          join u in db.Users on c.OwnerId equals u.Id
                          where c.RevokedAtUtc == null && c.ExpiresAtUtc > now
                              && (c.PractitionerId == practitioner.Id || (c.ClinicId != null && clinicIds.Contains(c.ClinicId.Value)))
                          select new { c.OwnerId, u.Email, c.Scopes, c.ExpiresAtUtc }).ToListAsync(ct);
        return rows.Where(r => r.OwnerId != practitioner.UserId)
            .GroupBy(r => r.OwnerId)
            .Select(g => new SharedRecord(g.Key, g.First().Email ?? "runner", g.Aggregate(0, (all, r) => all | r.Scopes), CareAccess.Utc(g.Max(r => r.ExpiresAtUtc))))
            .OrderBy(r => r.RunnerName, StringComparer.Ordinal)
            .ToList();
    }
}
