namespace Footfall.Web.Features.Account;

/// <summary>
/// Growing delays after failed sign-ins (<c>Security:SignInThrottle</c>), instead of a lock a stranger
/// could set off: after <see cref="AccountFreeFailures"/> failures within <see cref="Window"/>, each further
/// attempt must wait 1, 2, 4 ... seconds, never more than <see cref="MaximumDelay"/>. With the defaults
/// an account takes at most about 65 wrong passwords an hour (OWASP ASVS 4.0 2.2.1 asks for at most 100).
/// </summary>
public sealed class SignInThrottleOptions
{
    public const string SectionName = "Security:SignInThrottle";

    /// <summary>Failures per account (known or not) before delays start. Default 3.</summary>
    public int AccountFreeFailures { get; set; } = 3;

    /// <summary>Failures per client address, over all accounts, before delays start. Default 10.</summary>
    public int AddressFreeFailures { get; set; } = 10;

    /// <summary>The longest wait. Default 60 seconds.</summary>
    public TimeSpan MaximumDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Failures older than this are forgotten. Default one hour.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(1);
}
