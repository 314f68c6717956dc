using System.Text.Json;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Recovery;
using Footfall.Recovery.Questionnaires;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Pages.Recovery;

/// <summary>
/// Outcome questionnaires (FAAM with its ADL and Sports scales, LEFS): the item form, scoring by the domain,
/// change against the previous score labelled by the MCID, and when the next one is due.
/// </summary>
[Authorize]
public sealed class QuestionnairesModel(FootfallDbContext db, RecoveryKnowledge knowledge, RunnerTime runnerTime) : PageModel
{
    public const string NotApplicable = "na";

    public DateOnly Today { get; private set; }

    /// <summary>The questionnaire whose form is shown, if any.</summary>
    public Questionnaire? Form { get; private set; }

    public IReadOnlyList<Questionnaire> All { get; private set; } = [];

    public IReadOnlyList<QuestionnaireRecord> History { get; private set; } = [];

    /// <summary>The answers as posted, for redisplay: key "{scaleId}-{item}" (from 1), value 0-4 or "na".</summary>
    public IReadOnlyDictionary<string, string> Posted { get; private set; } = new Dictionary<string, string>();

    /// <summary>The scores just saved, with the change against the previous score of each scale.</summary>
    public IReadOnlyList<(QuestionnaireScale Scale, ScaleScore Score, ScoreChange? Change, DateOnly? PreviousDate)> Result { get; private set; } = [];

    public void OnGet(string? id)
    {
        Load(id);
        History = LoadHistory();
    }

    public async Task<IActionResult> OnPostAsync(string? id, CancellationToken cancellationToken)
    {
        Load(id);
        if (Form is null)
        {
            return NotFound();
        }

        var owner = User.RequireId();
        var posted = new Dictionary<string, string>(StringComparer.Ordinal);
        var answers = new Dictionary<string, List<int?>>(StringComparer.Ordinal);
        var scores = new List<ScaleScore>();
        foreach (var scale in Form.Scales)
        {
            var values = new List<int?>();
            for (var item = 1; item <= scale.Items.Count; item++)
            {
                var key = $"{scale.Id}-{item}";
                var raw = Request.Form[key].ToString();
                posted[key] = raw;
                if (raw.Length == 0 || (raw == NotApplicable && Form.AllowsNotApplicable))
                {
                    values.Add(null);
                }
                else if (int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= QuestionnaireScale.ItemMax)
                {
                    values.Add(v);
                }
                else
                {
                    ModelState.AddModelError(key, $"{scale.Name}, item {item} ({scale.Items[item - 1]}): choose one of the answers.");
                    values.Add(null);
                }
            }

            answers[scale.Id] = values;
            scores.Add(scale.Score(values));
        }

        Posted = posted;
        if (ModelState.IsValid && !scores.Any(s => s.IsScored))
        {
            foreach (var s in scores)
            {
                ModelState.AddModelError(s.ScaleId, $"{Form.Scale(s.ScaleId).Name} could not be scored: {s.NotScoredReason}");
            }
        }

        if (!ModelState.IsValid)
        {
            History = LoadHistory();
            return Page();
        }

        var previous = await db.Questionnaires.OwnedBy(owner).Where(q => q.Instrument == Form.Id && q.Date < Today)
            .OrderByDescending(q => q.Date).FirstOrDefaultAsync(cancellationToken);
        var previousScores = previous is null ? new Dictionary<string, double?>() : ReadScores(previous);
        var record = await db.Questionnaires.OwnedBy(owner).FirstOrDefaultAsync(q => q.Instrument == Form.Id && q.Date == Today, cancellationToken);
        if (record is null)
        {
            record = new QuestionnaireRecord { Id = Guid.NewGuid(), OwnerId = owner, Instrument = Form.Id, Date = Today, AnswersJson = "{}", ScoresJson = "{}" };
            db.Questionnaires.Add(record);
        }

        record.AnswersJson = JsonSerializer.Serialize(answers);
        record.ScoresJson = JsonSerializer.Serialize(scores.ToDictionary(s => s.ScaleId, s => s.Score));
        await db.SaveChangesAsync(cancellationToken);

        Result = scores.Select(s =>
        {
            var scale = Form.Scale(s.ScaleId);
            var before = previousScores.GetValueOrDefault(s.ScaleId);
            var change = s.Score is { } now && before is { } then ? scale.Compare(then, now) : null;
            return (scale, s, change, previous?.Date);
        }).ToList();
        Form = null;
        History = LoadHistory();
        return Page();
    }

    public static Dictionary<string, double?> ReadScores(QuestionnaireRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return JsonSerializer.Deserialize<Dictionary<string, double?>>(record.ScoresJson) ?? [];
    }

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

    private void Load(string? id)
    {
        Today = runnerTime.Today;
        All = knowledge.Questionnaires.Values.OrderBy(q => q.Id, StringComparer.Ordinal).ToList();
        Form = id is null ? null : knowledge.Questionnaires.GetValueOrDefault(id);
    }

    private List<QuestionnaireRecord> LoadHistory() =>
        [.. db.Questionnaires.OwnedBy(User.RequireId()).OrderBy(q => q.Date).Take(200)];
}
