namespace Footfall.Data.Entities;

/// <summary>
/// A runner's appointment with a practitioner at a clinic. [StartUtc, BusyUntilUtc) is the time the
/// practitioner is taken (the appointment and its buffer); while <see cref="Status"/> is Booked no two
/// bookings of one practitioner may overlap there, which the database itself enforces.
/// </summary>
public class Booking : IOwned
{
    public Guid Id { get; set; }

    /// <summary>The runner.</summary>
    public required string OwnerId { get; set; }

    public Guid ClinicId { get; set; }

    public Guid PractitionerId { get; set; }

    public Guid AppointmentTypeId { get; set; }

    public DateTime StartUtc { get; set; }

    public DateTime EndUtc { get; set; }

    public DateTime BusyUntilUtc { get; set; }

    public BookingStatus Status { get; set; }

    /// <summary>The iCalendar SEQUENCE: 0 when booked, one more at every change and at cancellation.</summary>
    public int Sequence { get; set; }

    /// <summary>Who booked it: the runner, or the practitioner booking a follow-up.</summary>
    public required string BookedById { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? CancelledAtUtc { get; set; }
}
