namespace Footfall.Data.Entities;

/// <summary>One completed outcome questionnaire (FAAM or LEFS) with its scores.</summary>
public class QuestionnaireRecord : IOwned
{
    public Guid Id { get; set; }

    public required string OwnerId { get; set; }

    /// <summary>The questionnaire id, e.g. <c>faam</c> or <c>lefs</c>.</summary>
    public required string Instrument { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>Item answers as JSON (item id to the chosen value, N/A as null).</summary>
    public required string AnswersJson { get; set; }

    /// <summary>Scores per scale as JSON (scale id to score).</summary>
    public required string ScoresJson { get; set; }
}
