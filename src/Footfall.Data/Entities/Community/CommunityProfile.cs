namespace Footfall.Data.Entities;

/// <summary>
/// The name an account shows on the community Q&amp;A: chosen by its owner, never their email. One per
/// account, made the first time they post; deleted with the account.
/// </summary>
public class CommunityProfile
{
    /// <summary>The account (primary key).</summary>
    public required string UserId { get; set; }

    /// <summary>The public name, 2 to 40 characters, unique ignoring case (see <see cref="NormalizedName"/>).</summary>
    public required string DisplayName { get; set; }

    /// <summary><see cref="DisplayName"/> upper-cased, so "Sam" and "sam" cannot both exist.</summary>
    public required string NormalizedName { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
