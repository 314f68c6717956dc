using Footfall.Data;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Account;

/// <summary>
/// The clean-up routine behind the retention rules (<see cref="RetentionPeriods"/>; OWASP ASVS 4.0 8.3.8):
/// ended sessions, never-confirmed accounts, lapsed clinic invitations, audit entries past their
/// retention and failed-sign-in counts a whole throttle window old are deleted. Meant to run on a schedule (hourly is plenty); running it twice does nothing more.
/// </summary>
public sealed class RecordRetention(FootfallDbContext db, SessionLimits sessions, RetentionPeriods periods, SignInThrottleOptions throttle, TimeProvider clock)
{
    /// <summary>What one purge deleted, by kind of record.</summary>
    public sealed record Purged(int Sessions, int UnconfirmedAccounts, int Invitations, int AuditEntries, int SignInCounts = 0);

    /// <summary>Deletes every record past its retention at the current time, then compacts the SQLite file.</summary>
    public async Task<Purged> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var idleSince = now - sessions.Idle;
        var signedInBefore = now - sessions.Absolute;
        var sessionCount = await db.Sessions
            .Where(s => s.LastSeenAtUtc < idleSince || s.CreatedAtUtc < signedInBefore)
            .ExecuteDeleteAsync(cancellationToken);

        // Never confirmed, so never signed in: the account owns nothing but its row.
        var unconfirmedBefore = now - periods.UnconfirmedAccounts;
        var accountCount = await db.Users
            .Where(u => !u.EmailConfirmed && u.CreatedAtUtc < unconfirmedBefore)
            .ExecuteDeleteAsync(cancellationToken);

        var lapsedBefore = now - periods.ExpiredInvitations;
        var invitationCount = await db.ClinicInvitations
            .Where(i => i.AcceptedAtUtc == null && i.ExpiresAtUtc < lapsedBefore)
            .ExecuteDeleteAsync(cancellationToken);

        var auditBefore = now - (periods.AuditEntries > RetentionPeriods.MinimumAuditRetention ? periods.AuditEntries : RetentionPeriods.MinimumAuditRetention);
        var auditCount = await db.AuditEntries.Where(a => a.AtUtc < auditBefore).ExecuteDeleteAsync(cancellationToken);

        // A failed-sign-in count a whole window old no longer delays anyone.
        var countsBefore = (now - throttle.Window).Ticks;
        var signInCount = await db.SignInFailures.Where(c => c.LastFailureTicks < countsBefore).ExecuteDeleteAsync(cancellationToken);

        if (accountCount + invitationCount + auditCount > 0)
        {
            await DatabaseErasure.CompactAsync(db, cancellationToken);
        }

        return new Purged(sessionCount, accountCount, invitationCount, auditCount, signInCount);
    }
}
