using Footfall.Data.Entities;
using Footfall.Recovery;
using Footfall.Recovery.CheckIns;
using Footfall.Recovery.Questionnaires;
using Footfall.Web.Features.Recovery;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Recovery;

/// <summary>Pain against running load, outcome scores, adherence and the plan's stages over time.</summary>
[Authorize]
public sealed class ProgressModel(RecoveryJournal journal) : PageModel
{
    /// <summary>How far back the page looks, days.</summary>
    public const int WindowDays = 84;

    public RecoveryEnrollment? Enrollment { get; private set; }

    public RecoveryPlan? Plan { get; private set; }

    public PlanPosition Position { get; private set; } = PlanPosition.Start;

    public DateOnly Today { get; private set; }

    public IReadOnlyList<CheckInRecord> CheckIns { get; private set; } = [];

    public IReadOnlyList<ProgressChart.Day> Days { get; private set; } = [];

    public IReadOnlyList<WeeklyCheckInSummary> Weeks { get; private set; } = [];

    /// <summary>Running km per week from imported activities, by week start; empty when none.</summary>
    public IReadOnlyDictionary<DateOnly, double> ImportedKm { get; private set; } = new Dictionary<DateOnly, double>();

    public string ChartSvg { get; private set; } = string.Empty;

    /// <summary>The same chart drawn for phone widths; CSS shows one of the two.</summary>
    public string NarrowChartSvg { get; private set; } = string.Empty;

    public IReadOnlyList<QuestionnaireRecord> Scores { get; private set; } = [];

    public RecoveryKnowledge Knowledge => journal.Knowledge;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var owner = User.RequireId();
        Today = journal.Today;
        Enrollment = await journal.ActiveAsync(owner, cancellationToken);
        Plan = Enrollment is null ? null : journal.PlanOf(Enrollment);
        if (Enrollment is not null)
        {
            Position = RecoveryJournal.PositionOf(Enrollment);
        }

        var from = Today.AddDays(-WindowDays);
        CheckIns = await journal.CheckInsAsync(owner, from, cancellationToken);
        var domain = CheckIns.Select(c => c.ToDomain()).ToList();
        Days = ProgressChart.Days(domain);
        Weeks = CheckInTrend.Weekly(domain, Today);

        ImportedKm = await journal.ImportedRunKmByWeekAsync(owner, from, cancellationToken);

        // Imported runs are the better record of load when there are any; check-in km otherwise.
        var weeklyKm = Weeks.Select(w => (w.WeekStart, ImportedKm.TryGetValue(w.WeekStart, out var km) ? Math.Max(km, w.RunKm) : w.RunKm)).ToList();
        ChartSvg = ProgressChart.Svg(Days, weeklyKm, Today, ProgressChart.Size.Wide, User.DistanceUnit());
        NarrowChartSvg = ProgressChart.Svg(Days, weeklyKm, Today, ProgressChart.Size.Narrow, User.DistanceUnit());
        Scores = await journal.QuestionnairesAsync(owner, 100, cancellationToken);
    }

    public static string Pain(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–";

    public static string Stage(int? stage, int? day) =>
        stage is { } s ? new PlanPosition((PlanStage)s, day ?? 0).Describe() : "–";
}
