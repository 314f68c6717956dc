namespace Footfall.Data.Activities;

/// <summary>A damaged file of which the records before the damage were imported.</summary>
/// <param name="Name">The file's name.</param>
/// <param name="Note">What was kept and where the damage began, e.g. "Imported 14,391 records up to byte 403,437; the rest was damaged (...)".</param>
public sealed record PartialFile(string Name, string Note);
