using Footfall.Data.Entities;
using Footfall.Training;

namespace Footfall.Data.Activities;

/// <summary>Filters on stored activities that count in the runner's local days.</summary>
public static class ActivityQueries
{
    /// <summary>The activities that started on one of the range's local days.</summary>
    public static IQueryable<ActivityRecord> StartedWithin(this IQueryable<ActivityRecord> activities, LocalDateRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        if (range.StartUtc is { } start)
        {
            activities = activities.Where(a => a.StartUtc >= start);
        }

        if (range.EndUtc is { } end)
        {
            activities = activities.Where(a => a.StartUtc < end);
        }

        return activities;
    }
}
