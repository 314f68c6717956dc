using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Care;

/// <summary>
/// The reads of the directory's clinics, practitioners and appointment types that the booking pages, the
/// clinician's case page, the clinic admin's page and <c>/api/v1/care</c> share. Nothing here is a runner's
/// health data; who may see a clinic's set-up is checked by the caller (<see cref="CareAccess.IsAdminAsync"/>).
/// </summary>
public sealed class ClinicCatalog(FootfallDbContext db)
{
    /// <param name="Practitioners">The clinic's current practitioners by name, each with their weekly hours in day order.</param>
    /// <param name="Invitations">Invitations not yet accepted, newest first.</param>
    /// <param name="Types">Every appointment type, shortest first.</param>
    /// <param name="Blocks">Blocked time, earliest first.</param>
    public sealed record Setup(
        IReadOnlyList<(PractitionerProfile Profile, IReadOnlyList<WorkingHoursEntry> Hours)> Practitioners,
        IReadOnlyList<ClinicInvitation> Invitations,
        IReadOnlyList<AppointmentTypeEntry> Types,
        IReadOnlyList<BlockedTimeEntry> Blocks);

    public async Task<PractitionerProfile?> PractitionerAsync(Guid practitionerId, CancellationToken ct) =>
        await db.Practitioners.FindAsync([practitionerId], ct);

    public async Task<Clinic?> ClinicAsync(Guid clinicId, CancellationToken ct) =>
        await db.Clinics.FindAsync([clinicId], ct);

    /// <summary>The appointment type, when it is one of <paramref name="clinicId"/>'s that can still be booked.</summary>
    public Task<AppointmentTypeEntry?> ActiveTypeAsync(Guid clinicId, Guid typeId, CancellationToken ct) =>
        db.AppointmentTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == typeId && t.ClinicId == clinicId && t.Active, ct);

    /// <summary>The clinic's appointment types that can be booked, shortest first.</summary>
    public Task<List<AppointmentTypeEntry>> ActiveTypesAsync(Guid clinicId, CancellationToken ct) =>
        db.AppointmentTypes.AsNoTracking().Where(t => t.ClinicId == clinicId && t.Active).OrderBy(t => t.DurationMinutes).ToListAsync(ct);

    /// <summary>What the clinic admin's page shows of <paramref name="clinicId"/>.</summary>
    public async Task<Setup> SetupAsync(Guid clinicId, CancellationToken ct)
    {
        var profiles = await (from m in db.ClinicMembers
                              join p in db.Practitioners on m.UserId equals p.UserId
                              where m.ClinicId == clinicId && m.Role == ClinicRole.Practitioner && m.RemovedAtUtc == null
                              orderby p.DisplayName
                              select p).AsNoTracking().ToListAsync(ct);
        var hours = await db.WorkingHours.AsNoTracking().Where(h => h.ClinicId == clinicId).ToListAsync(ct);
        var practitioners = profiles
            .Select(p => (p, (IReadOnlyList<WorkingHoursEntry>)hours.Where(h => h.PractitionerId == p.Id).OrderBy(h => h.Day).ThenBy(h => h.Start).ToList()))
            .ToList();
        var invitations = await db.ClinicInvitations.AsNoTracking().Where(i => i.ClinicId == clinicId && i.AcceptedAtUtc == null).OrderByDescending(i => i.CreatedAtUtc).ToListAsync(ct);
        var types = await db.AppointmentTypes.AsNoTracking().Where(t => t.ClinicId == clinicId).OrderBy(t => t.DurationMinutes).ToListAsync(ct);
        var blocks = await db.BlockedTimes.AsNoTracking().Where(b => b.ClinicId == clinicId).OrderBy(b => b.FirstDay).ToListAsync(ct);
        return new Setup(practitioners, invitations, types, blocks);
    }
}
