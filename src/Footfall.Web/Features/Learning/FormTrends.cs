using Footfall.Data;
using Footfall.Data.Activities;
using Footfall.Training;

namespace Footfall.Web.Features.Learning;

/// <summary>
/// What the form check shows next to its guidance: the runner's own cadence and stance-time balance
/// trends from imported runs (GaitTrend).
/// </summary>
public sealed class FormTrends(FootfallDbContext db, TimeProvider clock)
{
    /// <summary>The runner's gait: the most recent runs with a gait metric, oldest first.</summary>
    /// <param name="Recent">Up to <see cref="RecentRuns"/> runs, oldest first.</param>
    /// <param name="Runs">How many runs recorded cadence or balance.</param>
    public sealed record Gait(IReadOnlyList<GaitPoint> Recent, int Runs)
    {
        public const int RecentRuns = 12;

        public GaitPoint? Latest => Recent.Count > 0 ? Recent[^1] : null;

        /// <summary>Cadence trend of the latest run against the earliest shown, steps per minute; null without both.</summary>
        public double? CadenceChange =>
            Recent.FirstOrDefault(p => p.CadenceTrendSpm is not null)?.CadenceTrendSpm is { } first && Latest?.CadenceTrendSpm is { } last
                ? last - first
                : null;
    }

    public async Task<Gait> GaitAsync(Runner runner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        // Only the gait trend, not the whole training report (a daily series since the first run).
        var history = TrainingHistory.FromRuns(await TrainingEvidence.LoadRunsAsync(db, runner.Id, cancellationToken), runner.Zone);
        var gait = GaitTrend.Compute(history, runner.Today(clock));
        var recent = gait.Skip(Math.Max(0, gait.Count - Gait.RecentRuns)).ToList();
        return new Gait(recent, gait.Count);
    }
}
