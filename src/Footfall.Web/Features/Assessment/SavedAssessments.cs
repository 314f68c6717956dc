using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Assessment;

/// <summary>The reads of a runner's saved assessments (the "my assessments" list and one saved assessment).
/// Owner-scoped: someone else's assessment is null, exactly like a missing one.</summary>
public sealed class SavedAssessments(FootfallDbContext db)
{
    /// <summary>How many the list shows, newest first.</summary>
    public const int ListSize = 100;

    public Task<List<SavedAssessment>> NewestAsync(Runner runner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        return db.Assessments.OwnedBy(runner.Id).AsNoTracking().OrderByDescending(a => a.CreatedAtUtc).Take(ListSize).ToListAsync(cancellationToken);
    }

    public Task<SavedAssessment?> FindAsync(Runner runner, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        return db.Assessments.OwnedBy(runner.Id).AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
    }
}
