namespace Footfall.Recovery.Questionnaires;

/// <summary>Where a runner stands against the questionnaire schedule.</summary>
public enum DueStatus
{
    /// <summary>Completed less than two weeks ago.</summary>
    NotYetDue = 0,

    /// <summary>Never completed (a baseline is due) or within the two-to-four-week window.</summary>
    Due = 1,

    /// <summary>More than four weeks since the last one.</summary>
    Overdue = 2,
}
