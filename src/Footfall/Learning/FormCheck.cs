namespace Footfall.Learning;

/// <summary>The running-form self-check (knowledge/learning/checks.yaml <c>form_check</c>).</summary>
/// <param name="Filming">How to film yourself, step by step.</param>
/// <param name="Views">What to look for from the side and from behind.</param>
/// <param name="Cadence">What a change of step rate does.</param>
/// <param name="Sources">Source ids for the check as a whole.</param>
/// <param name="CadenceSources">Source ids behind <paramref name="Cadence"/>.</param>
public sealed record FormCheck(IReadOnlyList<string> Filming, IReadOnlyList<FormView> Views, string Cadence, IReadOnlyList<string> Sources, IReadOnlyList<string> CadenceSources);
