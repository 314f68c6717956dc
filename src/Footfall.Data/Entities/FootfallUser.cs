using Microsoft.AspNetCore.Identity;

namespace Footfall.Data.Entities;

/// <summary>An account: a runner (and later a clinician). Identity holds the credentials.</summary>
public class FootfallUser : IdentityUser
{
    /// <summary>When the account was created (UTC).</summary>
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>
    /// The runner's time zone (an IANA id such as <c>Europe/Berlin</c>), which decides what "today" and a
    /// training week are; null means UTC.
    /// </summary>
    public string? TimeZoneId { get; set; }
}
