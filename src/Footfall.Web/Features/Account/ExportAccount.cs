using System.Text.Json;
using Footfall.Data;
using Footfall.Data.Activities;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Account;

/// <summary>
/// Use case: everything an account holds, given or derived, as one JSON document (GDPR Art. 15 and 20,
/// OWASP ASVS 4.0 8.3.9): the account with its time zone, assessments, shoes, activities with their
/// tracks, recovery plans, check-ins, questionnaires, appointments, community posts and reports, the newsletter subscription of its address, care records (bookings, waiting
/// lists, consents given, clinicians' examinations and plan changes, and, for a clinician, their profile
/// and clinic memberships), sessions and the account's audit trail. Called by the account page and by <c>footfall db export</c>; audited with who asked.
/// </summary>
public sealed class ExportAccount(FootfallDbContext db, AuditTrail audit, TimeProvider time)
{
    public const string Format = "footfall-export-v3";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <param name="OwnerId">The account to export.</param>
    /// <param name="ActorId">Who asked: the owner, or <see cref="AuditTrail.OperatorActor"/> from the command line.</param>
    public sealed record Request(string OwnerId, string ActorId);

    public async Task ExecuteAsync(Request request, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        var ownerId = request.OwnerId;
        var now = time.GetUtcNow().UtcDateTime;
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == ownerId, cancellationToken);
        var tracks = await db.ActivityTracks.AsNoTracking()
            .Where(t => db.Activities.Any(a => a.Id == t.ActivityId && a.OwnerId == ownerId))
            .ToDictionaryAsync(t => t.ActivityId, t => t.Data, cancellationToken);
        var activities = await db.Activities.AsNoTracking().OwnedBy(ownerId).OrderBy(a => a.StartUtc).ToListAsync(cancellationToken);
        var document = new
        {
            exportedAtUtc = now,
            format = Format,
            account = new
            {
                user.Email,
                user.EmailConfirmed,
                user.CreatedAtUtc,
                timeZone = user.TimeZoneId ?? "UTC",
                twoFactorEnabled = user.TwoFactorEnabled,
            },
            assessments = await db.Assessments.AsNoTracking().OwnedBy(ownerId).OrderBy(a => a.CreatedAtUtc)
                .Select(a => new { a.Id, a.CreatedAtUtc, a.Triage, a.TopConditionId, @case = a.CaseJson, result = a.ResultJson })
                .ToListAsync(cancellationToken),
            shoes = await db.Shoes.AsNoTracking().OwnedBy(ownerId).OrderBy(s => s.Name).ToListAsync(cancellationToken),
            activities = activities.Select(a => new
            {
                a.Id, a.Sport, a.StartUtc, a.DurationSeconds, a.DistanceMeters, a.AverageHeartRateBpm,
                a.AverageCadenceSpm, a.StanceTimeBalanceLeftPercent, a.SourceFormat, a.SourceName, a.GearName, a.ShoeId,
                track = tracks.TryGetValue(a.Id, out var data) ? Track(TrackCodec.Decode(data)) : null,
            }),
            recoveryPlans = await db.RecoveryEnrollments.AsNoTracking().OwnedBy(ownerId).OrderBy(r => r.StartedOn).ToListAsync(cancellationToken),
            checkIns = await db.CheckIns.AsNoTracking().OwnedBy(ownerId).OrderBy(c => c.Date).ToListAsync(cancellationToken),
            questionnaires = await db.Questionnaires.AsNoTracking().OwnedBy(ownerId).OrderBy(q => q.Date).ToListAsync(cancellationToken),
            appointments = await db.Appointments.AsNoTracking().OwnedBy(ownerId).OrderBy(a => a.StartUtc).ToListAsync(cancellationToken),
            care = new
            {
                bookings = await db.Bookings.AsNoTracking().OwnedBy(ownerId).OrderBy(b => b.StartUtc)
                    .Select(b => new { b.Id, b.ClinicId, b.PractitionerId, b.AppointmentTypeId, b.StartUtc, b.EndUtc, status = b.Status.ToString(), b.Sequence, b.CreatedAtUtc, b.CancelledAtUtc })
                    .ToListAsync(cancellationToken),
                waitlist = await db.Waitlist.AsNoTracking().OwnedBy(ownerId).OrderBy(w => w.CreatedAtUtc)
                    .Select(w => new { w.Id, w.ClinicId, w.PractitionerId, w.AppointmentTypeId, w.CreatedAtUtc, w.OfferedAtUtc, w.OfferedStartUtc, w.Active })
                    .ToListAsync(cancellationToken),
                consents = await db.Consents.AsNoTracking().OwnedBy(ownerId).OrderBy(c => c.GrantedAtUtc)
                    .Select(c => new { c.Id, c.PractitionerId, c.ClinicId, scopes = ((Footfall.Care.Consent.ConsentScope)c.Scopes).ToString(), c.GrantedAtUtc, c.ExpiresAtUtc, c.RevokedAtUtc })
                    .ToListAsync(cancellationToken),
                examinations = await db.Examinations.AsNoTracking().OwnedBy(ownerId).OrderBy(e => e.AtUtc)
                    .Select(e => new
                    {
                        e.Id, e.PractitionerId, e.AtUtc, e.Subjective, e.Objective, e.Assessment, e.Plan, e.WorkingDiagnosis,
                        e.BeforeTopConditionId, e.AfterTopConditionId, @case = e.CaseJson, before = e.BeforeResultJson, after = e.AfterResultJson,
                    })
                    .ToListAsync(cancellationToken),
                planChanges = await db.PlanChanges.AsNoTracking().OwnedBy(ownerId).OrderBy(p => p.AtUtc)
                    .Select(p => new { p.Id, p.ChangedByName, p.AtUtc, p.FromConditionId, p.ToConditionId, p.FromStage, p.ToStage, p.Exercises, p.Reason })
                    .ToListAsync(cancellationToken),
                practitionerProfile = await db.Practitioners.AsNoTracking().Where(p => p.UserId == ownerId)
                    .Select(p => new { p.Id, p.DisplayName, p.Profession, p.Bio, p.ConditionsTreated, p.CreatedAtUtc })
                    .SingleOrDefaultAsync(cancellationToken),
                clinicMemberships = await db.ClinicMembers.AsNoTracking().Where(m => m.UserId == ownerId).OrderBy(m => m.JoinedAtUtc)
                    .Select(m => new { m.ClinicId, role = m.Role.ToString(), m.JoinedAtUtc, m.RemovedAtUtc })
                    .ToListAsync(cancellationToken),
            },
            sessions = await db.Sessions.AsNoTracking().Where(s => s.UserId == ownerId).OrderBy(s => s.CreatedAtUtc)
                .Select(s => new { s.CreatedAtUtc, s.LastSeenAtUtc, s.Device, s.IpAddress, s.Method })
                .ToListAsync(cancellationToken),
            community = new
            {
                displayName = await db.CommunityProfiles.AsNoTracking().Where(p => p.UserId == ownerId).Select(p => p.DisplayName).SingleOrDefaultAsync(cancellationToken),
                posts = await db.CommunityPosts.AsNoTracking().Where(p => p.AuthorId == ownerId).OrderBy(p => p.CreatedAtUtc)
                    .Select(p => new { p.Id, p.QuestionId, p.Title, p.Body, p.CreatedAtUtc, p.HiddenAtUtc })
                    .ToListAsync(cancellationToken),
                reports = await db.PostReports.AsNoTracking().Where(r => r.ReporterId == ownerId).OrderBy(r => r.CreatedAtUtc)
                    .Select(r => new { r.PostId, r.Reason, r.Note, r.CreatedAtUtc, r.ResolvedAtUtc })
                    .ToListAsync(cancellationToken),
            },
            newsletter = await db.NewsletterSubscriptions.AsNoTracking().Where(s => s.NormalizedEmail == user.NormalizedEmail)
                .Select(s => new { s.Email, s.RequestedAtUtc, s.ConfirmedAtUtc })
                .SingleOrDefaultAsync(cancellationToken),
            auditTrail = await db.AuditEntries.AsNoTracking().Where(e => e.SubjectUserId == ownerId).OrderBy(e => e.Id)
                .Select(e => new { e.AtUtc, e.Action, e.ActorId, e.RecordType, e.RecordId, e.Detail, e.IpAddress })
                .ToListAsync(cancellationToken),
        };
        await JsonSerializer.SerializeAsync(output, document, Json, cancellationToken);
        await audit.RecordAsync(AuditActions.Export, ownerId, request.ActorId, cancellationToken: cancellationToken);
    }

    /// <summary>The chart samples as columns, null where the device recorded nothing (JSON has no NaN).</summary>
    private static object Track(TrackData track) => new
    {
        seconds = Column(track.Seconds),
        distanceMeters = Column(track.DistanceMeters),
        speedMetersPerSecond = Column(track.SpeedMetersPerSecond),
        heartRateBpm = Column(track.HeartRateBpm),
        cadence = Column(track.Cadence),
        altitudeMeters = Column(track.AltitudeMeters),
    };

    private static double?[] Column(float[] values) => [.. values.Select(v => float.IsFinite(v) ? (double?)v : null)];
}
