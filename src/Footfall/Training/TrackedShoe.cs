namespace Footfall.Training;

/// <summary>A pair of shoes as the shoe signals need it (the lead maps the stored shoe to this).</summary>
/// <param name="Id">The shoe's id, matched against <see cref="RunSummary.ShoeId"/>.</param>
/// <param name="Name">What the runner calls the pair.</param>
/// <param name="InitialDistanceMeters">Distance already on the shoe before Footfall tracked it, metres, 0 or more.</param>
/// <param name="StartedOn">When the shoe was first worn, if known.</param>
/// <param name="RetiredOn">When the shoe was retired; null while in use.</param>
public sealed record TrackedShoe(
    Guid Id, string Name, double InitialDistanceMeters = 0, DateOnly? StartedOn = null, DateOnly? RetiredOn = null);
