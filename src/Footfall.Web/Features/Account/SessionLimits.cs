namespace Footfall.Web.Features.Account;

/// <summary>
/// How long a session lasts (<c>Security:Sessions</c>): it ends after <see cref="Idle"/> without a request
/// and <see cref="Absolute"/> after sign-in, whatever happens (OWASP ASVS 4.0 3.3.2, level 2).
/// </summary>
public sealed class SessionLimits
{
    public const string SectionName = "Security:Sessions";

    /// <summary>Default 30 minutes.</summary>
    public TimeSpan Idle { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Default 12 hours.</summary>
    public TimeSpan Absolute { get; set; } = TimeSpan.FromHours(12);
}
