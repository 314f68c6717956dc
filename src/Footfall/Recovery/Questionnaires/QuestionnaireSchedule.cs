namespace Footfall.Recovery.Questionnaires;

/// <summary>
/// Outcome questionnaires are offered every two to four weeks: often enough to see change, and not
/// more often than a change the size of the MCID can be expected (expert estimate; the MCIDs of FAAM and
/// LEFS were measured over about four weeks of care, Martin 2005, Binkley 1999).
/// </summary>
public static class QuestionnaireSchedule
{
    public const int EarliestDays = 14;
    public const int LatestDays = 28;

    /// <summary>The due window after the last completion; a first (baseline) questionnaire is due today.</summary>
    public static QuestionnaireDue Next(DateOnly? lastCompleted, DateOnly today)
    {
        if (lastCompleted is not { } last)
        {
            return new QuestionnaireDue(DueStatus.Due, today, today);
        }

        var from = last.AddDays(EarliestDays);
        var by = last.AddDays(LatestDays);
        var status = today < from ? DueStatus.NotYetDue : today <= by ? DueStatus.Due : DueStatus.Overdue;
        return new QuestionnaireDue(status, from, by);
    }
}
