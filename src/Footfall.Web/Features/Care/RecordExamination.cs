using System.Globalization;
using System.Text.Json;
using Footfall.Assessment;
using Footfall.Assessment.Knowledge;
using Footfall.Care.Consent;
using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Care;

/// <summary>
/// The in-clinic examination: the clinician records findings (any finding the knowledge base defines,
/// the clinician-only examination findings first) in a SOAP note; the engine re-runs the runner's latest
/// case with them, and the ranking before and after is stored beside the clinician's working diagnosis.
/// Needs the runner's consent to their assessments; the write is audited.
/// </summary>
public sealed class RecordExamination(FootfallDbContext db, CaseFile caseFile, CareAccess access, AssessmentEngine engine, TimeProvider clock)
{
    /// <summary>The longest free-text part of the note.</summary>
    public const int MaxNoteLength = 4000;

    /// <param name="Findings">Finding id to "yes", "no", "not_sure", or a number in the finding's unit; blank answers are left out.</param>
    /// <param name="Subjective">S: what the runner reports.</param>
    /// <param name="Objective">O: what the examination found.</param>
    /// <param name="Assessment">A: the clinician's reasoning.</param>
    /// <param name="Plan">P: what happens next.</param>
    /// <param name="WorkingDiagnosis">The clinician's own working diagnosis: a condition id or their words.</param>
    public sealed record Request(
        IReadOnlyDictionary<string, string>? Findings,
        string? Subjective = null,
        string? Objective = null,
        string? Assessment = null,
        string? Plan = null,
        string? WorkingDiagnosis = null);

    /// <summary>Every finding the clinician can record: examination (clinician-only) findings first, then the runner's, by group.</summary>
    public IReadOnlyList<FindingDefinition> RecordableFindings() =>
        engine.Knowledge.Findings.OrderBy(f => f.ClinicianOnly ? 0 : 1).ThenBy(f => f.Group, StringComparer.Ordinal).ToList();

    public async Task<Outcome<Examination>> RunAsync(string actorId, string runnerId, Request request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var allowed = await caseFile.AccessAsync(actorId, runnerId, ct);
        if (allowed is null || !allowed.Value.Scopes.HasFlag(ConsentScope.Assessments))
        {
            return Outcome<Examination>.NotFound();
        }

        var latest = await db.Assessments.OwnedBy(runnerId).OrderByDescending(a => a.CreatedAtUtc).FirstOrDefaultAsync(ct);
        var errors = new FieldErrors();
        Case? before = null;
        if (latest is null)
        {
            errors.Add("findings", "The runner has no saved assessment yet to start from; ask them to take and save one.");
        }
        else
        {
            try
            {
                before = CaseJson.Parse(latest.CaseJson, engine.Knowledge);
            }
            catch (CaseFormatException ex)
            {
                errors.Add("findings", $"The runner's saved case cannot be read: {ex.Message}");
            }
        }

        var after = before;
        foreach (var (id, raw) in request.Findings ?? new Dictionary<string, string>())
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var finding = engine.Knowledge.FindFinding(id);
            if (finding is null)
            {
                errors.Add("findings", $"'{id}' is not a finding Footfall knows.");
                continue;
            }

            if (Parse(finding, raw.Trim()) is not { } answer)
            {
                errors.Add($"findings[{id}]", finding.Kind == FindingKind.Bool
                    ? $"{finding.Question}: answer yes, no or not sure."
                    : $"{finding.Question}: give a number from {finding.Minimum} to {finding.Maximum}{(finding.Unit is null ? string.Empty : " " + finding.Unit)}.");
                continue;
            }

            after = after?.With(id, answer);
        }

        Check(errors, "subjective", request.Subjective);
        Check(errors, "objective", request.Objective);
        Check(errors, "assessment", request.Assessment);
        Check(errors, "plan", request.Plan);
        if (request.WorkingDiagnosis?.Length > 200)
        {
            errors.Add("workingDiagnosis", "Keep the working diagnosis to 200 characters.");
        }

        if (errors.Count > 0 || before is null || after is null)
        {
            return Outcome<Examination>.Invalid(errors);
        }

        var beforeResult = engine.Assess(before);
        var afterResult = engine.Assess(after);
        var examination = new Examination
        {
            Id = Guid.NewGuid(),
            OwnerId = runnerId,
            PractitionerId = allowed.Value.Practitioner.Id,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            Subjective = request.Subjective?.Trim() ?? string.Empty,
            Objective = request.Objective?.Trim() ?? string.Empty,
            Assessment = request.Assessment?.Trim() ?? string.Empty,
            Plan = request.Plan?.Trim() ?? string.Empty,
            WorkingDiagnosis = string.IsNullOrWhiteSpace(request.WorkingDiagnosis) ? null : request.WorkingDiagnosis.Trim(),
            BeforeTopConditionId = beforeResult.Conditions.Count > 0 ? beforeResult.Conditions[0].Id : null,
            AfterTopConditionId = afterResult.Conditions.Count > 0 ? afterResult.Conditions[0].Id : null,
            CaseJson = CaseJson.Serialize(after),
            BeforeResultJson = AssessmentResultJson.Serialize(beforeResult),
            AfterResultJson = AssessmentResultJson.Serialize(afterResult),
        };
        db.Examinations.Add(examination);
        access.Audit(actorId, runnerId, "write", "Examination", examination.Id.ToString());
        await db.SaveChangesAsync(ct);
        return Outcome<Examination>.Done(examination);
    }

    /// <summary>The examination with both rankings re-computed from its stored case, for the side-by-side view; audited as a read.</summary>
    public async Task<(Examination Examination, AssessmentResult Before, AssessmentResult After)?> ReadAsync(string actorId, Guid examinationId, CancellationToken ct)
    {
        var examination = await db.Examinations.FindAsync([examinationId], ct);
        if (examination is null)
        {
            return null;
        }

        var allowed = await caseFile.AccessAsync(actorId, examination.OwnerId, ct);
        if (allowed is null || !allowed.Value.Scopes.HasFlag(ConsentScope.Assessments))
        {
            return null;
        }

        var after = CaseJson.Parse(examination.CaseJson, engine.Knowledge);
        var saved = await db.Assessments.OwnedBy(examination.OwnerId).Where(a => a.CreatedAtUtc <= examination.AtUtc).OrderByDescending(a => a.CreatedAtUtc).FirstOrDefaultAsync(ct);
        var before = saved is null ? after : CaseJson.Parse(saved.CaseJson, engine.Knowledge);
        access.Audit(actorId, examination.OwnerId, "read", "Examination", examination.Id.ToString());
        await db.SaveChangesAsync(ct);
        return (examination, engine.Assess(before), engine.Assess(after));
    }

    /// <summary>Reads "yes", "no", "not_sure" or a number within the finding's range.</summary>
    public static FindingAnswer? Parse(FindingDefinition finding, string raw)
    {
        ArgumentNullException.ThrowIfNull(finding);
        switch (raw.ToLowerInvariant())
        {
            case "not_sure" or "not sure" or "unsure":
                return FindingAnswer.NotSure;
            case "yes" or "true" when finding.Kind == FindingKind.Bool:
                return FindingAnswer.Yes;
            case "no" or "false" when finding.Kind == FindingKind.Bool:
                return FindingAnswer.No;
        }

        if (finding.Kind != FindingKind.Bool
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value) && value >= finding.Minimum && value <= finding.Maximum)
        {
            return FindingAnswer.Of(value);
        }

        return null;
    }

    private static void Check(FieldErrors errors, string field, string? text)
    {
        if (text?.Length > MaxNoteLength)
        {
            errors.Add(field, $"Keep each part of the note to {MaxNoteLength:N0} characters.");
        }
    }

    /// <summary>The results stored with an examination, for the API.</summary>
    public static JsonDocument ResultOf(string json) => JsonDocument.Parse(json);
}
