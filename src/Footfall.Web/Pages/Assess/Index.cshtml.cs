using System.Globalization;
using Footfall.Assessment;
using Footfall.Web.Features.Assessment;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Assess;

/// <summary>
/// The web interview, driving the domain <see cref="Interview"/>: one screen per page (the opening
/// warning signs and the pain map as checklists), Back, "Not sure", a warning sign interrupting at
/// once. Every answer is a post that redirects to <c>/Assess/{step}</c>, a page that can be reloaded
/// and that the browser's Back returns to; the interview is kept in a sealed cookie, never in a URL.
/// Works without JavaScript.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(InterviewCookie cookie, InterviewCaseBuilder interviews, TimeProvider clock) : PageModel
{
    public Interview? Interview { get; private set; }

    /// <summary>The step this page shows (the number of steps taken before it).</summary>
    public int Step { get; private set; }

    /// <summary>Whether this browser has an interview under way.</summary>
    public bool HasInterview { get; private set; }

    public string? Region { get; private set; }

    [BindProperty]
    public int? Age { get; set; }

    [BindProperty]
    public string? Sex { get; set; }

    public async Task<IActionResult> OnGetAsync(int? step)
    {
        var state = cookie.Read(Request);
        HasInterview = state is not null;
        if (step is null || state is null)
        {
            return step is null ? Page() : Redirect("/Assess");
        }

        var interview = await interviews.ReplayAsync(state, User, HttpContext.RequestAborted);
        if (step.Value > interview.Steps.Count || step.Value < 0)
        {
            return Redirect(StepUrl(interview.Steps.Count));
        }

        Step = step.Value;
        Interview = interview.Take(Step);
        if (Interview.IsComplete)
        {
            return Redirect("/Assess/Result");
        }

        Region = EmergencyRegion.Of(Request);
        return Page();
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
            HasInterview = cookie.Read(Request) is not null;
            return Page();
        }

        var interview = await interviews.StartAsync(Age!.Value, Sex == "female" ? Footfall.Assessment.Sex.Female : Footfall.Assessment.Sex.Male, User, HttpContext.RequestAborted);
        return Save(interview, clock.GetUtcNow());
    }

    public Task<IActionResult> OnPostAnswerAsync(int step, string answer, string? number) => ActAsync(step, interview =>
    {
        if (answer == "?")
        {
            return interview.NotSure();
        }

        if (interview.Screen is QuestionScreen { Question.Kind: Footfall.Assessment.Knowledge.FindingKind.Number } q)
        {
            if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || !double.IsFinite(n) || n < q.Question.Minimum || n > q.Question.Maximum)
            {
                throw new CaseFormatException("number", string.Create(CultureInfo.InvariantCulture,
                    $"Enter a number from {q.Question.Minimum} to {q.Question.Maximum}{(q.Question.Unit is null ? string.Empty : " " + q.Question.Unit)}, or choose \"Not sure\"."));
            }

            return interview.Answer(FindingAnswer.Of(n));
        }

        return answer switch
        {
            "y" => interview.Answer(FindingAnswer.Yes),
            "n" => interview.Answer(FindingAnswer.No),
            _ => throw new CaseFormatException("answer", "Choose Yes, No or Not sure."),
        };
    });

    public Task<IActionResult> OnPostTickAsync(int step, string[]? present, bool notSure = false) =>
        ActAsync(step, interview => notSure ? interview.NotSure() : interview.Tick(present ?? []));

    public Task<IActionResult> OnPostEachAsync(int step, bool noneOfThese = false) => ActAsync(step, interview =>
    {
        if (interview.Screen is not ChecklistScreen c)
        {
            return interview;
        }

        if (noneOfThese)
        {
            return interview.AnswerEach(c.Items.ToDictionary(i => i.FindingId, _ => FindingAnswer.No, StringComparer.Ordinal));
        }

        var answers = new Dictionary<string, FindingAnswer>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var item in c.Items)
        {
            switch (Request.Form["a-" + item.FindingId].ToString())
            {
                case "y": answers[item.FindingId] = FindingAnswer.Yes; break;
                case "n": answers[item.FindingId] = FindingAnswer.No; break;
                case "?": answers[item.FindingId] = FindingAnswer.NotSure; break;
                default: missing.Add(item.Text); break;
            }
        }

        if (missing.Count > 0)
        {
            throw new CaseFormatException("each", $"Answer every sign with Yes, No or Not sure. Still to answer: {string.Join("; ", missing)}.");
        }

        return interview.AnswerEach(answers);
    });

    public Task<IActionResult> OnPostBackAsync(int step) => ActAsync(step, interview => interview.Back());

    public Task<IActionResult> OnPostContinueAsync(int step) => ActAsync(step, interview => interview.Acknowledge());

    public Task<IActionResult> OnPostFinishAsync(int step) => ActAsync(step, interview => interview.Finish());

    public IActionResult OnPostRestart()
    {
        cookie.Delete(Response);
        return Redirect("/Assess");
    }

    public static string StepUrl(int step) => "/Assess/" + step.ToString(CultureInfo.InvariantCulture);

    /// <summary>Applies an action to the interview as it was at <paramref name="step"/> (a page the browser
    /// went back to answers from there on), saves it and redirects to the next page. A bad answer shows
    /// the same screen again with the message.</summary>
    private async Task<IActionResult> ActAsync(int step, Func<Interview, Interview> action)
    {
        if (cookie.Read(Request) is not { } state)
        {
            ModelState.AddModelError(string.Empty, "Your interview expired or could not be read. Please start again; nothing was saved.");
            return Page();
        }

        var interview = await interviews.ReplayAsync(state, User, HttpContext.RequestAborted);
        var at = interview.Take(Math.Clamp(step, 0, interview.Steps.Count));
        Interview next;
        try
        {
            next = action(at);
        }
        catch (Exception ex) when (ex is CaseFormatException or InvalidOperationException)
        {
            // Invalid answers (a number out of range) and stale pages (the screen moved on) show the page again.
            ModelState.AddModelError(ex is CaseFormatException f ? f.Key : string.Empty, ex is CaseFormatException cf ? cf.Reason : "This page is out of date; here is where your interview is now.");
            Interview = at;
            Step = at.Steps.Count;
            Region = EmergencyRegion.Of(Request);
            HasInterview = true;
            return Page();
        }

        return Save(next, state.StartedAt);
    }

    private RedirectResult Save(Interview interview, DateTimeOffset startedAt)
    {
        cookie.Write(Response, InterviewState.Of(interview, startedAt));
        return Redirect(interview.IsComplete ? "/Assess/Result" : StepUrl(interview.Steps.Count));
    }
}
