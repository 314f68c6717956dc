namespace Footfall.Recovery.Questionnaires;

/// <summary>The score of one questionnaire scale, or why it could not be scored.</summary>
/// <param name="ScaleId">faam_adl, faam_sports, lefs.</param>
/// <param name="Score">The score (FAAM 0-100 %, LEFS 0-80 points); null when not scored.</param>
/// <param name="MaxScore">The best possible score (100 or 80).</param>
/// <param name="Answered">Items answered with a score (not N/A, not missing).</param>
/// <param name="ItemCount">Items on the scale.</param>
/// <param name="NotScoredReason">Plain-language reason when <paramref name="Score"/> is null.</param>
public sealed record ScaleScore(string ScaleId, double? Score, double MaxScore, int Answered, int ItemCount, string? NotScoredReason)
{
    public bool IsScored => Score is not null;
}
