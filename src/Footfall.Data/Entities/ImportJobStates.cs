namespace Footfall.Data.Entities;

/// <summary>The states of an <see cref="ImportJob"/>.</summary>
public static class ImportJobStates
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Finished = "finished";
    public const string Failed = "failed";
}
