using Footfall.Data;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.History;

/// <summary>One row of the history list.</summary>
public sealed record ActivityRow(
    Guid Id, DateTime StartUtc, string Sport, double DistanceMeters, double DurationSeconds, double? AverageHeartRateBpm,
    double? AverageCadenceSpm, string SourceName, Guid? ShoeId);

/// <summary>A page of the owner's activities, newest first, with the filters that produced it.</summary>
public sealed record ActivityPage(IReadOnlyList<ActivityRow> Items, int Page, int PageSize, int Total, IReadOnlyList<string> Sports)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The history list query shared by the page and <c>GET /api/v1/activities</c>: owner-scoped, filtered, paged.</summary>
public static class ActivityList
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    /// <param name="db">The database.</param>
    /// <param name="ownerId">Whose activities.</param>
    /// <param name="sport">Only this sport (stored name, e.g. <c>running</c>), or all when null or empty.</param>
    /// <param name="from">Only activities starting on or after this UTC date.</param>
    /// <param name="to">Only activities starting on or before this UTC date (inclusive).</param>
    /// <param name="page">1-based page number; clamped to 1 or more.</param>
    /// <param name="pageSize">Rows per page, 1 to <see cref="MaxPageSize"/>.</param>
    /// <param name="ct">Cancels the query.</param>
    public static async Task<ActivityPage> QueryAsync(
        FootfallDbContext db, string ownerId, string? sport, DateOnly? from, DateOnly? to, int page, int pageSize, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(1, page);
        var owned = db.Activities.OwnedBy(ownerId).AsNoTracking();
        var sports = await owned.Select(a => a.Sport).Distinct().OrderBy(s => s).ToListAsync(ct);
        var query = owned;
        if (!string.IsNullOrWhiteSpace(sport))
        {
            query = query.Where(a => a.Sport == sport);
        }

        if (from is { } f)
        {
            var start = f.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.StartUtc >= start);
        }

        if (to is { } t)
        {
            var end = t.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.StartUtc < end);
        }

        var total = await query.CountAsync(ct);
        var items = await query
            .OrderByDescending(a => a.StartUtc)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(a => new ActivityRow(
                a.Id, a.StartUtc, a.Sport, a.DistanceMeters, a.DurationSeconds, a.AverageHeartRateBpm, a.AverageCadenceSpm, a.SourceName, a.ShoeId))
            .ToListAsync(ct);
        return new ActivityPage(items, page, pageSize, total, sports);
    }
}
