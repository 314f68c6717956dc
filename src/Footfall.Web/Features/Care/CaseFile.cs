using System.Text.Json;
using Footfall.Assessment;
using Footfall.Assessment.Knowledge;
using Footfall.Care.Consent;
using Footfall.Data;
using Footfall.Data.Activities;
using Footfall.Data.Entities;
using Footfall.Recovery;
using Footfall.Recovery.Questionnaires;
using Footfall.Training;
using Footfall.Web.Features.Recovery;
using Footfall.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Care;

/// <summary>
/// The clinician's read of a runner's case: allowed only while a consent naming them (or a clinic they
/// work at) is in force, limited to what it covers, and audited part by part (who, what, when) in the
/// same request. Anything else answers "not found".
/// </summary>
public sealed class CaseFile(FootfallDbContext db, CareAccess access, AssessmentEngine engine, RecoveryKnowledge recovery, TimeProvider clock)
{
    /// <summary>Days of check-ins shown.</summary>
    public const int CheckInDays = 42;

    /// <summary>The practitioner and what they may read now, or null when they may read nothing of this runner's.</summary>
    public async Task<(PractitionerProfile Practitioner, ConsentScope Scopes)?> AccessAsync(string actorId, string runnerId, CancellationToken ct)
    {
        var practitioner = await access.PractitionerAsync(actorId, ct);
        if (practitioner is null || practitioner.UserId == runnerId)
        {
            return null;
        }

        var scopes = await access.GrantedScopesAsync(practitioner, runnerId, ct);
        return scopes == ConsentScope.None ? null : (practitioner, scopes);
    }

    public async Task<CaseView?> ReadAsync(string actorId, string runnerId, CancellationToken ct)
    {
        var allowed = await AccessAsync(actorId, runnerId, ct);
        var runner = allowed is null ? null : await db.Users.SingleOrDefaultAsync(u => u.Id == runnerId, ct);
        if (allowed is null || runner is null)
        {
            return null;
        }

        var (practitioner, scopes) = allowed.Value;
        var zone = RunnerTime.FromId(runner.TimeZoneId);
        var today = TrainingHistory.LocalDate(clock.GetUtcNow(), zone);
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var until = await db.Consents.OwnedBy(runnerId)
            .Where(c => c.RevokedAtUtc == null && c.ExpiresAtUtc > nowUtc && (c.PractitionerId == practitioner.Id || c.ClinicId != null))
            .Select(c => (DateTime?)c.ExpiresAtUtc).MaxAsync(ct);

        IReadOnlyList<CaseView.AssessmentSummary> assessments = [];
        AssessmentResult? latest = null;
        IReadOnlyList<Examination> examinations = [];
        if (scopes.HasFlag(ConsentScope.Assessments))
        {
            var saved = await db.Assessments.OwnedBy(runnerId).OrderByDescending(a => a.CreatedAtUtc).Take(10).ToListAsync(ct);
            assessments = saved.Select(a => new CaseView.AssessmentSummary(a.Id, CareAccess.Utc(a.CreatedAtUtc), a.Triage, a.TopConditionId, a.TopConditionId is { } id ? engine.Knowledge.FindCondition(id)?.Name : null)).ToList();
            latest = saved.Count > 0 ? Rerun(saved[0].CaseJson) : null;
            examinations = await db.Examinations.OwnedBy(runnerId).OrderByDescending(x => x.AtUtc).Take(10).ToListAsync(ct);
            access.Audit(actorId, runnerId, "read", "Assessments");
        }

        IReadOnlyList<Footfall.Training.TrainingSignal> signals = [];
        IReadOnlyList<Footfall.Training.ShoeMileage> shoes = [];
        IReadOnlyList<(DateOnly WeekStart, double Km)> weeklyKm = [];
        if (scopes.HasFlag(ConsentScope.RunningHistory))
        {
            var report = await TrainingEvidence.ReportAsync(db, runnerId, today, zone, DistanceUnit.Kilometres, ct);
            signals = report.Signals;
            shoes = report.Shoes;
            weeklyKm = report.Weekly.TakeLast(8).Select(w => (w.WeekStart, w.Distance.Kilometers)).ToList();
            access.Audit(actorId, runnerId, "read", "RunningHistory");
        }

        RecoveryPlan? plan = null;
        PlanPosition? position = null;
        string? chart = null;
        IReadOnlyList<CaseView.CheckInLine> checkIns = [];
        IReadOnlyList<CaseView.ScoreLine> scores = [];
        IReadOnlyList<PlanChange> changes = [];
        if (scopes.HasFlag(ConsentScope.Recovery))
        {
            var enrollment = await db.RecoveryEnrollments.OwnedBy(runnerId).Where(e => e.Active).OrderByDescending(e => e.StartedOn).FirstOrDefaultAsync(ct);
            if (enrollment is not null)
            {
                plan = recovery.Plans.GetValueOrDefault(enrollment.ConditionId);
                position = RecoveryJournal.PositionOf(enrollment);
            }

            var from = today.AddDays(-CheckInDays);
            var records = await db.CheckIns.OwnedBy(runnerId).Where(c => c.Date >= from).OrderBy(c => c.Date).ToListAsync(ct);
            var domain = records.Select(r => r.ToDomain()).ToList();
            checkIns = records.Select(r =>
            {
                var d = r.ToDomain();
                return new CaseView.CheckInLine(r.Date, d.PainFirstSteps, d.PainDuringActivity, d.PainAfterActivity, d.PainNextMorning, CheckInRecords.DecisionTitle(r.Decision()));
            }).ToList();
            chart = domain.Count > 0 ? ProgressChart.Svg(ProgressChart.Days(domain), weeklyKm, today, ProgressChart.Size.Wide) : null;
            scores = await ScoresAsync(runnerId, ct);
            changes = await db.PlanChanges.OwnedBy(runnerId).OrderByDescending(p => p.AtUtc).Take(20).ToListAsync(ct);
            access.Audit(actorId, runnerId, "read", "Recovery");
        }

        await db.SaveChangesAsync(ct);
        return new CaseView(
            runnerId,
            runner.Email ?? "runner",
            scopes,
            until is { } u ? CareAccess.Utc(u) : null,
            assessments,
            latest,
            examinations,
            signals,
            shoes,
            plan,
            position,
            chart,
            checkIns,
            scores,
            changes);
    }

    /// <summary>The engine's result for a stored case, re-run so the reasons reflect today's knowledge; null if the case no longer parses.</summary>
    public AssessmentResult? Rerun(string caseJson)
    {
        try
        {
            return engine.Assess(CaseJson.Parse(caseJson, engine.Knowledge));
        }
        catch (CaseFormatException)
        {
            return null;
        }
    }

    private async Task<IReadOnlyList<CaseView.ScoreLine>> ScoresAsync(string runnerId, CancellationToken ct)
    {
        var records = await db.Questionnaires.OwnedBy(runnerId).OrderBy(q => q.Date).ToListAsync(ct);
        var lines = new List<CaseView.ScoreLine>();
        var previous = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (!recovery.Questionnaires.TryGetValue(record.Instrument, out var questionnaire))
            {
                continue;
            }

            var values = JsonSerializer.Deserialize<Dictionary<string, double?>>(record.ScoresJson) ?? [];
            foreach (var scale in questionnaire.Scales)
            {
                var score = values.GetValueOrDefault(scale.Id);
                ScoreChange? change = score is { } now && previous.TryGetValue(scale.Id, out var before) ? scale.Compare(before, now) : null;
                if (score is { } s)
                {
                    previous[scale.Id] = s;
                }

                lines.Add(new CaseView.ScoreLine(record.Date, questionnaire.Name, scale.Name, score, change));
            }
        }

        return lines.OrderByDescending(l => l.Date).Take(12).ToList();
    }
}
