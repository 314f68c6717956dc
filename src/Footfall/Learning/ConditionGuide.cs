using Footfall.Assessment;
using Footfall.Assessment.Knowledge;
using Footfall.Recovery;

namespace Footfall.Learning;

/// <summary>
/// The guide to one condition, built at run time from the knowledge base (never a copy of it): what it
/// is, who gets it, the questions that point to it and away from it, its look-alikes and how to tell
/// them apart, self-tests, recovery phase by phase, the usual duration with its source, when to see
/// someone and the sources.
/// </summary>
/// <param name="Condition">The condition (conditions.yaml).</param>
/// <param name="Note">Who gets it, and the duration where no plan gives one (learning/guides.yaml).</param>
/// <param name="Urgency">How soon to be seen when it is likely (advice.yaml headline of its severity).</param>
/// <param name="PointsTo">Answers that make it more likely, most telling first.</param>
/// <param name="PointsAway">Answers that make it less likely, most telling first.</param>
/// <param name="LookAlikes">Conditions that hurt in much the same place, with how to tell them apart.</param>
/// <param name="SelfTests">Self-tests that help with it.</param>
/// <param name="Plan">Its recovery plan, or null.</param>
/// <param name="NoPlanReason">Why there is no self-management plan (emergencies), or null.</param>
/// <param name="Duration">How long it usually takes, in words.</param>
/// <param name="DurationSource">Where that comes from (or that it is an expert estimate).</param>
/// <param name="Advice">What to do now and when to see someone (advice.yaml).</param>
/// <param name="Warnings">Warning signs that make it urgent (red-flags.yaml).</param>
/// <param name="Citations">Every source the guide rests on, from sources.yaml.</param>
public sealed record ConditionGuide(
    ConditionDefinition Condition,
    GuideNote Note,
    string Urgency,
    IReadOnlyList<GuideClue> PointsTo,
    IReadOnlyList<GuideClue> PointsAway,
    IReadOnlyList<LookAlike> LookAlikes,
    IReadOnlyList<GuideSelfTest> SelfTests,
    RecoveryPlan? Plan,
    string? NoPlanReason,
    string Duration,
    string DurationSource,
    AdviceEntry? Advice,
    IReadOnlyList<GuideWarning> Warnings,
    IReadOnlyList<GuideCitation> Citations)
{
    public string Id => Condition.Id;

    public string Name => Condition.Name;

    /// <summary>The name without its explanation in brackets ("Plantar fasciitis" for "Plantar fasciitis (plantar heel pain)").</summary>
    public string ShortName => GuideBook.ShortName(Condition.Name);

    /// <summary>True when it needs care within a day or sooner.</summary>
    public bool IsUrgent => Condition.Severity <= TriageLevel.Consultation24;
}
