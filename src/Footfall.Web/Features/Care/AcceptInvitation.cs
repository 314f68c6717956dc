using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Care;

/// <summary>
/// The invited practitioner accepts: only from an account whose email is the invited address, only
/// before the invitation expires, only once. This is the one way an account becomes a practitioner.
/// </summary>
public sealed class AcceptInvitation(FootfallDbContext db, TimeProvider clock)
{
    public sealed record Request(string? Token, string? DisplayName, string? Bio, IReadOnlyList<string>? ConditionsTreated);

    /// <summary>The pending invitation a token names, or null when it is unknown, used or expired.</summary>
    public async Task<(ClinicInvitation Invitation, Clinic Clinic)?> FindAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = InvitePractitioner.Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = await db.ClinicInvitations.SingleOrDefaultAsync(i => i.TokenHash == hash && i.AcceptedAtUtc == null && i.ExpiresAtUtc > now, ct);
        var clinic = invitation is null ? null : await db.Clinics.FindAsync([invitation.ClinicId], ct);
        return invitation is null || clinic is null ? null : (invitation, clinic);
    }

    public async Task<Outcome<PractitionerProfile>> RunAsync(string userId, string? userEmail, Request request, IReadOnlySet<string> knownConditions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(knownConditions);
        var found = await FindAsync(request.Token, ct);
        if (found is null)
        {
            return Outcome<PractitionerProfile>.Invalid("token", "This invitation link is unknown, already used or expired; ask the clinic for a new one.");
        }

        var (invitation, clinic) = found.Value;
        if (!string.Equals(invitation.Email, userEmail, StringComparison.OrdinalIgnoreCase))
        {
            return Outcome<PractitionerProfile>.Invalid("token", $"This invitation is for {invitation.Email}; sign in with that address to accept it.");
        }

        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request.DisplayName) || request.DisplayName.Trim().Length > 200)
        {
            errors.Add("displayName", "Give the name runners will see, 1 to 200 characters.");
        }

        if (request.Bio?.Length > 2000)
        {
            errors.Add("bio", "Keep the bio to 2,000 characters.");
        }

        var conditions = (request.ConditionsTreated ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Distinct().ToList();
        if (conditions.Find(c => !knownConditions.Contains(c)) is { } unknown)
        {
            errors.Add("conditionsTreated", $"'{unknown}' is not a condition Footfall knows.");
        }

        if (errors.Count > 0)
        {
            return Outcome<PractitionerProfile>.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var profile = await db.Practitioners.SingleOrDefaultAsync(p => p.UserId == userId, ct);
        if (profile is null)
        {
            profile = new PractitionerProfile { Id = Guid.NewGuid(), UserId = userId, DisplayName = string.Empty, CreatedAtUtc = now };
            db.Practitioners.Add(profile);
        }

        profile.DisplayName = request.DisplayName!.Trim();
        profile.Profession = invitation.Profession;
        profile.Bio = request.Bio?.Trim() ?? string.Empty;
        profile.ConditionsTreated = string.Join(',', conditions);
        var member = await db.ClinicMembers.SingleOrDefaultAsync(m => m.ClinicId == clinic.Id && m.UserId == userId && m.Role == ClinicRole.Practitioner, ct);
        if (member is null)
        {
            db.ClinicMembers.Add(new ClinicMember { Id = Guid.NewGuid(), ClinicId = clinic.Id, UserId = userId, Role = ClinicRole.Practitioner, JoinedAtUtc = now });
        }
        else
        {
            member.RemovedAtUtc = null;
            member.JoinedAtUtc = now;
        }

        invitation.AcceptedAtUtc = now;
        invitation.AcceptedById = userId;
        await db.SaveChangesAsync(ct);
        return Outcome<PractitionerProfile>.Done(profile);
    }
}
