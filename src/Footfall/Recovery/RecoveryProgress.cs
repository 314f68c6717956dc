using System.Globalization;
using Footfall.Recovery.CheckIns;

namespace Footfall.Recovery;

/// <summary>
/// Moves a runner through a plan: phase criteria (move on when all are met), step back to the previous phase
/// when pain says so twice in a row, and the walk-run return day by day.
/// </summary>
public static class RecoveryProgress
{
    /// <summary>
    /// The criteria to leave the current stage: a phase's exit criteria; from phase 3 also the readiness gate.
    /// </summary>
    public static IReadOnlyList<PhaseCriterion> ExitCriteria(RecoveryPlan plan, PlanPosition position)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(position);
        return position.PhaseNumber switch
        {
            3 => [.. plan.Phase(3).ExitCriteria, .. plan.ReadinessGate.Where(g => !plan.Phase(3).ExitCriteria.Contains(g))],
            { } n => plan.Phase(n).ExitCriteria,
            null => [],
        };
    }

    /// <summary>Checks criteria against test results and the latest check-ins (the plan's good-day count of them).</summary>
    public static PhaseReview Review(IEnumerable<PhaseCriterion> criteria, PhaseEvidence evidence, IReadOnlyList<DailyCheckIn> checkIns, PainMonitoringModel model)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(checkIns);
        ArgumentNullException.ThrowIfNull(model);
        var ordered = checkIns.OrderBy(c => c.Date).ToList();
        var recent = ordered.TakeLast(model.GoodDaysToProgress).ToList();
        return new PhaseReview(criteria.Select(c => Check(c, evidence, ordered, recent)).ToList());
    }

    /// <summary>
    /// Applies today's check-in to the plan. Progress moves a phase on only when all its exit criteria are
    /// met (phase 3 also needs the readiness gate); in the walk-run return it moves to the next day. Step back
    /// moves back one walk-run session with impact, or back one phase when the day before was also a step
    /// back or pain was severe; otherwise the runner stays in the phase at lower load.
    /// </summary>
    public static PlanStep Next(RecoveryPlan plan, PlanPosition position, IReadOnlyList<DailyCheckIn> checkIns, PhaseEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(checkIns);
        ArgumentNullException.ThrowIfNull(evidence);
        var model = plan.PainModel;

        if (position.Stage == PlanStage.Completed)
        {
            var advice = ProgressionRules.Decide(checkIns, model);
            var text = advice.Decision == ProgressionDecision.StepBack
                ? "Cut back your training for a few days; if pain keeps returning, restart the walk-run table or see a clinician."
                : "Keep to usual training with recovery days, inside the pain limits.";
            return new PlanStep(position, position, advice, null, text);
        }

        if (position.Stage == PlanStage.ReturnToRun)
        {
            return NextWalkRun(plan, position, checkIns);
        }

        var daily = ProgressionRules.Decide(checkIns, model);
        switch (daily.Decision)
        {
            case ProgressionDecision.StepBack:
                var ordered = checkIns.OrderBy(c => c.Date).ToList();
                var dayBefore = ordered.Count >= 2 ? ProgressionRules.Decide(ordered[..^1], model) : null;
                var repeated = dayBefore?.Decision == ProgressionDecision.StepBack;
                if (position.Stage > PlanStage.SettlePain && (repeated || daily.SeeClinician))
                {
                    var back = new PlanPosition(position.Stage - 1);
                    return new PlanStep(position, back, daily, null, $"Back to {back.Describe()}: {(daily.SeeClinician ? "pain was severe" : "pain said step back two days in a row")}.");
                }

                return new PlanStep(position, position, daily, null,
                    $"Stay in {position.Describe()} and lower the load: shorter or easier sessions, fewer repetitions, more cross-training.");

            case ProgressionDecision.Progress:
                var review = Review(ExitCriteria(plan, position), evidence, checkIns, model);
                if (!review.AllMet)
                {
                    var outstanding = string.Join("; ", review.Outstanding.Select(r => r.Detail));
                    return new PlanStep(position, position, daily, review,
                        $"Progress the load within {position.Describe()}. To move on, still needed: {outstanding}.");
                }

                var next = position.Stage == PlanStage.GlobalPattern ? new PlanPosition(PlanStage.ReturnToRun, 1) : new PlanPosition(position.Stage + 1);
                return new PlanStep(position, next, daily, review, $"Every criterion is met: move on to {next.Describe()}.");

            default:
                return new PlanStep(position, position, daily, null, $"Stay in {position.Describe()} at the same load.");
        }
    }

    private static PlanStep NextWalkRun(RecoveryPlan plan, PlanPosition position, IReadOnlyList<DailyCheckIn> checkIns)
    {
        var sessions = plan.ReturnToRun.Sessions;
        var day = Math.Clamp(position.WalkRunDay, 1, sessions.Count);

        // Each walk-run session is its own test of load (progress only if no pain during, after or next morning).
        var advice = ProgressionRules.Decide(checkIns, plan.PainModel, goodDaysToProgress: 1);

        // A recovery day has no load to test: resting on it is the plan, so anything short of a step back moves on.
        if (sessions[day - 1].IsRecoveryDay && advice.Decision == ProgressionDecision.Hold && advice.RuleId is ProgressionRules.NoLoadTested or ProgressionRules.NoCheckIn or ProgressionRules.NoPainScores)
        {
            advice = new ProgressionAdvice(ProgressionDecision.Progress, ProgressionRules.RecoveryDayDone, "Recovery day done: go on to the next session.");
        }

        switch (advice.Decision)
        {
            case ProgressionDecision.Progress:
                if (day >= sessions.Count)
                {
                    var done = new PlanPosition(PlanStage.Completed);
                    return new PlanStep(position, done, advice, null, "The walk-run return is complete: back to usual training with recovery days.");
                }

                var next = new PlanPosition(PlanStage.ReturnToRun, day + 1);
                return new PlanStep(position, next, advice, null, $"Tomorrow: day {day + 1}: {sessions[day].Describe()}.");

            case ProgressionDecision.StepBack:
                // Clinic protocol: stop, rest a day, restart the previous stage (Sunny Coast Sports Medicine).
                var previous = day - 1;
                while (previous >= 1 && sessions[previous - 1].IsRecoveryDay)
                {
                    previous--;
                }

                if (previous < 1)
                {
                    var phase3 = new PlanPosition(PlanStage.GlobalPattern);
                    return new PlanStep(position, phase3, advice, null,
                        "Rest tomorrow, then go back to phase 3 until walking is pain-free again; if pain persists, see a clinician.");
                }

                var back = new PlanPosition(PlanStage.ReturnToRun, previous);
                return new PlanStep(position, back, advice, null,
                    string.Create(CultureInfo.InvariantCulture, $"Rest tomorrow, then restart day {previous}: {sessions[previous - 1].Describe()}. If pain persists, see a clinician."));

            default:
                return new PlanStep(position, position, advice, null,
                    string.Create(CultureInfo.InvariantCulture, $"Repeat day {day}: {sessions[day - 1].Describe()}."));
        }
    }

    private static CriterionResult Check(PhaseCriterion c, PhaseEvidence e, List<DailyCheckIn> ordered, List<DailyCheckIn> recent)
    {
        var limit = c.Threshold ?? 0;
        return c.Kind switch
        {
            CriterionKind.HeelRaises => HeelRaises(c, e),
            CriterionKind.HeelRaiseSymmetry => Symmetry(c, e),
            CriterionKind.PainFreeBriskWalk => AtLeast(c, e.PainFreeBriskWalkMinutes, "minutes of pain-free brisk walking"),
            CriterionKind.PainFreeHops => AtLeast(c, e.PainFreeHops, "pain-free hops"),
            CriterionKind.PainFreeSingleLegSquats => AtLeast(c, e.PainFreeSingleLegSquats, "pain-free single-leg squats"),
            CriterionKind.SingleLegStand => AtLeast(c, e.SingleLegStandSeconds, "seconds of single-leg stand"),
            CriterionKind.MinimumDaysInPhase => AtLeast(c, e.DaysInPhase, "days in this phase"),
            CriterionKind.MaxPainDuringActivity => PainAtMost(c, recent, d => d.PainDuringActivity, "pain during activity"),
            CriterionKind.PainFreeDailyLiving => PainAtMost(c, recent, d => Max(d.PainFirstSteps, d.PainAfterActivity), "pain in daily activities"),
            CriterionKind.SettledByNextMorning => Settled(c, ordered),
            CriterionKind.NoBonyTenderness => e.BonyTenderness switch
            {
                false => new(c, CriterionStatus.Met, "no bony tenderness"),
                true => new(c, CriterionStatus.NotMet, "the bone is still tender when pressed"),
                null => new(c, CriterionStatus.Unknown, "bony tenderness not yet checked"),
            },
            CriterionKind.ClinicianClearance => e.ClinicianCleared switch
            {
                true => new(c, CriterionStatus.Met, "cleared by your clinician"),
                false => new(c, CriterionStatus.NotMet, "your clinician has not cleared this step yet"),
                null => new(c, CriterionStatus.Unknown, "clearance from your clinician"),
            },
            _ => new(c, CriterionStatus.Unknown, c.Text),
        };

        CriterionResult AtLeast(PhaseCriterion criterion, int? value, string what) => value switch
        {
            null => new(criterion, CriterionStatus.Unknown, Invariant($"{limit:0} {what} (not yet tested)")),
            { } v when v >= limit => new(criterion, CriterionStatus.Met, Invariant($"{v} {what} (needed {limit:0})")),
            { } v => new(criterion, CriterionStatus.NotMet, Invariant($"{limit:0} {what} (now {v})")),
        };
    }

    /// <summary>At least the threshold, or symmetric with the other side (<see cref="CriterionKind.HeelRaises"/>).</summary>
    private static CriterionResult HeelRaises(PhaseCriterion c, PhaseEvidence e)
    {
        var limit = c.Threshold ?? 25;
        if (e.HeelRaisesSore is not { } sore)
        {
            return new(c, CriterionStatus.Unknown, Invariant($"{limit:0} single-leg heel raises or 90% of the other side (not yet tested)"));
        }

        if (sore >= limit)
        {
            return new(c, CriterionStatus.Met, Invariant($"{sore} single-leg heel raises (needed {limit:0})"));
        }

        if (e.HeelRaisesOther is > 0 and var other && sore * 100.0 / other >= CriterionKinds.SymmetryPercent)
        {
            return new(c, CriterionStatus.Met, Invariant($"{sore} single-leg heel raises, at least 90% of the other side ({other})"));
        }

        return new(c, CriterionStatus.NotMet, Invariant($"{limit:0} single-leg heel raises or 90% of the other side (now {sore})"));
    }

    private static CriterionResult Symmetry(PhaseCriterion c, PhaseEvidence e)
    {
        var limit = c.Threshold ?? 100;
        if (e.HeelRaisesSore is not { } sore || e.HeelRaisesOther is not { } other || other <= 0)
        {
            return new(c, CriterionStatus.Unknown, Invariant($"heel raises on both sides within {100 - limit:0}% (not yet tested)"));
        }

        var percent = sore * 100.0 / other;
        return percent >= limit
            ? new(c, CriterionStatus.Met, Invariant($"heel raises {sore} against {other} on the other side ({percent:0}%)"))
            : new(c, CriterionStatus.NotMet, Invariant($"heel raises at least {limit:0}% of the other side (now {sore} against {other}, {percent:0}%)"));
    }

    private static CriterionResult PainAtMost(PhaseCriterion c, List<DailyCheckIn> recent, Func<DailyCheckIn, int?> pain, string what)
    {
        var limit = c.Threshold ?? 0;
        var values = recent.Select(pain).OfType<int>().ToList();
        if (values.Count == 0)
        {
            return new(c, CriterionStatus.Unknown, Invariant($"{what} at most {limit:0}/10 (no recent check-in records it)"));
        }

        var worst = values.Max();
        return worst <= limit
            ? new(c, CriterionStatus.Met, Invariant($"{what} at most {worst}/10 in recent check-ins"))
            : new(c, CriterionStatus.NotMet, Invariant($"{what} at most {limit:0}/10 (recently {worst}/10)"));
    }

    private static CriterionResult Settled(PhaseCriterion c, List<DailyCheckIn> ordered)
    {
        var change = ProgressionRules.LatestMorningChange(ordered);
        return change switch
        {
            null => new(c, CriterionStatus.Unknown, "pain settled by the next morning (not enough check-ins yet)"),
            { Rise: <= 0 } => new(c, CriterionStatus.Met, "pain settled by the next morning"),
            _ => new(c, CriterionStatus.NotMet, Invariant($"pain settled by the next morning (it rose from {change.Before}/10 to {change.After}/10)")),
        };
    }

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
