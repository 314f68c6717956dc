namespace Footfall.Data.Entities;

/// <summary>A pair of running shoes a runner tracks mileage on.</summary>
public class Shoe : IOwned
{
    public Guid Id { get; set; }

    public required string OwnerId { get; set; }

    /// <summary>What the runner calls the pair, e.g. "Pegasus 40 (blue)". 1 to 100 characters.</summary>
    public required string Name { get; set; }

    /// <summary>Distance already on the shoe before Footfall tracked it, in metres.</summary>
    public double InitialDistanceMeters { get; set; }

    /// <summary>When the shoe was first worn, if known.</summary>
    public DateOnly? StartedOn { get; set; }

    /// <summary>When the shoe was retired; null while in use.</summary>
    public DateOnly? RetiredOn { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
