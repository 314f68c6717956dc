namespace Footfall.Recovery.Calendar;

/// <summary>A booked appointment as a calendar event (written in UTC).</summary>
/// <param name="Uid">Globally unique and stable, e.g. "appointment-{id}@footfall".</param>
/// <param name="Start">Start instant.</param>
/// <param name="End">End instant, after <paramref name="Start"/>.</param>
/// <param name="Summary">Event title.</param>
/// <param name="Location">Where, or null.</param>
/// <param name="Description">Event text, or null.</param>
/// <param name="RemindBefore">Alarm this long before the start; null for no alarm.</param>
/// <param name="Sequence">The revision (RFC 5545 SEQUENCE): 0 when made, higher after every change calendars must take.</param>
/// <param name="IsCancelled">Written as STATUS:CANCELLED without an alarm, so a calendar that imported it drops it.</param>
public sealed record Appointment(
    string Uid,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Summary,
    string? Location,
    string? Description,
    TimeSpan? RemindBefore,
    int Sequence = 0,
    bool IsCancelled = false);
