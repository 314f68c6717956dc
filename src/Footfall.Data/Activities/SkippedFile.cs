namespace Footfall.Data.Activities;

/// <summary>A file the import left out, with a reason safe to show (never health data).</summary>
/// <param name="Name">The file's name.</param>
/// <param name="Reason">Why it was left out, e.g. the decoder's format error with its offset.</param>
public sealed record SkippedFile(string Name, string Reason);
