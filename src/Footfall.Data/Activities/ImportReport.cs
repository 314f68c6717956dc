namespace Footfall.Data.Activities;

/// <summary>What an import did.</summary>
/// <param name="Imported">Activities added.</param>
/// <param name="Duplicates">Activities already stored (same content, or same sport and start time), left as they were.</param>
/// <param name="Skipped">Files left out, each with its reason.</param>
/// <param name="ShoesCreated">Shoes created from export gear names.</param>
/// <param name="ImportedIds">Ids of the activities added, in import order.</param>
/// <param name="Partial">Files that were damaged and imported up to the damage, each with what was kept; never silent.</param>
/// <param name="LeftOut">Activities imported whose figures cannot be trusted (<see cref="Footfall.Activities.ActivitySanity"/>),
/// kept but left out of load, each with the reason.</param>
public sealed record ImportReport(
    int Imported,
    int Duplicates,
    IReadOnlyList<SkippedFile> Skipped,
    int ShoesCreated,
    IReadOnlyList<Guid> ImportedIds,
    IReadOnlyList<PartialFile> Partial,
    IReadOnlyList<LeftOutActivity> LeftOut);
