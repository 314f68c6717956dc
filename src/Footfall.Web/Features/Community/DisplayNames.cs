using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Community;

/// <summary>Checks and stores a community display name: 2 to 40 letters, digits, spaces and <c>- _ .</c>, unique ignoring case, not an email address.</summary>
internal static class DisplayNames
{
    public static async Task<CommunityProfile?> CreateAsync(FootfallDbContext db, string userId, string? name, FieldErrors errors, string field, DateTime now, CancellationToken cancellationToken)
    {
        var trimmed = string.Join(' ', (name ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (trimmed.Length < CommunityLimits.DisplayNameMin || trimmed.Length > CommunityLimits.DisplayNameMax
            || !trimmed.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.'))
        {
            errors.Add(field, $"Choose a display name of {CommunityLimits.DisplayNameMin} to {CommunityLimits.DisplayNameMax} letters, digits, spaces, hyphens or dots. It is shown with your posts; your email never is.");
            return null;
        }

        var normalized = trimmed.ToUpperInvariant();
        if (await db.CommunityProfiles.AnyAsync(p => p.NormalizedName == normalized, cancellationToken))
        {
            errors.Add(field, $"Someone already posts as '{trimmed}'; choose another name.");
            return null;
        }

        var profile = new CommunityProfile { UserId = userId, DisplayName = trimmed, NormalizedName = normalized, CreatedAtUtc = now };
        db.CommunityProfiles.Add(profile);
        return profile;
    }
}
