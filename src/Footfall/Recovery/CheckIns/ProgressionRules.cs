using System.Globalization;

namespace Footfall.Recovery.CheckIns;

/// <summary>
/// Decides progress, hold or step back from recent check-ins, after the pain-monitoring model
/// (Silbernagel KG et al. Am J Sports Med 2007;35:897-906: pain during activity up to a safe limit, then
/// an acceptable band, and above it too much; pain and stiffness the next morning must not rise).
/// The limits come from the plan's <see cref="PainMonitoringModel"/>. Rules are checked in the order
/// below and the first that applies decides; each names itself in the advice.
/// </summary>
public static class ProgressionRules
{
    public const string NoCheckIn = "no_check_in";
    public const string SeverePain = "severe_pain";
    public const string FirstStepsAboveAcceptable = "first_steps_above_acceptable";
    public const string DuringAboveAcceptable = "during_above_acceptable";
    public const string AfterAboveAcceptable = "after_above_acceptable";
    public const string MorningRoseStepBack = "morning_rose_step_back";
    public const string MorningRoseHold = "morning_rose_hold";
    public const string StiffnessRose = "stiffness_rose";
    public const string DuringAboveSafe = "during_above_safe";
    public const string AfterAboveSafe = "after_above_safe";
    public const string FirstStepsAboveSafe = "first_steps_above_safe";
    public const string NoPainScores = "no_pain_scores";
    public const string NotEnoughGoodDays = "not_enough_good_days";
    public const string NoLoadTested = "no_load_tested";
    public const string WithinLimits = "within_limits";

    /// <summary>Used by the walk-run return: a rest day on a planned recovery day moves the table on.</summary>
    public const string RecoveryDayDone = "recovery_day_done";

    /// <summary>
    /// The advice for tomorrow from the check-ins so far (any order; the latest date is "today").
    /// </summary>
    /// <param name="checkIns">Recent check-ins, one per date.</param>
    /// <param name="model">The plan's pain limits.</param>
    /// <param name="goodDaysToProgress">Check-ins in a row within the safe limit needed to progress;
    /// null uses <see cref="PainMonitoringModel.GoodDaysToProgress"/>. The walk-run return uses 1: each session
    /// is its own test.</param>
    public static ProgressionAdvice Decide(IReadOnlyList<DailyCheckIn> checkIns, PainMonitoringModel model, int? goodDaysToProgress = null)
    {
        ArgumentNullException.ThrowIfNull(checkIns);
        ArgumentNullException.ThrowIfNull(model);
        if (checkIns.Count == 0)
        {
            return new(ProgressionDecision.Hold, NoCheckIn, "No check-in yet: stay at the current step until you have checked in.");
        }

        var days = checkIns.OrderBy(c => c.Date).ToList();
        var today = days[^1];
        var activity = today.Ran ? "running" : "activity";

        // Severe pain first: it outranks every other rule and also asks for a clinician.
        var worst = new[] { today.PainFirstSteps, today.PainDuringActivity, today.PainAfterActivity, today.PainNextMorning }.Max();
        if (worst >= model.SeeClinicianPain)
        {
            return new(
                ProgressionDecision.StepBack,
                SeverePain,
                Invariant($"Pain reached {worst}/10, at or above {model.SeeClinicianPain}/10: step back, rest from the painful activity and see a clinician."),
                SeeClinician: true);
        }

        if (today.PainDuringActivity > model.AcceptableMaxPain)
        {
            return StepBack(DuringAboveAcceptable, Invariant($"Pain during {activity} was {today.PainDuringActivity}/10, above the {model.AcceptableMaxPain}/10 limit: step back."));
        }

        if (today.PainAfterActivity > model.AcceptableMaxPain)
        {
            return StepBack(AfterAboveAcceptable, Invariant($"Pain after {activity} was {today.PainAfterActivity}/10, above the {model.AcceptableMaxPain}/10 limit: step back."));
        }

        if (today.PainFirstSteps > model.AcceptableMaxPain)
        {
            return StepBack(FirstStepsAboveAcceptable, Invariant($"Pain on the first steps this morning was {today.PainFirstSteps}/10, above the {model.AcceptableMaxPain}/10 limit: step back."));
        }

        if (LatestMorningChange(days) is { } morning && morning.Rise > 0)
        {
            var what = Invariant($"Pain the morning after {morning.Day:ddd d MMM} rose from {morning.Before}/10 to {morning.After}/10");
            return morning.Rise >= model.MorningRiseStepBack
                ? StepBack(MorningRoseStepBack, $"{what}: it did not settle by the next morning, so step back.")
                : Hold(MorningRoseHold, $"{what}: not quite settled by the next morning, so hold.");
        }

        if (days.Count >= 2 && today.MorningStiffnessMinutes is { } stiffness && days[^2].MorningStiffnessMinutes is { } before
            && stiffness - before >= model.StiffnessRiseHoldMinutes)
        {
            return Hold(StiffnessRose, Invariant($"Morning stiffness rose from {before} to {stiffness} minutes: hold until it settles."));
        }

        if (today.PainDuringActivity > model.SafeMaxPain)
        {
            return Hold(DuringAboveSafe, Invariant($"Pain during {activity} was {today.PainDuringActivity}/10: acceptable (up to {model.AcceptableMaxPain}/10) but above the {model.SafeMaxPain}/10 needed to progress, so hold."));
        }

        if (today.PainAfterActivity > model.SafeMaxPain)
        {
            return Hold(AfterAboveSafe, Invariant($"Pain after {activity} was {today.PainAfterActivity}/10: acceptable (up to {model.AcceptableMaxPain}/10) but above the {model.SafeMaxPain}/10 needed to progress, so hold."));
        }

        if (today.PainFirstSteps > model.SafeMaxPain)
        {
            return Hold(FirstStepsAboveSafe, Invariant($"Pain on the first steps was {today.PainFirstSteps}/10: above the {model.SafeMaxPain}/10 needed to progress, so hold."));
        }

        if (today.PainFirstSteps is null && today.PainDuringActivity is null && today.PainAfterActivity is null)
        {
            return Hold(NoPainScores, "The latest check-in has no pain scores: hold until you record them.");
        }

        var needed = goodDaysToProgress ?? model.GoodDaysToProgress;
        var good = days.AsEnumerable().Reverse().TakeWhile(d => IsGoodDay(d, model)).Take(needed).ToList();
        if (good.Count < needed)
        {
            return Hold(NotEnoughGoodDays, Invariant($"{good.Count} of the {needed} check-ins in a row within {model.SafeMaxPain}/10 needed to progress: hold."));
        }

        if (!good.Any(d => d.HadActivity))
        {
            return Hold(NoLoadTested, "Pain was within limits, but no run, cross-training or exercises were recorded to test the load: hold.");
        }

        return new(ProgressionDecision.Progress, WithinLimits, Invariant($"Pain stayed within {model.SafeMaxPain}/10 and settled by the next morning on {needed} check-in(s) in a row: progress."));

        static ProgressionAdvice StepBack(string rule, string reason) => new(ProgressionDecision.StepBack, rule, reason);

        static ProgressionAdvice Hold(string rule, string reason) => new(ProgressionDecision.Hold, rule, reason);
    }

    /// <summary>The next-morning pain of a day: its own record, else the next day's first-step pain.</summary>
    internal static int? MorningAfter(IReadOnlyList<DailyCheckIn> ordered, int index) =>
        ordered[index].PainNextMorning
        ?? (index + 1 < ordered.Count && ordered[index + 1].Date == ordered[index].Date.AddDays(1) ? ordered[index + 1].PainFirstSteps : null);

    /// <summary>
    /// The morning change of today or yesterday (first-step pain against the next morning), whichever is the
    /// latest known; older days do not count, so a settled flare does not hold a runner back for ever.
    /// </summary>
    internal static MorningChange? LatestMorningChange(IReadOnlyList<DailyCheckIn> ordered)
    {
        for (var i = ordered.Count - 1; i >= Math.Max(0, ordered.Count - 2); i--)
        {
            if (ordered[i].PainFirstSteps is { } before && MorningAfter(ordered, i) is { } after)
            {
                return new MorningChange(ordered[i].Date, before, after);
            }
        }

        return null;
    }

    private static bool IsGoodDay(DailyCheckIn day, PainMonitoringModel model) =>
        (day.PainFirstSteps is not null || day.PainDuringActivity is not null || day.PainAfterActivity is not null)
        && (day.PainFirstSteps ?? 0) <= model.SafeMaxPain
        && (day.PainDuringActivity ?? 0) <= model.SafeMaxPain
        && (day.PainAfterActivity ?? 0) <= model.SafeMaxPain
        && (day.PainNextMorning is null || day.PainFirstSteps is null || day.PainNextMorning <= day.PainFirstSteps);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal sealed record MorningChange(DateOnly Day, int Before, int After)
    {
        public int Rise => After - Before;
    }
}
