using Footfall.Data.Entities;
using Footfall.Recovery;
using Footfall.Training;
using Footfall.Web.Features;
using Footfall.Web.Features.Recovery;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Recovery;

/// <summary>The daily check-in: one per day (saving the same date again updates it), answered with advice for tomorrow.</summary>
[Authorize]
public sealed class CheckInModel(RecoveryJournal journal, RecordCheckIn.Handler recordCheckIn) : PageModel
{
    /// <summary>How far back a check-in may be filled in or corrected, days.</summary>
    public const int MaxDaysBack = RecordCheckIn.MaxDaysBack;

    [BindProperty]
    public CheckInInput Input { get; set; } = new();

    public RecoveryEnrollment? Enrollment { get; private set; }

    public RecoveryPlan? Plan { get; private set; }

    public PlanPosition Position { get; private set; } = PlanPosition.Start;

    public DateOnly Today { get; private set; }

    public DateOnly Date { get; private set; }

    /// <summary>True when the date already has a check-in (saving updates it).</summary>
    public bool Existing { get; private set; }

    /// <summary>The advice of the check-in just saved.</summary>
    public PlanStep? Step { get; private set; }

    /// <summary>The stored advice of the date's check-in when the page is opened again.</summary>
    public CheckInRecord? Saved { get; private set; }

    public IReadOnlyList<ExerciseDose> PlanExercises { get; private set; } = [];

    public RecoveryKnowledge Knowledge => journal.Knowledge;

    public async Task<IActionResult> OnGetAsync(DateOnly? date, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(date, cancellationToken))
        {
            return Page();
        }

        Saved = await journal.CheckInOnAsync(User.RequireId(), Date, cancellationToken);
        Existing = Saved is not null;
        Input = Saved is not null ? CheckInInput.From(Saved.ToDomain(), User.DistanceUnit()) : new CheckInInput { Date = Date };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(Input.Date, cancellationToken))
        {
            return Page();
        }

        var owner = User.RequireId();
        Existing = await journal.CheckInOnAsync(owner, Date, cancellationToken) is not null;

        // A value that is not a number at all never reaches the domain; say which field it was.
        foreach (var (key, entry) in ModelState)
        {
            if (entry.Errors.Count > 0)
            {
                entry.Errors.Clear();
                entry.Errors.Add($"{FieldName(key)} must be a number.");
            }
        }

        if (Input.Date is { } asked && (asked > Today || asked < Today.AddDays(-MaxDaysBack)))
        {
            // The page would otherwise save it as today's; the use case says what is wrong with the date.
            Date = asked;
        }

        if (Input.Activity == "run" && Input.RunDistance is null)
        {
            ModelState.AddModelError("Input.RunDistance", $"Run distance is needed when you ran (in {User.DistanceUnit().Plural()}, for example 5).");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var checkIn = Input.ToDomain(Date, PlanExercises.Select(e => e.ExerciseId).ToHashSet(StringComparer.Ordinal), User.DistanceUnit());
        var outcome = await recordCheckIn.HandleAsync(Runner.Of(User), new RecordCheckIn.Request(checkIn), cancellationToken);
        if (!outcome.Succeeded)
        {
            ModelState.AddFieldErrors(outcome);
            return Page();
        }

        Step = outcome.Value;
        Enrollment = await journal.ActiveAsync(owner, cancellationToken);
        Position = RecoveryJournal.PositionOf(Enrollment!);
        return Page();
    }

    public string ExerciseName(string id) => journal.Knowledge.Exercises.GetValueOrDefault(id)?.Name ?? id;

    private async Task<bool> LoadAsync(DateOnly? date, CancellationToken cancellationToken)
    {
        Today = journal.Today;
        Date = date is { } d && d <= Today && d >= Today.AddDays(-MaxDaysBack) ? d : Today;
        Enrollment = await journal.ActiveAsync(User.RequireId(), cancellationToken);
        Plan = Enrollment is null ? null : journal.PlanOf(Enrollment);
        if (Enrollment is null || Plan is null)
        {
            return false;
        }

        Position = RecoveryJournal.PositionOf(Enrollment);

        // The exercises of the current phase, or of phase 3 once past it (strength work continues).
        PlanExercises = Plan.Phase(Position.PhaseNumber ?? 3).Exercises;
        return true;
    }

    private static string FieldName(string key) => key.Replace("Input.", string.Empty, StringComparison.Ordinal) switch
    {
        "PainFirstSteps" => "Pain on first steps",
        "PainDuringActivity" => "Pain during activity",
        "PainAfterActivity" => "Pain after activity",
        "PainNextMorning" => "Pain next morning",
        "MorningStiffnessMinutes" => "Morning stiffness (minutes)",
        "RunDistance" => "Run distance",
        "CrossTrainingMinutes" => "Cross-training minutes",
        "Date" => "Date",
        var other => other,
    };
}
