using Footfall.Data;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Community;

/// <summary>
/// The two community roles, held as ASP.NET Core Identity roles (AspNetRoles, AspNetUserRoles) and read
/// from the database on every request (never from the cookie, so a revoked role counts at once).
/// Nobody has one by default: an operator grants it with <c>footfall db grant-role --user EMAIL --role moderator|editor</c>
/// (<see cref="GrantRole"/>), which the audit trail records.
/// </summary>
public sealed class CommunityRoles(FootfallDbContext db)
{
    /// <summary>Hides and restores posts, works the moderation queue.</summary>
    public const string Moderator = "Moderator";

    /// <summary>Writes and sends newsletter issues.</summary>
    public const string Editor = "Editor";

    public static IReadOnlyList<string> All { get; } = [Moderator, Editor];

    public Task<bool> IsModeratorAsync(string? userId, CancellationToken cancellationToken) => HasAsync(userId, Moderator, cancellationToken);

    public Task<bool> IsEditorAsync(string? userId, CancellationToken cancellationToken) => HasAsync(userId, Editor, cancellationToken);

    private async Task<bool> HasAsync(string? userId, string role, CancellationToken cancellationToken)
    {
        if (userId is null)
        {
            return false;
        }

        var normalized = role.ToUpperInvariant();
        return await (from ur in db.UserRoles
                      join r in db.Roles on ur.RoleId equals r.Id
                      where ur.UserId == userId && r.NormalizedName == normalized
                      select ur).AnyAsync(cancellationToken);
    }
}
