using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Care;

/// <summary>
/// The reads of the runner's sharing page: whom they can share with (practitioners and clinics they have
/// booked), whom each consent is with, every read or change of their record by someone else, and the plan
/// changes clinicians made. Always the runner's own rows.
/// </summary>
public sealed class SharingOverview(FootfallDbContext db)
{
    /// <summary>How many reads by others the page shows, newest first.</summary>
    public const int AccessLogSize = 100;

    /// <summary>How many plan changes the page shows, newest first.</summary>
    public const int PlanChangesShown = 50;

    /// <param name="Practitioners">Practitioners booked, and <c>also</c> if given.</param>
    /// <param name="Clinics">Clinics booked.</param>
    public sealed record Recipients(IReadOnlyList<PractitionerProfile> Practitioners, IReadOnlyList<Clinic> Clinics);

    /// <summary>One entry of someone else's on the runner's record, with the reader's name when they are a practitioner.</summary>
    public sealed record Access(AuditEntry Entry, string? ActorName);

    public async Task<Recipients> RecipientsAsync(string runnerId, Guid? also, CancellationToken ct)
    {
        var booked = await db.Bookings.OwnedBy(runnerId).Select(b => new { b.PractitionerId, b.ClinicId }).Distinct().ToListAsync(ct);
        var practitionerIds = booked.Select(b => b.PractitionerId).Append(also ?? Guid.Empty).ToHashSet();
        var clinicIds = booked.Select(b => b.ClinicId).ToHashSet();
        var practitioners = await db.Practitioners.AsNoTracking().Where(p => practitionerIds.Contains(p.Id)).ToListAsync(ct);
        var clinics = await db.Clinics.AsNoTracking().Where(c => clinicIds.Contains(c.Id)).ToListAsync(ct);
        return new Recipients(practitioners, clinics);
    }

    /// <summary>Whom each grant is with, by grant id: the practitioner's name or "everyone at" the clinic.</summary>
    public async Task<Dictionary<Guid, string>> NamesAsync(IReadOnlyList<ConsentGrant> grants, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(grants);
        var pIds = grants.Where(g => g.PractitionerId != null).Select(g => g.PractitionerId!.Value).ToList();
        var cIds = grants.Where(g => g.ClinicId != null).Select(g => g.ClinicId!.Value).ToList();
        var p = await db.Practitioners.Where(x => pIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.DisplayName, ct);
        var c = await db.Clinics.Where(x => cIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => "everyone at " + x.Name, ct);
        return grants.ToDictionary(g => g.Id, g => g.PractitionerId is { } pid ? p.GetValueOrDefault(pid, "a practitioner") : c.GetValueOrDefault(g.ClinicId!.Value, "a clinic"));
    }

    /// <summary>Reads and changes of the runner's record by anyone else, newest first.</summary>
    public async Task<List<Access>> AccessLogAsync(string runnerId, CancellationToken ct)
    {
        var reads = await db.AuditEntries.AsNoTracking().Where(a => a.SubjectUserId == runnerId && a.ActorId != null && a.ActorId != runnerId)
            .OrderByDescending(a => a.AtUtc).Take(AccessLogSize).ToListAsync(ct);
        var actorIds = reads.Select(a => a.ActorId!).Distinct().ToList();
        var actors = await db.Practitioners.Where(p => actorIds.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, p => p.DisplayName, ct);
        return reads.Select(a => new Access(a, actors.GetValueOrDefault(a.ActorId!))).ToList();
    }

    public Task<List<PlanChange>> PlanChangesAsync(string runnerId, CancellationToken ct) =>
        db.PlanChanges.OwnedBy(runnerId).AsNoTracking().OrderByDescending(p => p.AtUtc).Take(PlanChangesShown).ToListAsync(ct);
}
