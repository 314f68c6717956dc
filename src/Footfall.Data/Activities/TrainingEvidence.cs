using Footfall.Activities;
using Footfall.Data.Entities;
using Footfall.Training;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Data.Activities;

/// <summary>
/// Loads a runner's stored activities and shoes in the shapes the training signals take, and computes what
/// the assessment and the pages need from them. Every query is scoped to the owner.
/// </summary>
public static class TrainingEvidence
{
    /// <summary>
    /// The findings the runner's imported history supports for their assessment case
    /// (<see cref="TrainingFindings.Derive"/>: weekly_distance_change_pct, recent_mileage_increase, worn_shoes,
    /// new_to_running, in that order; unknown ones have <see cref="DataFinding.IsKnown"/> false and say why).
    /// </summary>
    /// <param name="db">The database.</param>
    /// <param name="ownerId">The runner's account id.</param>
    /// <param name="today">The assessment date in the runner's time zone.</param>
    /// <param name="zone">The runner's time zone.</param>
    /// <param name="unit">The runner's distance unit, for the distances in the descriptions.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public static async Task<IReadOnlyList<DataFinding>> ForOwnerAsync(
        FootfallDbContext db, string ownerId, DateOnly today, TimeZoneInfo zone, DistanceUnit unit, CancellationToken cancellationToken = default)
    {
        var runs = await LoadRunsAsync(db, ownerId, cancellationToken);
        var shoes = await LoadShoesAsync(db, ownerId, cancellationToken);
        var history = TrainingHistory.FromRuns(runs, zone);
        return TrainingFindings.Derive(history, shoes, today, unit: unit);
    }

    /// <summary>The full training report (weekly table, ratios, monotony, shoes, gait, signals, findings).</summary>
    public static async Task<TrainingReport> ReportAsync(
        FootfallDbContext db, string ownerId, DateOnly today, TimeZoneInfo zone, DistanceUnit unit, CancellationToken cancellationToken = default)
    {
        var runs = await LoadRunsAsync(db, ownerId, cancellationToken);
        var shoes = await LoadShoesAsync(db, ownerId, cancellationToken);
        return TrainingReport.Compute(runs, shoes, zone, today, unit: unit);
    }

    /// <summary>Every stored activity of the owner as a <see cref="RunSummary"/> (other sports included; the signals
    /// skip them), each with the reason it is left out of load when its figures cannot be believed (<see cref="ActivitySanity"/>).</summary>
    public static async Task<IReadOnlyList<RunSummary>> LoadRunsAsync(FootfallDbContext db, string ownerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Activities.OwnedBy(ownerId).AsNoTracking()
            .Select(a => new { a.Id, a.StartUtc, a.Sport, a.DistanceMeters, a.DurationSeconds, a.AverageCadenceSpm, a.StanceTimeBalanceLeftPercent, a.ShoeId, a.SampleCount, a.TimedSampleCount })
            .ToListAsync(cancellationToken);
        return rows
            .OrderBy(a => a.StartUtc)
            .Select(a => new RunSummary(
                a.Id,
                new DateTimeOffset(DateTime.SpecifyKind(a.StartUtc, DateTimeKind.Utc)),
                a.Sport,
                a.DistanceMeters,
                TimeSpan.FromSeconds(a.DurationSeconds),
                a.AverageCadenceSpm,
                a.StanceTimeBalanceLeftPercent,
                a.ShoeId,
                LeftOutReason: ActivitySanity.Check(a.Sport, a.DistanceMeters, TimeSpan.FromSeconds(a.DurationSeconds), a.SampleCount, a.TimedSampleCount)))
            .ToList();
    }

    /// <summary>Every shoe of the owner, retired ones included.</summary>
    public static async Task<IReadOnlyList<TrackedShoe>> LoadShoesAsync(FootfallDbContext db, string ownerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var shoes = await db.Shoes.OwnedBy(ownerId).AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        return shoes.Select(ToTracked).ToList();
    }

    private static TrackedShoe ToTracked(Shoe s) => new(s.Id, s.Name, s.InitialDistanceMeters, s.StartedOn, s.RetiredOn);
}
