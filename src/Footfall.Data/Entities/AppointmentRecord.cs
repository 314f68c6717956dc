namespace Footfall.Data.Entities;

/// <summary>An appointment a runner has (booked with a clinician, or noted by the runner).</summary>
public class AppointmentRecord : IOwned
{
    public Guid Id { get; set; }

    public required string OwnerId { get; set; }

    public DateTime StartUtc { get; set; }

    public int DurationMinutes { get; set; }

    public required string Title { get; set; }

    public string? Location { get; set; }

    /// <summary>The iCalendar SEQUENCE: 0 when added, one more on every change that calendars must take (RFC 5545 §3.8.7.4).</summary>
    public int Sequence { get; set; }

    /// <summary>When the runner cancelled it; the calendar file then carries it as STATUS:CANCELLED so subscribed calendars drop it.</summary>
    public DateTime? CancelledAtUtc { get; set; }
}
