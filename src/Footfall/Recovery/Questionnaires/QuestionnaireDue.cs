namespace Footfall.Recovery.Questionnaires;

/// <summary>When the next questionnaire is due: from <paramref name="From"/> to <paramref name="By"/> inclusive.</summary>
public sealed record QuestionnaireDue(DueStatus Status, DateOnly From, DateOnly By);
