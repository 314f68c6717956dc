using Footfall.Data.Entities;
using Footfall.Recovery;
using Footfall.Recovery.Questionnaires;
using Footfall.Web.Features;
using Footfall.Web.Features.Recovery;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Recovery;

/// <summary>
/// Outcome questionnaires (FAAM with its ADL and Sports scales, LEFS): the item form, scoring by the domain,
/// change against the previous score labelled by the MCID, and when the next one is due.
/// </summary>
[Authorize]
public sealed class QuestionnairesModel(RecoveryJournal journal, RecordQuestionnaire.Handler record) : PageModel
{
    public const string NotApplicable = RecordQuestionnaire.NotApplicable;

    public DateOnly Today { get; private set; }

    /// <summary>The questionnaire whose form is shown, if any.</summary>
    public Questionnaire? Form { get; private set; }

    public IReadOnlyList<Questionnaire> All { get; private set; } = [];

    public IReadOnlyList<QuestionnaireRecord> History { get; private set; } = [];

    /// <summary>The answers as posted, for redisplay: key "{scaleId}-{item}" (from 1), value 0-4 or "na".</summary>
    public IReadOnlyDictionary<string, string> Posted { get; private set; } = new Dictionary<string, string>();

    /// <summary>The scores just saved, with the change against the previous score of each scale.</summary>
    public IReadOnlyList<RecordQuestionnaire.ScaleResult> Result { get; private set; } = [];

    /// <summary>How many past questionnaires the page lists.</summary>
    private const int HistoryLimit = 200;

    public async Task OnGetAsync(string? id, CancellationToken cancellationToken)
    {
        Load(id);
        History = await journal.QuestionnairesAsync(User.RequireId(), HistoryLimit, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(string? id, CancellationToken cancellationToken)
    {
        Load(id);
        if (Form is null)
        {
            return NotFound();
        }

        Posted = Form.Scales
            .SelectMany(scale => Enumerable.Range(1, scale.Items.Count).Select(item => $"{scale.Id}-{item}"))
            .ToDictionary(key => key, key => Request.Form[key].ToString(), StringComparer.Ordinal);
        var outcome = await record.HandleAsync(Runner.Of(User), new RecordQuestionnaire.Request(Form.Id, Posted), cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            Result = outcome.Value!;
            Form = null;
        }
        else
        {
            ModelState.AddFieldErrors(outcome, prefix: string.Empty);
        }

        History = await journal.QuestionnairesAsync(User.RequireId(), HistoryLimit, cancellationToken);
        return Page();
    }

    public static Dictionary<string, double?> ReadScores(QuestionnaireRecord record) => RecordQuestionnaire.ScoresOf(record);

    public QuestionnaireDue DueOf(Questionnaire q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var last = History.Where(h => h.Instrument == q.Id).Select(h => (DateOnly?)h.Date).Max();
        return QuestionnaireSchedule.Next(last, Today);
    }

    /// <summary>The change of one scale from the record before <paramref name="record"/>, if both are scored.</summary>
    public ScoreChange? ChangeFromPrevious(QuestionnaireRecord record, QuestionnaireScale scale)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(scale);
        var earlier = History.Where(h => h.Instrument == record.Instrument && h.Date < record.Date).OrderByDescending(h => h.Date).FirstOrDefault();
        return earlier is not null && ReadScores(earlier).GetValueOrDefault(scale.Id) is { } before && ReadScores(record).GetValueOrDefault(scale.Id) is { } after
            ? scale.Compare(before, after)
            : null;
    }

    public static string Format(double score, QuestionnaireScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return scale.Method == ScoringMethod.PercentOfAnswered
            ? score.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%"
            : score.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " of " + scale.MaxScore.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>How to read a score of <paramref name="scale"/>: every scale here counts function, so higher is better.</summary>
    public static string Reading(QuestionnaireScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return scale.Method == ScoringMethod.PercentOfAnswered
            ? "higher is better; 100% is full function"
            : "higher is better; " + scale.MaxScore.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " is full function";
    }

    private void Load(string? id)
    {
        Today = journal.Today;
        All = journal.Knowledge.Questionnaires.Values.OrderBy(q => q.Id, StringComparer.Ordinal).ToList();
        Form = id is null ? null : journal.Knowledge.Questionnaires.GetValueOrDefault(id);
    }
}
