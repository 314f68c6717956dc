using Footfall.Care.Consent;
using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Care;

/// <summary>A runner shares parts of their record with a named practitioner or a whole clinic, until a date (default 90 days), and can revoke it.</summary>
public sealed class ShareRecord(FootfallDbContext db, CareAccess access, TimeProvider clock)
{
    /// <param name="PractitionerId">Share with this practitioner (or give <paramref name="ClinicId"/>).</param>
    /// <param name="ClinicId">Share with every practitioner of this clinic.</param>
    /// <param name="Scopes">What to share.</param>
    /// <param name="Days">For how many days, 1 to 730; default 90.</param>
    public sealed record Request(Guid? PractitionerId, Guid? ClinicId, ConsentScope Scopes, int? Days = null);

    public async Task<Outcome<ConsentGrant>> GrantAsync(string runnerId, Request request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        if ((request.PractitionerId is null) == (request.ClinicId is null))
        {
            errors.Add("practitionerId", "Share with one practitioner or one clinic.");
        }

        if ((request.Scopes & ConsentScope.All) == ConsentScope.None || (request.Scopes & ~ConsentScope.All) != 0)
        {
            errors.Add("scopes", "Choose at least one part of your record to share.");
        }

        var days = request.Days ?? (int)ConsentTerms.DefaultDuration.TotalDays;
        if (days < 1 || days > ConsentTerms.MaximumDuration.TotalDays)
        {
            errors.Add("days", "Share for 1 to 730 days.");
        }

        if (errors.Count > 0)
        {
            return Outcome<ConsentGrant>.Invalid(errors);
        }

        if (request.PractitionerId is { } practitionerId && (await db.Practitioners.FindAsync([practitionerId], ct) is null || (await access.ClinicsOfAsync(practitionerId, ct)).Count == 0))
        {
            return Outcome<ConsentGrant>.NotFound();
        }

        if (request.ClinicId is { } clinicId && await db.Clinics.FindAsync([clinicId], ct) is null)
        {
            return Outcome<ConsentGrant>.NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var grant = new ConsentGrant
        {
            Id = Guid.NewGuid(),
            OwnerId = runnerId,
            PractitionerId = request.PractitionerId,
            ClinicId = request.ClinicId,
            Scopes = (int)request.Scopes,
            GrantedAtUtc = now,
            ExpiresAtUtc = now.AddDays(days),
        };
        db.Consents.Add(grant);
        await db.SaveChangesAsync(ct);
        return Outcome<ConsentGrant>.Done(grant);
    }

    /// <summary>Revokes the runner's consent at once: the next clinician request after this one is refused.</summary>
    public async Task<Outcome<ConsentGrant>> RevokeAsync(string runnerId, Guid consentId, CancellationToken ct)
    {
        var grant = await db.Consents.FindOwnedAsync(consentId, runnerId, ct);
        if (grant is null)
        {
            return Outcome<ConsentGrant>.NotFound();
        }

        grant.RevokedAtUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return Outcome<ConsentGrant>.Done(grant);
    }

    public Task<List<ConsentGrant>> ListAsync(string runnerId, CancellationToken ct) =>
        db.Consents.OwnedBy(runnerId).OrderByDescending(c => c.GrantedAtUtc).ToListAsync(ct);
}
