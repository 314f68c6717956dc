using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Account;

/// <summary>
/// Where a runner is signed in, and the use cases that end sessions (OWASP ASVS 4.0 3.3.4): the sessions
/// page, and the password change, password reset and two-factor changes that sign out everywhere else.
/// Owner-scoped: a session id of someone else's ends nothing.
/// </summary>
public sealed class SignedInSessions(FootfallDbContext db, AuditTrail audit)
{
    /// <summary>The runner's sessions, <paramref name="currentId"/> first, then the most recently used.</summary>
    public Task<List<UserSession>> ListAsync(string ownerId, string? currentId, CancellationToken cancellationToken) =>
        db.Sessions.AsNoTracking().Where(s => s.UserId == ownerId)
            .OrderByDescending(s => s.Id == currentId).ThenByDescending(s => s.LastSeenAtUtc)
            .ToListAsync(cancellationToken);

    /// <summary>Ends every session of the runner except <paramref name="keepSessionId"/> (none kept when null),
    /// without an audit entry (the caller records the change that asked for it); returns how many ended.</summary>
    public Task<int> EndAllAsync(string ownerId, string? keepSessionId, CancellationToken cancellationToken) =>
        Sessions.EndAllAsync(db, ownerId, keepSessionId, cancellationToken);

    /// <summary>"Sign out everywhere else": ends every other session and audits it; returns how many ended.</summary>
    public async Task<int> EndOthersAsync(string ownerId, string? currentId, CancellationToken cancellationToken)
    {
        var ended = await Sessions.EndAllAsync(db, ownerId, keepSessionId: currentId, cancellationToken);
        await audit.RecordAsync(AuditActions.SessionsRevoked, ownerId, detail: $"{ended} other session(s)", cancellationToken: cancellationToken);
        return ended;
    }

    /// <summary>Ends one other session of the runner's (never the current one) and audits it; false when it had already ended.</summary>
    public async Task<bool> EndOneAsync(string ownerId, string sessionId, string? currentId, CancellationToken cancellationToken)
    {
        var ended = await db.Sessions.Where(s => s.UserId == ownerId && s.Id == sessionId && s.Id != currentId).ExecuteDeleteAsync(cancellationToken);
        if (ended > 0)
        {
            await audit.RecordAsync(AuditActions.SessionsRevoked, ownerId, detail: "1 other session", cancellationToken: cancellationToken);
        }

        return ended > 0;
    }
}
