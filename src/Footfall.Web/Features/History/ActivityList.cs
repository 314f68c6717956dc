using Footfall.Activities;
using Footfall.Data;
using Footfall.Data.Activities;
using Footfall.Training;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.History;

/// <summary>The history list query shared by the page and <c>GET /api/v1/activities</c>: owner-scoped, filtered, paged.</summary>
public sealed class ActivityList(FootfallDbContext db)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    /// <param name="ownerId">Whose activities.</param>
    /// <param name="sport">Only this sport (its code, e.g. <c>running</c>), or all when null or empty.</param>
    /// <param name="from">Only activities starting on or after this date in the runner's zone.</param>
    /// <param name="to">Only activities starting on or before this date in the runner's zone (inclusive).</param>
    /// <param name="zone">The runner's time zone, which the dates are counted in.</param>
    /// <param name="page">1-based page number; clamped to 1 or more.</param>
    /// <param name="pageSize">Rows per page, 1 to <see cref="MaxPageSize"/>.</param>
    /// <param name="ct">Cancels the query.</param>
    public async Task<ActivityPage> QueryAsync(
        string ownerId, string? sport, DateOnly? from, DateOnly? to, TimeZoneInfo zone, int page, int pageSize, CancellationToken ct)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(1, page);
        var owned = db.Activities.OwnedBy(ownerId).AsNoTracking();
        var sports = await owned.Select(a => a.Sport).Distinct().ToListAsync(ct);
        var query = owned;
        if (!string.IsNullOrWhiteSpace(sport))
        {
            var wanted = SportExtensions.FromCode(sport.Trim().ToLowerInvariant());
            query = query.Where(a => a.Sport == wanted);
        }

        query = query.StartedWithin(new LocalDateRange(from, to, zone));
        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderByDescending(a => a.StartUtc)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(a => new { a.Id, a.StartUtc, a.Sport, a.DistanceMeters, a.DurationSeconds, a.AverageHeartRateBpm, a.AverageCadenceSpm, a.SourceName, a.ShoeId, a.SampleCount, a.TimedSampleCount })
            .ToListAsync(ct);
        var items = rows.Select(a => new ActivityRow(
                a.Id, a.StartUtc, a.Sport, a.DistanceMeters, a.DurationSeconds, a.AverageHeartRateBpm, a.AverageCadenceSpm, a.SourceName, a.ShoeId,
                ActivitySanity.Check(a.Sport, a.DistanceMeters, TimeSpan.FromSeconds(a.DurationSeconds), a.SampleCount, a.TimedSampleCount)))
            .ToList();
        return new ActivityPage(items, page, pageSize, total, sports.OrderBy(s => s.Code(), StringComparer.Ordinal).ToList());
    }
}
