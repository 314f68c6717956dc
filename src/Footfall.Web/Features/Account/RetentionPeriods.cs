namespace Footfall.Web.Features.Account;

/// <summary>
/// How long Footfall keeps records that no longer serve their purpose (<c>Security:Retention</c>; OWASP
/// ASVS 4.0 8.3.8). <see cref="RecordRetention.PurgeExpiredAsync"/> deletes what is older. Sessions go as
/// soon as they have ended (<see cref="SessionLimits"/>); the runner's own health records stay until the
/// runner deletes them or the account.
/// </summary>
public sealed class RetentionPeriods
{
    public const string SectionName = "Security:Retention";

    /// <summary>
    /// The shortest audit retention the database allows: its triggers refuse to delete an audit entry
    /// younger than this (2,192 days, six years: the retention HIPAA 45 CFR 164.316(b)(2) asks of
    /// security documentation). A configured <see cref="AuditEntries"/> below it is raised to it.
    /// </summary>
    public static readonly TimeSpan MinimumAuditRetention = TimeSpan.FromDays(2192);

    /// <summary>An account whose email was never confirmed is deleted this long after sign-up (the link lives 24 hours). Default 7 days.</summary>
    public TimeSpan UnconfirmedAccounts { get; set; } = TimeSpan.FromDays(7);

    /// <summary>A clinic invitation that was not accepted is deleted this long after it expired. Default 30 days.</summary>
    public TimeSpan ExpiredInvitations { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Audit entries are deleted this long after they were written. Default, and minimum, <see cref="MinimumAuditRetention"/>.</summary>
    public TimeSpan AuditEntries { get; set; } = MinimumAuditRetention;
}
