namespace Footfall.Training;

/// <summary>
/// A finding for the assessment case that comes from imported data rather than from the runner's answers.
/// A bool finding sets <paramref name="Present"/>, a number finding sets <paramref name="Number"/>; when both
/// are null the data cannot support the finding either way, the description says why, and the finding should
/// be left out of the case (unknown).
/// </summary>
/// <param name="FindingId">A finding id from the case vocabulary (spec/vocabulary.yaml).</param>
/// <param name="Present">True or false for a bool finding; null when unknown or for a number finding.</param>
/// <param name="Number">The value of a number finding, within the vocabulary's range.</param>
/// <param name="Description">Where the value came from, in plain language, so the result can say which evidence came from data.</param>
public sealed record DataFinding(string FindingId, bool? Present, double? Number, string Description)
{
    /// <summary>True when the data supports a value (the finding belongs in the case).</summary>
    public bool IsKnown => Present is not null || Number is not null;
}
