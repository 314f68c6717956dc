using Footfall.Data;
using Footfall.Data.Activities;
using Footfall.Training;

namespace Footfall.Web.Features.History;

/// <summary>The reads of a runner's training load, shared by the load page, the shoes page and <c>/api/v1/training</c>:
/// the report of <see cref="TrainingReport.Compute"/> over the stored activities and shoes, in the runner's weeks.</summary>
public sealed class TrainingLoad(FootfallDbContext db)
{
    /// <summary>The full report (weekly table, ratios, monotony, shoes, gait, signals) up to <paramref name="today"/> in <paramref name="zone"/>.</summary>
    public Task<TrainingReport> ReportAsync(string ownerId, DateOnly today, TimeZoneInfo zone, DistanceUnit unit, CancellationToken ct) =>
        TrainingEvidence.ReportAsync(db, ownerId, today, zone, unit, ct);

    /// <summary>The findings the history supports for an assessment case (see <see cref="TrainingEvidence.ForOwnerAsync"/>).</summary>
    public Task<IReadOnlyList<DataFinding>> FindingsAsync(string ownerId, DateOnly today, TimeZoneInfo zone, CancellationToken ct) =>
        TrainingEvidence.ForOwnerAsync(db, ownerId, today, zone, DistanceUnit.Kilometres, ct);
}
