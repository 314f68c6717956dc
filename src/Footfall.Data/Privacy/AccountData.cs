using System.Text.Json;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Data.Privacy;

/// <summary>
/// Everything an account owns, for the runner's right to export and to erase their data (GDPR Art. 17
/// and 20; OWASP ASVS 8.3.2 and 8.3.9). Both hosts use it: the account page and <c>footfall db</c>.
/// </summary>
public static class AccountData
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Finds an account by email (case-insensitive), or null.</summary>
    public static Task<FootfallUser?> FindByEmailAsync(FootfallDbContext db, string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(email);
        var normalized = email.Trim().ToUpperInvariant();
        return db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
    }

    /// <summary>Writes every record the account owns as one JSON document, and audits the export.</summary>
    public static async Task ExportAsync(FootfallDbContext db, string ownerId, Stream output, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(output);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == ownerId, cancellationToken);
        var document = new
        {
            exportedAtUtc = nowUtc,
            format = "footfall-export-v1",
            account = new { user.Email, user.CreatedAtUtc },
            assessments = await db.Assessments.AsNoTracking().OwnedBy(ownerId).OrderBy(a => a.CreatedAtUtc)
                .Select(a => new { a.Id, a.CreatedAtUtc, a.Triage, a.TopConditionId, @case = a.CaseJson, result = a.ResultJson })
                .ToListAsync(cancellationToken),
            shoes = await db.Shoes.AsNoTracking().OwnedBy(ownerId).OrderBy(s => s.Name).ToListAsync(cancellationToken),
            activities = await db.Activities.AsNoTracking().OwnedBy(ownerId).OrderBy(a => a.StartUtc)
                .Select(a => new
                {
                    a.Id, a.Sport, a.StartUtc, a.DurationSeconds, a.DistanceMeters, a.AverageHeartRateBpm,
                    a.AverageCadenceSpm, a.StanceTimeBalanceLeftPercent, a.SourceFormat, a.SourceName, a.GearName, a.ShoeId,
                })
                .ToListAsync(cancellationToken),
            recoveryPlans = await db.RecoveryEnrollments.AsNoTracking().OwnedBy(ownerId).OrderBy(r => r.StartedOn).ToListAsync(cancellationToken),
            checkIns = await db.CheckIns.AsNoTracking().OwnedBy(ownerId).OrderBy(c => c.Date).ToListAsync(cancellationToken),
            questionnaires = await db.Questionnaires.AsNoTracking().OwnedBy(ownerId).OrderBy(q => q.Date).ToListAsync(cancellationToken),
            appointments = await db.Appointments.AsNoTracking().OwnedBy(ownerId).OrderBy(a => a.StartUtc).ToListAsync(cancellationToken),
        };
        await JsonSerializer.SerializeAsync(output, document, Json, cancellationToken);
        db.AuditEntries.Add(new AuditEntry { AtUtc = nowUtc, ActorId = ownerId, SubjectUserId = ownerId, Action = "export", RecordType = "Account" });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Deletes the account and, through cascading foreign keys, everything it owns, in one transaction.
    /// The audit trail keeps the ids of who did it, never health data.
    /// </summary>
    public static async Task DeleteAsync(FootfallDbContext db, FootfallUser user, string? actorId, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry { AtUtc = nowUtc, ActorId = actorId, SubjectUserId = user.Id, Action = "delete-account", RecordType = "Account" });
        db.Users.Remove(user);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
