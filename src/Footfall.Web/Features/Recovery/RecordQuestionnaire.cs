using System.Globalization;
using System.Text.Json;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Recovery;
using Footfall.Recovery.Questionnaires;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Recovery;

/// <summary>
/// Scores an outcome questionnaire (FAAM with its ADL and Sports scales, LEFS) and stores it as today's
/// (replacing today's earlier one), with the change against the previous score of each scale: the
/// questionnaires page.
/// </summary>
public static class RecordQuestionnaire
{
    /// <summary>The answer to an item that does not apply (where the questionnaire allows it).</summary>
    public const string NotApplicable = "na";

    /// <param name="QuestionnaireId">The instrument, e.g. "faam".</param>
    /// <param name="Answers">Answers by "{scaleId}-{item}" (items from 1): "0" to "4", <see cref="NotApplicable"/>, or missing/empty for unanswered.</param>
    public sealed record Request(string QuestionnaireId, IReadOnlyDictionary<string, string> Answers);

    /// <param name="Scale">The scale scored.</param>
    /// <param name="Score">Its score, or why it could not be scored.</param>
    /// <param name="Change">The change against the previous score, when both are scored.</param>
    /// <param name="PreviousDate">The date of the previous questionnaire of this kind, if any.</param>
    public sealed record ScaleResult(QuestionnaireScale Scale, ScaleScore Score, ScoreChange? Change, DateOnly? PreviousDate);

    /// <summary>The scores as stored on a record, by scale id.</summary>
    public static Dictionary<string, double?> ScoresOf(QuestionnaireRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return JsonSerializer.Deserialize<Dictionary<string, double?>>(record.ScoresJson) ?? [];
    }

    public sealed class Handler(FootfallDbContext db, RecoveryKnowledge knowledge, TimeProvider clock)
    {
        /// <summary>Not found for an unknown questionnaire; refused, by item key, for an answer out of range or nothing scorable.</summary>
        public async Task<Outcome<IReadOnlyList<ScaleResult>>> HandleAsync(Runner runner, Request request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(runner);
            ArgumentNullException.ThrowIfNull(request);
            if (knowledge.Questionnaires.GetValueOrDefault(request.QuestionnaireId) is not { } form)
            {
                return Outcome.NotFound<IReadOnlyList<ScaleResult>>();
            }

            var errors = new FieldErrors();
            var answers = new Dictionary<string, List<int?>>(StringComparer.Ordinal);
            var scores = new List<ScaleScore>();
            foreach (var scale in form.Scales)
            {
                var values = new List<int?>();
                for (var item = 1; item <= scale.Items.Count; item++)
                {
                    var key = $"{scale.Id}-{item}";
                    var raw = request.Answers.GetValueOrDefault(key) ?? string.Empty;
                    if (raw.Length == 0 || (raw == NotApplicable && form.AllowsNotApplicable))
                    {
                        values.Add(null);
                    }
                    else if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= QuestionnaireScale.ItemMax)
                    {
                        values.Add(v);
                    }
                    else
                    {
                        errors.Add(key, $"{scale.Name}, item {item} ({scale.Items[item - 1]}): choose one of the answers.");
                        values.Add(null);
                    }
                }

                answers[scale.Id] = values;
                scores.Add(scale.Score(values));
            }

            if (errors.Count == 0 && !scores.Any(s => s.IsScored))
            {
                foreach (var s in scores)
                {
                    errors.Add(s.ScaleId, $"{form.Scale(s.ScaleId).Name} could not be scored: {s.NotScoredReason}");
                }
            }

            if (errors.Count > 0)
            {
                return Outcome.Refused<IReadOnlyList<ScaleResult>>(errors);
            }

            var owner = runner.Id;
            var today = runner.Today(clock);
            var previous = await db.Questionnaires.OwnedBy(owner).Where(q => q.Instrument == form.Id && q.Date < today)
                .OrderByDescending(q => q.Date).FirstOrDefaultAsync(cancellationToken);
            var previousScores = previous is null ? [] : ScoresOf(previous);
            var record = await db.Questionnaires.OwnedBy(owner).FirstOrDefaultAsync(q => q.Instrument == form.Id && q.Date == today, cancellationToken);
            if (record is null)
            {
                record = new QuestionnaireRecord { Id = Guid.NewGuid(), OwnerId = owner, Instrument = form.Id, Date = today, AnswersJson = "{}", ScoresJson = "{}" };
                db.Questionnaires.Add(record);
            }

            record.AnswersJson = JsonSerializer.Serialize(answers);
            record.ScoresJson = JsonSerializer.Serialize(scores.ToDictionary(s => s.ScaleId, s => s.Score));
            await db.SaveChangesAsync(cancellationToken);

            IReadOnlyList<ScaleResult> results = scores.Select(s =>
            {
                var scale = form.Scale(s.ScaleId);
                var before = previousScores.GetValueOrDefault(s.ScaleId);
                var change = s.Score is { } now && before is { } then ? scale.Compare(then, now) : null;
                return new ScaleResult(scale, s, change, previous?.Date);
            }).ToList();
            return Outcome.Done(results);
        }
    }
}
