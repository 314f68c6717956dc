using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.History;

/// <summary>The read of one activity with its chart track, shared by the activity page and <c>GET /api/v1/activities/{id}</c>.
/// Owner-scoped: someone else's activity is null, exactly like a missing one.</summary>
public sealed class ActivityDetail(FootfallDbContext db)
{
    public Task<ActivityRecord?> FindAsync(string ownerId, Guid activityId, CancellationToken ct) =>
        db.Activities.OwnedBy(ownerId).AsNoTracking().Include(a => a.Track).FirstOrDefaultAsync(a => a.Id == activityId, ct);
}
