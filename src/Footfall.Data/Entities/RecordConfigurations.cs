using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Footfall.Data.Entities;

internal sealed class SavedAssessmentConfiguration : IEntityTypeConfiguration<SavedAssessment>
{
    public void Configure(EntityTypeBuilder<SavedAssessment> e)
    {
        e.ToTable("Assessments");
        e.Property(a => a.Triage).HasMaxLength(32);
        e.Property(a => a.TopConditionId).HasMaxLength(64);
        e.HasIndex(a => new { a.OwnerId, a.CreatedAtUtc });
        e.HasOne<FootfallUser>().WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckInRecord>
{
    public void Configure(EntityTypeBuilder<CheckInRecord> e)
    {
        e.ToTable("CheckIns");
        e.Property(c => c.CrossTraining).HasMaxLength(32);
        e.Property(c => c.ExercisesDone).HasMaxLength(2000);
        e.Property(c => c.MovementSafeToday).HasMaxLength(2000);
        e.Property(c => c.MovementHealthy).HasMaxLength(2000);
        e.Property(c => c.MovementPushThrough).HasMaxLength(2000);
        e.Property(c => c.Note).HasMaxLength(2000);
        e.Property(c => c.Decision).HasMaxLength(16);
        e.Property(c => c.DecisionRule).HasMaxLength(64);
        e.Property(c => c.DecisionReason).HasMaxLength(1000);
        e.HasIndex(c => new { c.OwnerId, c.Date }).IsUnique();
        e.HasOne<FootfallUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RecoveryEnrollmentConfiguration : IEntityTypeConfiguration<RecoveryEnrollment>
{
    public void Configure(EntityTypeBuilder<RecoveryEnrollment> e)
    {
        e.ToTable("RecoveryEnrollments");
        e.Property(r => r.ConditionId).HasMaxLength(64);
        e.HasIndex(r => new { r.OwnerId, r.Active });

        // One active plan per runner, enforced by the database: 20 racing "start plan" posts leave one.
        // TRUE is understood by SQLite (3.23+) and PostgreSQL alike.
        e.HasIndex(r => r.OwnerId).HasDatabaseName("IX_RecoveryEnrollments_OneActivePerOwner").IsUnique().HasFilter("\"Active\" = TRUE");
        e.HasOne<FootfallUser>().WithMany().HasForeignKey(r => r.OwnerId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<SavedAssessment>().WithMany().HasForeignKey(r => r.AssessmentId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class QuestionnaireConfiguration : IEntityTypeConfiguration<QuestionnaireRecord>
{
    public void Configure(EntityTypeBuilder<QuestionnaireRecord> e)
    {
        e.ToTable("Questionnaires");
        e.Property(q => q.Instrument).HasMaxLength(16);
        e.HasIndex(q => new { q.OwnerId, q.Instrument, q.Date });
        e.HasOne<FootfallUser>().WithMany().HasForeignKey(q => q.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<AppointmentRecord>
{
    public void Configure(EntityTypeBuilder<AppointmentRecord> e)
    {
        e.ToTable("Appointments");
        e.Property(a => a.Title).HasMaxLength(200);
        e.Property(a => a.Location).HasMaxLength(200);

        // Added to existing tables by a migration, which fills the rows already there with 0; the
        // model says the same, so a migrated database and a new one agree.
        e.Property(a => a.Sequence).HasDefaultValue(0);
        e.HasIndex(a => new { a.OwnerId, a.StartUtc });
        e.HasOne<FootfallUser>().WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
