namespace Footfall.Data.Entities;

/// <summary>A runner waiting for a practitioner's time to free up; the first one waiting is offered a freed slot.</summary>
public class WaitlistEntry : IOwned
{
    public Guid Id { get; set; }

    public required string OwnerId { get; set; }

    public Guid ClinicId { get; set; }

    public Guid PractitionerId { get; set; }

    public Guid AppointmentTypeId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When a freed slot was offered, and which (null while still waiting).</summary>
    public DateTime? OfferedAtUtc { get; set; }

    public DateTime? OfferedStartUtc { get; set; }

    public bool Active { get; set; } = true;
}
