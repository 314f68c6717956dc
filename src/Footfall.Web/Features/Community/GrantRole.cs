using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Data.Privacy;
using Footfall.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Community;

/// <summary>Use case for <c>footfall db grant-role</c>: gives an account the moderator or editor role, or takes it away; audited as the operator.</summary>
public static class GrantRole
{
    /// <param name="Email">The account's email address.</param>
    /// <param name="Role"><c>moderator</c> or <c>editor</c> (any case).</param>
    /// <param name="Revoke">True takes the role away.</param>
    public sealed record Request(string? Email, string? Role, bool Revoke = false);

    public sealed class Handler(FootfallDbContext db, AuditTrail audit)
    {
        /// <summary>Done with the role's name; refused naming the field for an unknown role or address.</summary>
        public async Task<Outcome<string>> HandleAsync(Request request, string actorId, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            var errors = new FieldErrors();
            var role = CommunityRoles.All.FirstOrDefault(r => string.Equals(r, request.Role?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (role is null)
            {
                errors.Add(nameof(Request.Role), $"'{request.Role}' is not a role; use moderator or editor.");
            }

            var user = string.IsNullOrWhiteSpace(request.Email) ? null : await AccountData.FindByEmailAsync(db, request.Email, cancellationToken);
            if (user is null)
            {
                errors.Add(nameof(Request.Email), $"No account has the email '{request.Email}'.");
            }

            if (errors.Count > 0)
            {
                return Outcome.Refused<string>(errors);
            }

            var normalized = role!.ToUpperInvariant();
            var stored = await db.Roles.SingleOrDefaultAsync(r => r.NormalizedName == normalized, cancellationToken);
            if (stored is null)
            {
                stored = new IdentityRole(role) { NormalizedName = normalized };
                db.Roles.Add(stored);
            }

            var holding = await db.UserRoles.SingleOrDefaultAsync(ur => ur.UserId == user!.Id && ur.RoleId == stored.Id, cancellationToken);
            if (request.Revoke && holding is not null)
            {
                db.UserRoles.Remove(holding);
            }
            else if (!request.Revoke && holding is null)
            {
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user!.Id, RoleId = stored.Id });
            }

            audit.Add(request.Revoke ? AuditActions.RoleRevoked : AuditActions.RoleGranted, user!.Id, actorId, detail: role);
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done(role);
        }
    }
}
