namespace Footfall.Data.Entities;

/// <summary>A kind of appointment a clinic offers, with its length and the buffer after it, in minutes.</summary>
public class AppointmentTypeEntry
{
    public Guid Id { get; set; }

    public Guid ClinicId { get; set; }

    public required string Name { get; set; }

    public int DurationMinutes { get; set; }

    public int BufferMinutes { get; set; }

    public bool Active { get; set; } = true;
}
