using Footfall.Data;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.History;

/// <summary>
/// Use case: delete one of the runner's activities (with its track), called by the activity page and by
/// <c>DELETE /api/v1/activities/{id}</c>. Owner-scoped: someone else's activity is "not found". The load,
/// computed from the stored activities, no longer counts it; a later import of the same file adds it again.
/// </summary>
public sealed class DeleteActivity(FootfallDbContext db)
{
    /// <summary>True when the activity was the owner's and is deleted; false when there is no such activity.</summary>
    public async Task<bool> RunAsync(string ownerId, Guid activityId, CancellationToken ct)
    {
        var activity = await db.Activities.OwnedBy(ownerId).FirstOrDefaultAsync(a => a.Id == activityId, ct);
        if (activity is null)
        {
            return false;
        }

        db.Activities.Remove(activity);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
