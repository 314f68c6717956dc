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

    /// <summary>The unit the runner reads and enters distances in; kilometres until they choose.</summary>
    public Footfall.Training.DistanceUnit DistanceUnit { get; set; }

    /// <summary>
    /// The 30-second TOTP time step (RFC 6238) of the last authenticator code accepted, so the same code
    /// cannot be used twice; null before the first.
    /// </summary>
    public long? LastTotpTimeStep { get; set; }
}
