namespace Footfall.Care.Booking;

/// <summary>
/// A clinic's wall clock: its IANA time zone, and the rules for turning a local date and time into real
/// instants. On the day clocks go forward some local times do not exist (the gap: one hour in London,
/// 30 minutes on Lord Howe Island); on the day they go back some happen twice. Hours and slots are laid
/// out per local date and converted here, so a daylight-saving day is neither shifted nor doubled.
/// </summary>
public sealed class ClinicClock
{
    private ClinicClock(TimeZoneInfo zone)
    {
        Zone = zone;
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>The IANA id, e.g. <c>America/Los_Angeles</c>.</summary>
    public string ZoneId => Zone.Id;

    /// <summary>The clock of an IANA zone; throws <see cref="ArgumentException"/> naming the id when it is unknown.</summary>
    public static ClinicClock ForZone(string ianaId)
    {
        if (!TryForZone(ianaId, out var clock))
        {
            throw new ArgumentException($"'{ianaId}' is not a known IANA time zone (for example Europe/London or America/Los_Angeles).", nameof(ianaId));
        }

        return clock;
    }

    public static bool TryForZone(string? ianaId, out ClinicClock clock)
    {
        clock = null!;
        if (string.IsNullOrWhiteSpace(ianaId) || ianaId.Length > 64 || (!ianaId.Contains('/', StringComparison.Ordinal) && ianaId != "UTC"))
        {
            return false;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(ianaId.Trim(), out var zone))
        {
            return false;
        }

        clock = new ClinicClock(zone);
        return true;
    }

    /// <summary>The clinic-local wall-clock time of an instant, with that instant's offset.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The clinic-local date of an instant.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>
    /// Every real instant at which the clinic's clock shows <paramref name="date"/> <paramref name="time"/>:
    /// none inside a daylight-saving gap, two in the repeated hour (earlier first), otherwise one.
    /// </summary>
    public IReadOnlyList<DateTimeOffset> Resolve(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            return [];
        }

        if (Zone.IsAmbiguousTime(local))
        {
            return Zone.GetAmbiguousTimeOffsets(local)
                .Select(offset => new DateTimeOffset(local, offset))
                .OrderBy(i => i.UtcDateTime)
                .ToList();
        }

        return [new DateTimeOffset(local, Zone.GetUtcOffset(local))];
    }

    /// <summary>
    /// Where a block of hours that starts at <paramref name="time"/> really starts: the earlier instant
    /// in a repeated hour, and the end of the gap for a time the clocks skip.
    /// </summary>
    public DateTimeOffset StartOf(DateOnly date, TimeOnly time)
    {
        var instants = Resolve(date, time);
        return instants.Count > 0 ? instants[0] : EndOfGap(date, time);
    }

    /// <summary>
    /// Where a block of hours that ends at <paramref name="time"/> really ends: the later instant in a
    /// repeated hour, and the end of the gap (the same instant as its start) for a skipped time.
    /// </summary>
    public DateTimeOffset EndOf(DateOnly date, TimeOnly time)
    {
        var instants = Resolve(date, time);
        return instants.Count > 0 ? instants[^1] : EndOfGap(date, time);
    }

    /// <summary>The instant the clock jumps forward over a skipped local time.</summary>
    private DateTimeOffset EndOfGap(DateOnly date, TimeOnly time)
    {
        // Zones move on whole minutes and no gap is longer than a day, so the first valid minute after
        // a skipped time is the first minute after the jump.
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        for (var minutes = 1; minutes <= 24 * 60; minutes++)
        {
            var later = local.AddMinutes(minutes);
            later = new DateTime(later.Year, later.Month, later.Day, later.Hour, later.Minute, 0, DateTimeKind.Unspecified);
            if (!Zone.IsInvalidTime(later))
            {
                return new DateTimeOffset(later, Zone.GetUtcOffset(later));
            }
        }

        throw new InvalidOperationException($"The time zone {Zone.Id} has a gap longer than a day at {local:yyyy-MM-dd HH:mm}.");
    }

    /// <summary>A sentence explaining why <paramref name="date"/> <paramref name="time"/> does not exist here, or null if it does.</summary>
    public string? DescribeGap(DateOnly date, TimeOnly time)
    {
        if (Resolve(date, time).Count > 0)
        {
            return null;
        }

        var jump = EndOfGap(date, time);
        return $"{time:HH\\:mm} on {date:d MMMM yyyy} does not exist in {ZoneId}: the clocks go forward to {jump:HH\\:mm} that night.";
    }
}
