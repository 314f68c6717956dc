namespace Footfall.Recovery.Questionnaires;

/// <summary>An outcome questionnaire (FAAM, LEFS) as knowledge/recovery/questionnaires.yaml gives it.</summary>
/// <param name="Id">faam or lefs.</param>
/// <param name="Name">Display name.</param>
/// <param name="Citation">The publication that defines it.</param>
/// <param name="Licence">Terms of use as found.</param>
/// <param name="Instructions">What the runner is asked before the items.</param>
/// <param name="Responses">Answer options, best first.</param>
/// <param name="Scales">Its scored scales (FAAM: ADL and Sports; LEFS: one).</param>
public sealed record Questionnaire(
    string Id,
    string Name,
    string Citation,
    string Licence,
    string Instructions,
    IReadOnlyList<ResponseOption> Responses,
    IReadOnlyList<QuestionnaireScale> Scales)
{
    public QuestionnaireScale Scale(string id) =>
        Scales.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"{Name} has no scale '{id}'.");

    /// <summary>True when an N/A option is offered (FAAM); LEFS has none.</summary>
    public bool AllowsNotApplicable => Responses.Any(r => r.Value is null);
}
