using Footfall.Assessment;
using Footfall.Recovery.Internal;
using Footfall.Recovery.Questionnaires;

namespace Footfall.Recovery;

/// <summary>
/// The recovery knowledge from knowledge/recovery: plans, exercises, criteria, pain models, walk-run tables
/// and outcome questionnaires, loaded and cross-checked (every id a plan references exists).
/// </summary>
public sealed class RecoveryKnowledge
{
    internal RecoveryKnowledge(
        IReadOnlyDictionary<string, RecoveryPlan> plans,
        IReadOnlyDictionary<string, string> noPlanReasons,
        IReadOnlyDictionary<string, Exercise> exercises,
        IReadOnlyDictionary<string, PhaseCriterion> criteria,
        IReadOnlyDictionary<string, PainMonitoringModel> painModels,
        IReadOnlyDictionary<string, WalkRunProgression> progressions,
        IReadOnlyDictionary<string, Questionnaire> questionnaires)
    {
        Plans = plans;
        NoPlanReasons = noPlanReasons;
        Exercises = exercises;
        Criteria = criteria;
        PainModels = painModels;
        Progressions = progressions;
        Questionnaires = questionnaires;
    }

    /// <summary>Plans by condition id.</summary>
    public IReadOnlyDictionary<string, RecoveryPlan> Plans { get; }

    /// <summary>Conditions that never get a plan (emergencies), with the reason.</summary>
    public IReadOnlyDictionary<string, string> NoPlanReasons { get; }

    public IReadOnlyDictionary<string, Exercise> Exercises { get; }

    public IReadOnlyDictionary<string, PhaseCriterion> Criteria { get; }

    public IReadOnlyDictionary<string, PainMonitoringModel> PainModels { get; }

    public IReadOnlyDictionary<string, WalkRunProgression> Progressions { get; }

    /// <summary>Questionnaires by id (faam, lefs).</summary>
    public IReadOnlyDictionary<string, Questionnaire> Questionnaires { get; }

    /// <summary>Loads and validates the YAML files of a knowledge/recovery folder.</summary>
    /// <exception cref="RecoveryKnowledgeException">A file is missing or invalid; every error names file and key.</exception>
    public static RecoveryKnowledge Load(string recoveryDirectory) => RecoveryKnowledgeReader.Read(recoveryDirectory);

    /// <summary>Loads from <see cref="LocateDirectory()"/>.</summary>
    public static RecoveryKnowledge LoadDefault() => Load(LocateDirectory());

    /// <summary>Finds knowledge/recovery in <see cref="KnowledgeLocation"/>'s default folder.</summary>
    /// <exception cref="DirectoryNotFoundException">Neither place has it.</exception>
    public static string LocateDirectory() => LocateDirectory(AppContext.BaseDirectory);

    /// <inheritdoc cref="LocateDirectory()"/>
    public static string LocateDirectory(string startDirectory) =>
        KnowledgeLocation.Find(startDirectory) is { } knowledge && Directory.Exists(KnowledgeLocation.Recovery(knowledge))
            ? KnowledgeLocation.Recovery(knowledge)
            : throw new DirectoryNotFoundException(
                $"knowledge/recovery was found neither beside the binaries ({startDirectory}) nor in a folder with {KnowledgeLocation.SolutionFile} above it.");

    /// <summary>
    /// The recovery guidance for a result. Emergency, ambulance and 24-hour triage get no plan, only what to do
    /// now; a bone stress injury gets its plan with no running until a clinician clears it.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The condition id is not known to the recovery knowledge.</exception>
    public PlanSelection SelectPlan(string conditionId, TriageLevel level)
    {
        ArgumentNullException.ThrowIfNull(conditionId);
        if (level <= TriageLevel.Consultation24)
        {
            return new PlanSelection(conditionId, level, null, false, UrgentAdvice(level));
        }

        if (NoPlanReasons.TryGetValue(conditionId, out var reason))
        {
            return new PlanSelection(conditionId, level, null, false, $"No self-management plan: {reason} Seek medical care now.");
        }

        if (!Plans.TryGetValue(conditionId, out var plan))
        {
            throw new KeyNotFoundException($"No recovery plan or exclusion is known for condition '{conditionId}'.");
        }

        var doNow = plan.NoRunningUntilCleared
            ? "Stop running now and do not run until a clinician has cleared you. Walk only as far as is pain-free; keep fit with the cross-training in phase 1."
            : level == TriageLevel.Consultation
                ? "Book an assessment within a few days. Meanwhile follow phase 1 of the plan and keep running only within its pain limits."
                : "Start phase 1 of the plan. Keep running only within its pain limits, and see a clinician if it is not improving.";
        return new PlanSelection(conditionId, level, plan, !plan.NoRunningUntilCleared && plan.Phase(1).Running != RunningAllowance.None, doNow);
    }

    /// <summary>
    /// Problems that need the case vocabulary to find: a condition with neither a plan nor an exclusion, or a
    /// plan or exclusion for a condition the vocabulary does not know. Empty when all is well.
    /// </summary>
    public IReadOnlyList<string> CheckCoverage(IEnumerable<string> vocabularyConditionIds)
    {
        ArgumentNullException.ThrowIfNull(vocabularyConditionIds);
        var known = vocabularyConditionIds.ToHashSet(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var id in known.Order(StringComparer.Ordinal))
        {
            if (!Plans.ContainsKey(id) && !NoPlanReasons.ContainsKey(id))
            {
                errors.Add($"plans/: condition '{id}' from the vocabulary has no plan and is not listed in no-plan.yaml.");
            }
        }

        foreach (var id in Plans.Keys.Concat(NoPlanReasons.Keys).Where(id => !known.Contains(id)).Order(StringComparer.Ordinal))
        {
            errors.Add($"plans/{id}.yaml: condition: '{id}' is not a condition of the vocabulary.");
        }

        return errors;
    }

    private static string UrgentAdvice(TriageLevel level) => level switch
    {
        TriageLevel.EmergencyAmbulance => "Call an ambulance now. Do not exercise, stretch or massage the leg, and do not drive yourself.",
        TriageLevel.Emergency => "Go to an emergency department or same-day urgent care now. Do not run, exercise, stretch or massage the leg meanwhile.",
        _ => "See a doctor within 24 hours. Do not run meanwhile; keep weight off the painful area as much as you can. A plan follows once you have been assessed.",
    };
}
