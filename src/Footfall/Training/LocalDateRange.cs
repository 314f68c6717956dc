namespace Footfall.Training;

/// <summary>
/// Calendar days in a runner's time zone, from <see cref="From"/> to <see cref="To"/> inclusive (either
/// end may be open), and the UTC instants that bound them. The one place where "these local days"
/// becomes a filter on stored UTC instants, so a run at 23:30 local counts on the day the runner saw.
/// </summary>
/// <param name="From">The first local day, or null for no lower bound.</param>
/// <param name="To">The last local day (inclusive), or null for no upper bound.</param>
/// <param name="Zone">The runner's time zone.</param>
public sealed record LocalDateRange(DateOnly? From, DateOnly? To, TimeZoneInfo Zone)
{
    /// <summary>The first instant of <see cref="From"/> in UTC (inclusive), or null when open.</summary>
    public DateTime? StartUtc => From is { } from ? UtcOf(from, TimeOnly.MinValue, Zone) : null;

    /// <summary>The first instant after <see cref="To"/> in UTC (exclusive), or null when open.</summary>
    public DateTime? EndUtc => To is { } to ? UtcOf(to.AddDays(1), TimeOnly.MinValue, Zone) : null;

    /// <summary>True when the instant falls on one of the range's local days.</summary>
    public bool Contains(DateTime utc) =>
        (StartUtc is not { } start || utc >= start) && (EndUtc is not { } end || utc < end);

    /// <summary>
    /// The UTC instant of a wall-clock time on a local day. A time the clocks skip (spring forward)
    /// is read with the offset before the change, so it lands just after the gap, as a clock set by
    /// hand would; a time that happens twice (fall back) is its first occurrence.
    /// </summary>
    public static DateTime UtcOf(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            offset = zone.GetUtcOffset(local.AddHours(-3));
        }
        else if (zone.IsAmbiguousTime(local))
        {
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }

        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }
}
