namespace Footfall.Learning;

/// <summary>One camera view of the running-form self-check and what to look for in it.</summary>
/// <param name="Id">Stable id (<c>side</c>, <c>behind</c>).</param>
/// <param name="Name">Heading.</param>
/// <param name="LookFor">What to look for, in plain words.</param>
/// <param name="Sources">Source ids.</param>
public sealed record FormView(string Id, string Name, IReadOnlyList<string> LookFor, IReadOnlyList<string> Sources);
