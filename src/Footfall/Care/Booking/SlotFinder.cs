namespace Footfall.Care.Booking;

/// <summary>
/// Free start times, laid out per clinic-local date: each block of weekly hours is placed on the local
/// date and converted to real instants through <see cref="ClinicClock"/> (so the slots of a
/// daylight-saving day keep their wall-clock times, a time the clocks skip is never offered and a
/// repeated time is offered once per real instant), then blocked time, bookings with their buffers,
/// the minimum notice and the horizon are taken away. Slot generation per local date follows
/// cal.com's fix for slots shifting after a DST change (calcom PR #20095).
/// </summary>
public static class SlotFinder
{
    /// <summary>The free slots of the query, earliest first.</summary>
    public static IReadOnlyList<Slot> FreeSlots(SlotQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var slots = new List<Slot>();
        if (query.LastDay < query.FirstDay || query.Hours.Count == 0)
        {
            return slots;
        }

        var busy = BusyIndex.Of(query.Busy);
        var earliest = query.Now + query.Policy.MinimumNotice;
        var latest = query.Now + query.Policy.Horizon;
        for (var date = query.FirstDay; date <= query.LastDay; date = date.AddDays(1))
        {
            var blocked = BlockedOn(query, date);
            foreach (var hours in query.Hours.Where(h => h.Day == date.DayOfWeek).OrderBy(h => h.Start))
            {
                var windowStart = query.Clock.StartOf(date, hours.Start);
                var windowEnd = query.Clock.EndOf(date, hours.End);
                foreach (var start in Candidates(query, date, hours))
                {
                    var end = start + query.Type.Duration;
                    if (start < windowStart || end > windowEnd || start < earliest || start > latest)
                    {
                        continue;
                    }

                    if (blocked.Exists(b => b.Overlaps(start, end)) || busy.Overlaps(start, start + query.Type.Busy))
                    {
                        continue;
                    }

                    slots.Add(new Slot(start, end, query.Clock.ToLocal(start)));
                }
            }
        }

        return slots.OrderBy(s => s.Start.UtcDateTime).DistinctBy(s => s.Start.UtcDateTime).ToList();
    }

    /// <summary>
    /// Null when <paramref name="start"/> is one of the free slots; otherwise the first reason it is not,
    /// in the order a runner would want to hear them.
    /// </summary>
    public static BookingRefusal? Check(SlotQuery query, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(query);
        var type = query.Type;
        if (start < query.Now)
        {
            return new(BookingRefusalReason.InThePast, "That time has already passed; choose a later one.");
        }

        if (start < query.Now + query.Policy.MinimumNotice)
        {
            return new(BookingRefusalReason.TooLittleNotice, $"Online bookings need at least {Describe(query.Policy.MinimumNotice)} notice; choose a later time or call the clinic.");
        }

        if (start > query.Now + query.Policy.Horizon)
        {
            return new(BookingRefusalReason.BeyondHorizon, $"Bookings open at most {Describe(query.Policy.Horizon)} ahead; choose an earlier date.");
        }

        var date = query.Clock.LocalDate(start);
        var day = query with { FirstDay = date, LastDay = date };
        if (FreeSlots(day).Any(s => s.Start == start))
        {
            return null;
        }

        var end = start + type.Duration;
        var windows = query.Hours.Where(h => h.Day == date.DayOfWeek)
            .Select(h => (Start: query.Clock.StartOf(date, h.Start), End: query.Clock.EndOf(date, h.End)))
            .ToList();
        var containing = windows.Where(w => w.Start <= start && start < w.End).ToList();
        if (containing.Count == 0)
        {
            return new(BookingRefusalReason.OutsideHours, "The practitioner does not work at that time; choose one of the times offered.");
        }

        if (BlockedOn(query, date).Exists(b => b.Overlaps(start, end)))
        {
            return new(BookingRefusalReason.Blocked, "The practitioner is not available then (the clinic has blocked that time).");
        }

        if (BusyIndex.Of(query.Busy).Overlaps(start, start + type.Busy))
        {
            return new(BookingRefusalReason.Taken, "That time was just taken by another booking.");
        }

        var freeUntil = containing.Max(w => w.End);
        if (end > freeUntil)
        {
            return new(BookingRefusalReason.LongerThanFreeTime, $"A {type.Name} takes {Describe(type.Duration)}, but only {Describe(freeUntil - start)} are free from then.");
        }

        return new(BookingRefusalReason.NotAnOfferedTime, $"Appointments start every {Describe(query.Policy.SlotStep)} from the start of the practitioner's hours; choose one of the times offered.");
    }

    private static IEnumerable<DateTimeOffset> Candidates(SlotQuery query, DateOnly date, WorkingHours hours)
    {
        var step = query.Policy.SlotStep;
        for (var offset = TimeSpan.Zero; hours.Start.ToTimeSpan() + offset < hours.End.ToTimeSpan(); offset += step)
        {
            var time = hours.Start.Add(offset);
            foreach (var instant in query.Clock.Resolve(date, time))
            {
                yield return instant;
            }
        }
    }

    private static List<BusyTime> BlockedOn(SlotQuery query, DateOnly date)
    {
        var blocked = new List<BusyTime>();
        foreach (var block in query.Blocks)
        {
            if (date < block.FirstDay || date > block.LastDay)
            {
                continue;
            }

            var start = query.Clock.StartOf(date, block.From ?? TimeOnly.MinValue);
            var end = block.To is { } to ? query.Clock.EndOf(date, to) : query.Clock.StartOf(date.AddDays(1), TimeOnly.MinValue);
            blocked.Add(new BusyTime(start, end));
        }

        return blocked;
    }

    internal static string Describe(TimeSpan span) => span switch
    {
        { TotalDays: >= 2 } when span.TotalDays % 1 == 0 => $"{span.TotalDays:0} days",
        { TotalHours: >= 1 } when span.TotalHours % 1 == 0 => span.TotalHours == 1 ? "1 hour" : $"{span.TotalHours:0} hours",
        _ => $"{span.TotalMinutes:0} minutes",
    };
}
