namespace Footfall.Recovery.Questionnaires;

/// <summary>How a questionnaire scale turns item answers into a score.</summary>
public enum ScoringMethod
{
    /// <summary>
    /// FAAM: sum of answered item scores ÷ (answered items × 4) × 100, a percentage 0-100; N/A items excluded
    /// (Martin RL et al. Foot Ankle Int 2005;26:968-83).
    /// </summary>
    PercentOfAnswered = 0,

    /// <summary>
    /// LEFS: sum of item scores, 0 to 4 × items (0-80 for 20 items); when a few items are missing the sum is
    /// prorated: sum ÷ answered × item count (Binkley JM et al. Phys Ther 1999;79:371-83 for the sum).
    /// </summary>
    SumProrated = 1,
}
