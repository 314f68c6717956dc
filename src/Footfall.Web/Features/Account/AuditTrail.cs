using System.Security.Claims;
using Footfall.Data;
using Footfall.Data.Entities;

namespace Footfall.Web.Features.Account;

/// <summary>
/// Writes <see cref="AuditEntry"/> rows: who (the signed-in user, or the operator named by
/// <see cref="OperatorActor"/>), whose account, what, from which address. Never health data.
/// </summary>
public sealed class AuditTrail(FootfallDbContext db, TimeProvider time, IHttpContextAccessor? http = null)
{
    /// <summary>The actor id of a command-line operator: <c>operator:</c> and the operating-system user name.</summary>
    public static string OperatorActor => $"operator:{Environment.UserName}";

    /// <summary>Adds an entry to the context without saving, for a caller that saves it with its own change.</summary>
    public AuditEntry Add(string action, string? subjectUserId, string? actorId = null, string? detail = null, string recordType = "Account", string? recordId = null)
    {
        var context = http?.HttpContext;
        var entry = new AuditEntry
        {
            AtUtc = time.GetUtcNow().UtcDateTime,
            ActorId = actorId ?? context?.User.FindFirstValue(ClaimTypes.NameIdentifier),
            SubjectUserId = subjectUserId,
            Action = action,
            RecordType = recordType,
            RecordId = recordId,
            Detail = detail is { Length: > 200 } ? detail[..200] : detail,
            IpAddress = context?.Connection.RemoteIpAddress?.ToString(),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>Adds an entry and saves it at once.</summary>
    public async Task RecordAsync(string action, string? subjectUserId, string? actorId = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        Add(action, subjectUserId, actorId, detail);
        await db.SaveChangesAsync(cancellationToken);
    }
}
