namespace Footfall.Learning;

/// <summary>A part of the running class (warm-up, mobility, foot, calf, hip, trunk).</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Name">Heading.</param>
/// <param name="Items">The exercises, in order.</param>
public sealed record ClassSection(string Id, string Name, IReadOnlyList<ClassItem> Items);
