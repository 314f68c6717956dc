namespace Footfall.Data.Entities;

/// <summary>
/// One signed-in browser. The sign-in cookie carries <see cref="Id"/>; every request checks that the
/// row still exists and has not idled or aged out (OWASP ASVS 4.0 V3.3), so deleting the row signs
/// that browser out at once, wherever the cookie has been copied to.
/// </summary>
public class UserSession
{
    /// <summary>A random 128-bit id, hex; the cookie holds it, encrypted.</summary>
    public required string Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>When the runner signed in (UTC); the session ends 12 hours later whatever happens.</summary>
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The last request seen (UTC, kept to the minute); the session ends after 30 minutes without one.</summary>
    public DateTime LastSeenAtUtc { get; set; }

    /// <summary>A short description of the browser and system ("Firefox on Linux"), from the User-Agent.</summary>
    public string? Device { get; set; }

    /// <summary>The client address at sign-in (the forwarded one behind a known proxy).</summary>
    public string? IpAddress { get; set; }

    /// <summary>How the runner proved who they are: "password" or "password+totp" or "password+recovery-code".</summary>
    public required string Method { get; set; }
}
