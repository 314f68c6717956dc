using System.Globalization;

namespace Footfall.Recovery.Questionnaires;

/// <summary>
/// A scored scale of a questionnaire (FAAM ADL, FAAM Sports, LEFS) with its item texts from
/// knowledge/recovery/questionnaires.yaml and its minimal clinically important difference.
/// </summary>
/// <param name="Id">faam_adl, faam_sports, lefs.</param>
/// <param name="Name">Display name.</param>
/// <param name="Method">How the score is computed.</param>
/// <param name="MinAnswered">Fewest answered items for a valid score (FAAM ADL 19 of 21, Sports 7 of 8; LEFS 16 of 20).</param>
/// <param name="ScoringSource">Source of the scoring and answered-item rule.</param>
/// <param name="Mcid">Minimal clinically important difference in score units (FAAM ADL 8, Sports 9, LEFS 9).</param>
/// <param name="McidSource">Source of the MCID.</param>
/// <param name="Items">Item texts in order; answers are given in the same order.</param>
public sealed record QuestionnaireScale(
    string Id,
    string Name,
    ScoringMethod Method,
    int MinAnswered,
    string ScoringSource,
    double Mcid,
    string McidSource,
    IReadOnlyList<string> Items)
{
    /// <summary>Highest score of one item.</summary>
    public const int ItemMax = 4;

    public double MaxScore => Method == ScoringMethod.PercentOfAnswered ? 100 : ItemMax * Items.Count;

    /// <summary>
    /// Scores the answers, one per item in item order: 0-4, or null for N/A or not answered
    /// (both are left out of the sum and the count).
    /// </summary>
    /// <exception cref="ArgumentException">The number of answers is not the number of items.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is outside 0-4.</exception>
    public ScaleScore Score(IReadOnlyList<int?> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count != Items.Count)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{Name} has {Items.Count} items; {answers.Count} answers were given."),
                nameof(answers));
        }

        var answered = 0;
        var sum = 0;
        for (var i = 0; i < answers.Count; i++)
        {
            if (answers[i] is not { } value)
            {
                continue;
            }

            if (value is < 0 or > ItemMax)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(answers), value, string.Create(CultureInfo.InvariantCulture, $"Item {i + 1} of {Name} must be 0 to {ItemMax}."));
            }

            answered++;
            sum += value;
        }

        if (answered < MinAnswered)
        {
            var reason = answered == 0
                ? "No item was answered."
                : string.Create(CultureInfo.InvariantCulture, $"Only {answered} of {Items.Count} items were answered; at least {MinAnswered} are needed.");
            return new ScaleScore(Id, null, MaxScore, answered, Items.Count, reason);
        }

        double score = Method switch
        {
            ScoringMethod.PercentOfAnswered => sum * 100.0 / (answered * ItemMax),
            ScoringMethod.SumProrated => answered == Items.Count ? sum : sum * (double)Items.Count / answered,
            _ => throw new InvalidOperationException("Unknown scoring method."),
        };
        return new ScaleScore(Id, score, MaxScore, answered, Items.Count, null);
    }

    /// <summary>Compares two scores of this scale against its MCID.</summary>
    public ScoreChange Compare(double before, double after) => ScoreChange.Between(before, after, Mcid);
}
