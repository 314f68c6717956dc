namespace Footfall.Data.Activities;

/// <summary>An imported activity whose figures cannot be trusted, so it is left out of load.</summary>
/// <param name="Id">The activity's id.</param>
/// <param name="Name">The file it came from.</param>
/// <param name="Reason">Why, in plain words (no health data).</param>
public sealed record LeftOutActivity(Guid Id, string Name, string Reason);
