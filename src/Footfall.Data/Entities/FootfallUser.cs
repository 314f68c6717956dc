using Microsoft.AspNetCore.Identity;

namespace Footfall.Data.Entities;

/// <summary>An account: a runner (and later a clinician). Identity holds the credentials.</summary>
public class FootfallUser : IdentityUser
{
    /// <summary>When the account was created (UTC).</summary>
    public DateTime CreatedAtUtc { get; set; }
}
