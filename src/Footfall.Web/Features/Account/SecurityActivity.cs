using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Account;

/// <summary>The read of a runner's own audit trail: sign-ins, failures, changes, exports, and reads by others.</summary>
public sealed class SecurityActivity(FootfallDbContext db)
{
    /// <summary>How many entries the page shows, newest first.</summary>
    public const int PageSize = 100;

    public Task<List<AuditEntry>> NewestAsync(string ownerId, CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking().Where(e => e.SubjectUserId == ownerId)
            .OrderByDescending(e => e.Id).Take(PageSize).ToListAsync(cancellationToken);
}
