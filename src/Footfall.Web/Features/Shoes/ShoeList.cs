using Footfall.Data;
using Footfall.Data.Activities;
using Footfall.Data.Entities;
using Footfall.Training;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Shoes;

/// <summary>The reads of a runner's shoes: the list, and the mileage report the shoes page shows.</summary>
public sealed class ShoeList(FootfallDbContext db, TimeProvider clock)
{
    /// <param name="Mileage">Shoes in use first, most worn first.</param>
    /// <param name="UnassignedRuns">Runs without a shoe.</param>
    public sealed record Report(IReadOnlyList<ShoeMileage> Mileage, int UnassignedRuns);

    public Task<List<Shoe>> AllAsync(Runner runner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        return db.Shoes.OwnedBy(runner.Id).AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
    }

    public Task<Shoe?> FindAsync(Runner runner, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        return db.Shoes.OwnedBy(runner.Id).AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    public async Task<Report> MileageAsync(Runner runner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        // Only the mileage, not the whole training report (a daily series since the first run).
        var history = TrainingHistory.FromRuns(await TrainingEvidence.LoadRunsAsync(db, runner.Id, cancellationToken), runner.Zone);
        var shoes = await TrainingEvidence.LoadShoesAsync(db, runner.Id, cancellationToken);
        return new Report(
            ShoeMileage.Compute(shoes, history, runner.Today(clock)).OrderBy(s => s.IsRetired).ThenByDescending(s => s.Total.Meters).ToList(),
            history.Runs.Count(r => r.ShoeId is null));
    }
}
