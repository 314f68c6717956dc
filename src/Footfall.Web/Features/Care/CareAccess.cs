using Footfall.Care.Consent;
using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Care;

/// <summary>
/// Who may do what in Care, decided from the database on every request (never from a cookie claim, so
/// a removed practitioner or a revoked consent counts from the very next request). A clinician is an
/// account that accepted an invitation and is an active practitioner at some clinic; an ordinary
/// runner's account is none of that.
/// </summary>
public sealed class CareAccess(FootfallDbContext db, TimeProvider clock)
{
    /// <summary>The practitioner profile of <paramref name="userId"/> if they are an active practitioner at any clinic.</summary>
    public async Task<PractitionerProfile?> PractitionerAsync(string userId, CancellationToken ct)
    {
        var profile = await db.Practitioners.SingleOrDefaultAsync(p => p.UserId == userId, ct);
        if (profile is null)
        {
            return null;
        }

        var active = await db.ClinicMembers.AnyAsync(m => m.UserId == userId && m.Role == ClinicRole.Practitioner && m.RemovedAtUtc == null, ct);
        return active ? profile : null;
    }

    public Task<bool> IsAdminAsync(string userId, Guid clinicId, CancellationToken ct) =>
        db.ClinicMembers.AnyAsync(m => m.UserId == userId && m.ClinicId == clinicId && m.Role == ClinicRole.Admin && m.RemovedAtUtc == null, ct);

    public Task<bool> WorksAtAsync(Guid practitionerId, Guid clinicId, CancellationToken ct) =>
        (from m in db.ClinicMembers
         join p in db.Practitioners on m.UserId equals p.UserId
         where p.Id == practitionerId && m.ClinicId == clinicId && m.Role == ClinicRole.Practitioner && m.RemovedAtUtc == null
         select m).AnyAsync(ct);

    /// <summary>The clinics where <paramref name="userId"/> is an active admin.</summary>
    public Task<List<Clinic>> AdministeredClinicsAsync(string userId, CancellationToken ct) =>
        (from m in db.ClinicMembers
         join c in db.Clinics on m.ClinicId equals c.Id
         where m.UserId == userId && m.Role == ClinicRole.Admin && m.RemovedAtUtc == null
         orderby c.Name
         select c).ToListAsync(ct);

    /// <summary>The clinics where a practitioner actively works.</summary>
    public Task<List<Clinic>> ClinicsOfAsync(Guid practitionerId, CancellationToken ct) =>
        (from m in db.ClinicMembers
         join p in db.Practitioners on m.UserId equals p.UserId
         join c in db.Clinics on m.ClinicId equals c.Id
         where p.Id == practitionerId && m.Role == ClinicRole.Practitioner && m.RemovedAtUtc == null
         orderby c.Name
         select c).ToListAsync(ct);

    /// <summary>
    /// The parts of <paramref name="runnerId"/>'s record that <paramref name="practitioner"/> may read now:
    /// the union of every consent in force that names them, or a clinic where they actively work.
    /// </summary>
    public async Task<ConsentScope> GrantedScopesAsync(PractitionerProfile practitioner, string runnerId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(practitioner);
        var now = clock.GetUtcNow();
        var nowUtc = now.UtcDateTime;
        var clinicIds = await (from m in db.ClinicMembers
                               where m.UserId == practitioner.UserId && m.Role == ClinicRole.Practitioner && m.RemovedAtUtc == null
                               select m.ClinicId).ToListAsync(ct);
        var grants = await db.Consents.OwnedBy(runnerId)
            .Where(c => c.RevokedAtUtc == null && c.ExpiresAtUtc > nowUtc)
            .Where(c => c.PractitionerId == practitioner.Id || (c.ClinicId != null && clinicIds.Contains(c.ClinicId.Value)))
            .ToListAsync(ct);
        return grants.Select(ToTerms).Where(t => t.IsInForceAt(now)).Aggregate(ConsentScope.None, (all, t) => all | t.Scopes);
    }

    public static ConsentTerms ToTerms(ConsentGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return new ConsentTerms(
            (ConsentScope)grant.Scopes,
            Utc(grant.GrantedAtUtc),
            Utc(grant.ExpiresAtUtc),
            grant.RevokedAtUtc is { } revoked ? Utc(revoked) : null);
    }

    /// <summary>Writes who read or changed what of whose record, and when; ids only, never health data.</summary>
    public void Audit(string actorId, string runnerId, string action, string recordType, string? recordId = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            ActorId = actorId,
            SubjectUserId = runnerId,
            Action = action,
            RecordType = recordType,
            RecordId = recordId,
        });

    public static DateTimeOffset Utc(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));
}
