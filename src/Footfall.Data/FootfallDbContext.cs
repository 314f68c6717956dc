using Footfall.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Data;

/// <summary>
/// The one EF Core model for both providers. Each provider has a subclass
/// (<see cref="SqliteFootfallDbContext"/>, <see cref="PostgresFootfallDbContext"/>) only so that
/// its generated migrations can be told apart; the model itself is defined here once.
/// It also holds the data-protection keys, so every web node signs and opens the same cookies.
/// </summary>
public abstract class FootfallDbContext : IdentityDbContext<FootfallUser>, IDataProtectionKeyContext
{
    protected FootfallDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Shoe> Shoes => Set<Shoe>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<UserSession> Sessions => Set<UserSession>();

    public DbSet<SavedAssessment> Assessments => Set<SavedAssessment>();

    public DbSet<ActivityRecord> Activities => Set<ActivityRecord>();

    public DbSet<ActivityTrack> ActivityTracks => Set<ActivityTrack>();

    public DbSet<CheckInRecord> CheckIns => Set<CheckInRecord>();

    public DbSet<RecoveryEnrollment> RecoveryEnrollments => Set<RecoveryEnrollment>();

    public DbSet<QuestionnaireRecord> Questionnaires => Set<QuestionnaireRecord>();

    public DbSet<AppointmentRecord> Appointments => Set<AppointmentRecord>();

    public DbSet<Clinic> Clinics => Set<Clinic>();

    public DbSet<ClinicMember> ClinicMembers => Set<ClinicMember>();

    public DbSet<PractitionerProfile> Practitioners => Set<PractitionerProfile>();

    public DbSet<ClinicInvitation> ClinicInvitations => Set<ClinicInvitation>();

    public DbSet<WorkingHoursEntry> WorkingHours => Set<WorkingHoursEntry>();

    public DbSet<BlockedTimeEntry> BlockedTimes => Set<BlockedTimeEntry>();

    public DbSet<AppointmentTypeEntry> AppointmentTypes => Set<AppointmentTypeEntry>();

    public DbSet<Booking> Bookings => Set<Booking>();

    public DbSet<WaitlistEntry> Waitlist => Set<WaitlistEntry>();

    public DbSet<ConsentGrant> Consents => Set<ConsentGrant>();

    public DbSet<Examination> Examinations => Set<Examination>();

    public DbSet<PlanChange> PlanChanges => Set<PlanChange>();

    public DbSet<CommunityProfile> CommunityProfiles => Set<CommunityProfile>();

    public DbSet<CommunityPost> CommunityPosts => Set<CommunityPost>();

    public DbSet<PostReport> PostReports => Set<PostReport>();

    public DbSet<NewsletterSubscription> NewsletterSubscriptions => Set<NewsletterSubscription>();

    public DbSet<NewsletterIssue> NewsletterIssues => Set<NewsletterIssue>();
    /// <summary>The keys that protect cookies and sealed interviews, shared by every node (ASP.NET Core data protection).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();

    public DbSet<ImportJobFile> ImportJobFiles => Set<ImportJobFile>();

    public DbSet<SignInFailureCount> SignInFailures => Set<SignInFailureCount>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Each feature's entities are configured in their own IEntityTypeConfiguration class
        // (Entities/*Configuration.cs), so features add files rather than edit this one.
        builder.ApplyConfigurationsFromAssembly(typeof(FootfallDbContext).Assembly);
    }
}

/// <summary>The model on SQLite; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteFootfallDbContext(DbContextOptions<SqliteFootfallDbContext> options)
    : FootfallDbContext(options);

/// <summary>The model on PostgreSQL; its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresFootfallDbContext(DbContextOptions<PostgresFootfallDbContext> options)
    : FootfallDbContext(options);
