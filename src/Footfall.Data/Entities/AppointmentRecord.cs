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
}
