namespace Footfall.Assessment;

/// <summary>What one step of an interview did.</summary>
public enum InterviewStepKind
{
    /// <summary>Answered a question or a checklist screen.</summary>
    Answer,

    /// <summary>Acknowledged a warning screen and went on with the questions.</summary>
    Acknowledge,

    /// <summary>Asked to see the result now.</summary>
    Finish,
}
