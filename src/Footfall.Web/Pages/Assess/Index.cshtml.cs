using System.Globalization;
using Footfall.Assessment;
using Footfall.Assessment.Knowledge;
using Footfall.Data;
using Footfall.Web.Features.Assessment;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Assess;

/// <summary>
/// The web interview: one screen per question (the pain map as one checklist), back and "not sure",
/// a warning sign interrupting at once, then the result. Works without JavaScript: every step is a
/// form post carrying the sealed interview state.
/// </summary>
public sealed class IndexModel(
    AssessmentEngine engine,
    KnowledgeBase knowledge,
    InterviewStateProtector protector,
    InterviewCaseBuilder caseBuilder) : PageModel
{
    public enum Screen
    {
        Start,
        Question,
        Checklist,
        Warning,
        Result,
    }

    public Screen Mode { get; private set; } = Screen.Start;

    public string? SealedState { get; private set; }

    public InterviewState? State { get; private set; }

    public AssessmentResult? Result { get; private set; }

    public Question? Question { get; private set; }

    public IReadOnlyList<FindingDefinition> Checklist { get; private set; } = [];

    public IReadOnlyList<RedFlag> NewWarnings { get; private set; } = [];

    public KnowledgeBase Knowledge => knowledge;

    [BindProperty]
    public int? Age { get; set; }

    [BindProperty]
    public string? Sex { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostStartAsync()
    {
        if (Age is null or < Case.MinimumAge or > Case.MaximumAge)
        {
            ModelState.AddModelError(nameof(Age), $"Enter your age in years, from {Case.MinimumAge} to {Case.MaximumAge}.");
        }

        if (Sex is not ("female" or "male"))
        {
            ModelState.AddModelError(nameof(Sex), "Choose female or male (it changes how likely some causes are).");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        return await AdvanceAsync(new InterviewState(Age!.Value, Sex == "female" ? Footfall.Assessment.Sex.Female : Footfall.Assessment.Sex.Male, [], []));
    }

    public async Task<IActionResult> OnPostAnswerAsync(string state, string findingId, string answer, string? number)
    {
        if (protector.Unprotect(state) is not { } current)
        {
            return Expired();
        }

        var finding = knowledge.FindFinding(findingId);
        if (finding is null || finding.ClinicianOnly)
        {
            return BadRequest();
        }

        FindingAnswer value;
        if (answer == "?")
        {
            value = FindingAnswer.NotSure;
        }
        else if (finding.Kind == FindingKind.Number)
        {
            if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n < finding.Minimum || n > finding.Maximum)
            {
                ModelState.AddModelError("number", $"Enter a number from {finding.Minimum.ToString(CultureInfo.InvariantCulture)} to {finding.Maximum.ToString(CultureInfo.InvariantCulture)}{(finding.Unit is null ? string.Empty : " " + finding.Unit)}, or choose \"Not sure\".");
                return await AdvanceAsync(current);
            }

            value = FindingAnswer.Of(n);
        }
        else
        {
            value = answer == "y" ? FindingAnswer.Yes : FindingAnswer.No;
        }

        return await AdvanceAsync(current.With([new InterviewAnswer(findingId, value, current.Steps + 1)]));
    }

    public async Task<IActionResult> OnPostChecklistAsync(string state, string[] shown, string[]? present, bool notSure = false)
    {
        if (protector.Unprotect(state) is not { } current)
        {
            return Expired();
        }

        var step = current.Steps + 1;
        var ticked = new HashSet<string>(present ?? [], StringComparer.Ordinal);
        var answers = shown
            .Select(id => knowledge.FindFinding(id))
            .OfType<FindingDefinition>()
            .Where(f => f.Kind == FindingKind.Bool && !f.ClinicianOnly)
            .Select(f => new InterviewAnswer(f.Id, notSure ? FindingAnswer.NotSure : FindingAnswer.Of(ticked.Contains(f.Id)), step))
            .ToList();
        return await AdvanceAsync(current.With(answers));
    }

    public async Task<IActionResult> OnPostBackAsync(string state) =>
        protector.Unprotect(state) is { } current ? await AdvanceAsync(current.Back()) : Expired();

    public async Task<IActionResult> OnPostContinueAsync(string state, string[]? seen)
    {
        if (protector.Unprotect(state) is not { } current)
        {
            return Expired();
        }

        return await AdvanceAsync(current with { SeenWarnings = [.. current.SeenWarnings, .. (seen ?? [])] });
    }

    public async Task<IActionResult> OnPostFinishAsync(string state) =>
        protector.Unprotect(state) is { } current ? await AdvanceAsync(current, finish: true) : Expired();

    private async Task<IActionResult> AdvanceAsync(InterviewState state, bool finish = false)
    {
        State = state;
        SealedState = protector.Protect(state);
        Result = engine.Assess(await caseBuilder.BuildAsync(state, User, HttpContext.RequestAborted));
        NewWarnings = [.. Result.RedFlags.Where(f => !state.SeenWarnings.Contains(f.RuleId))];
        if (NewWarnings.Count > 0 && !finish)
        {
            Mode = Screen.Warning;
        }
        else if (finish || Result.ShouldStop || Result.NextQuestion is null)
        {
            Mode = Screen.Result;
        }
        else
        {
            Question = Result.NextQuestion;
            var answered = state.Answers.Select(a => a.FindingId).ToHashSet(StringComparer.Ordinal);
            Checklist = Question.Group == "where"
                ? [.. knowledge.Findings.Where(f => f.Group == "where" && f.Kind == FindingKind.Bool && !f.ClinicianOnly && !answered.Contains(f.Id))]
                : [];
            Mode = Checklist.Count > 1 ? Screen.Checklist : Screen.Question;
        }

        return Page();
    }

    private PageResult Expired()
    {
        ModelState.AddModelError(string.Empty, "Your interview expired or could not be read. Please start again; nothing was saved.");
        Mode = Screen.Start;
        return Page();
    }
}
