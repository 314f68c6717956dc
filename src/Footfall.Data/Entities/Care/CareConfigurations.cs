using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Footfall.Data.Entities;

internal sealed class ClinicConfiguration : IEntityTypeConfiguration<Clinic>
{
    public void Configure(EntityTypeBuilder<Clinic> e)
    {
        e.ToTable("Clinics");
        e.Property(c => c.Name).HasMaxLength(200);
        e.Property(c => c.Address).HasMaxLength(300);
        e.Property(c => c.Town).HasMaxLength(200);
        e.Property(c => c.TimeZoneId).HasMaxLength(64);
    }
}

internal sealed class ClinicMemberConfiguration : IEntityTypeConfiguration<ClinicMember>
{
    public void Configure(EntityTypeBuilder<ClinicMember> e)
    {
        e.ToTable("ClinicMembers");
        e.HasIndex(m => new { m.ClinicId, m.UserId, m.Role }).IsUnique();
        e.HasIndex(m => m.UserId);
        e.HasOne<Clinic>().WithMany().HasForeignKey(m => m.ClinicId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<FootfallUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PractitionerProfileConfiguration : IEntityTypeConfiguration<PractitionerProfile>
{
    public void Configure(EntityTypeBuilder<PractitionerProfile> e)
    {
        e.ToTable("Practitioners");
        e.Property(p => p.DisplayName).HasMaxLength(200);
        e.Property(p => p.Bio).HasMaxLength(2000);
        e.Property(p => p.ConditionsTreated).HasMaxLength(2000);
        e.HasIndex(p => p.UserId).IsUnique();
        e.HasOne<FootfallUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ClinicInvitationConfiguration : IEntityTypeConfiguration<ClinicInvitation>
{
    public void Configure(EntityTypeBuilder<ClinicInvitation> e)
    {
        e.ToTable("ClinicInvitations");
        e.Property(i => i.Email).HasMaxLength(256);
        e.Property(i => i.TokenHash).HasMaxLength(64);
        e.HasIndex(i => i.TokenHash).IsUnique();
        e.HasIndex(i => i.ClinicId);
        e.HasOne<Clinic>().WithMany().HasForeignKey(i => i.ClinicId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkingHoursConfiguration : IEntityTypeConfiguration<WorkingHoursEntry>
{
    public void Configure(EntityTypeBuilder<WorkingHoursEntry> e)
    {
        e.ToTable("WorkingHours");
        e.HasIndex(h => new { h.PractitionerId, h.ClinicId });
        e.HasOne<Clinic>().WithMany().HasForeignKey(h => h.ClinicId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<PractitionerProfile>().WithMany().HasForeignKey(h => h.PractitionerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BlockedTimeConfiguration : IEntityTypeConfiguration<BlockedTimeEntry>
{
    public void Configure(EntityTypeBuilder<BlockedTimeEntry> e)
    {
        e.ToTable("BlockedTimes");
        e.Property(b => b.Reason).HasMaxLength(200);
        e.HasIndex(b => new { b.ClinicId, b.LastDay });
        e.HasOne<Clinic>().WithMany().HasForeignKey(b => b.ClinicId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<PractitionerProfile>().WithMany().HasForeignKey(b => b.PractitionerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AppointmentTypeConfiguration : IEntityTypeConfiguration<AppointmentTypeEntry>
{
    public void Configure(EntityTypeBuilder<AppointmentTypeEntry> e)
    {
        e.ToTable("AppointmentTypes");
        e.Property(t => t.Name).HasMaxLength(100);
        e.HasIndex(t => t.ClinicId);
        e.HasOne<Clinic>().WithMany().HasForeignKey(t => t.ClinicId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> e)
    {
        // On PostgreSQL the migration adds BookingOverlap.PostgresConstraint (raw SQL: EF cannot model an
        // exclusion constraint); on SQLite BookAppointment checks for overlap inside an immediate transaction.
        e.ToTable("Bookings");
        e.HasIndex(b => new { b.PractitionerId, b.StartUtc });
        e.HasIndex(b => new { b.OwnerId, b.StartUtc });
        e.HasOne<FootfallUser>().WithMany().HasForeignKey(b => b.OwnerId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Clinic>().WithMany().HasForeignKey(b => b.ClinicId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<PractitionerProfile>().WithMany().HasForeignKey(b => b.PractitionerId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<AppointmentTypeEntry>().WithMany().HasForeignKey(b => b.AppointmentTypeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WaitlistConfiguration : IEntityTypeConfiguration<WaitlistEntry>
{
    public void Configure(EntityTypeBuilder<WaitlistEntry> e)
    {
        e.ToTable("Waitlist");
        e.HasIndex(w => new { w.PractitionerId, w.Active, w.CreatedAtUtc });
        e.HasIndex(w => w.OwnerId);
        e.HasOne<FootfallUser>().WithMany().HasForeignKey(w => w.OwnerId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<PractitionerProfile>().WithMany().HasForeignKey(w => w.PractitionerId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Clinic>().WithMany().HasForeignKey(w => w.ClinicId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<AppointmentTypeEntry>().WithMany().HasForeignKey(w => w.AppointmentTypeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConsentGrantConfiguration : IEntityTypeConfiguration<ConsentGrant>
{
    public void Configure(EntityTypeBuilder<ConsentGrant> e)
    {
        e.ToTable("Consents");
        e.HasIndex(c => c.OwnerId);
        e.HasIndex(c => c.PractitionerId);
        e.HasIndex(c => c.ClinicId);
        e.HasOne<FootfallUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<PractitionerProfile>().WithMany().HasForeignKey(c => c.PractitionerId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Clinic>().WithMany().HasForeignKey(c => c.ClinicId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ExaminationConfiguration : IEntityTypeConfiguration<Examination>
{
    public void Configure(EntityTypeBuilder<Examination> e)
    {
        e.ToTable("Examinations");
        e.Property(x => x.Subjective).HasMaxLength(4000);
        e.Property(x => x.Objective).HasMaxLength(4000);
        e.Property(x => x.Assessment).HasMaxLength(4000);
        e.Property(x => x.Plan).HasMaxLength(4000);
        e.Property(x => x.WorkingDiagnosis).HasMaxLength(200);
        e.Property(x => x.BeforeTopConditionId).HasMaxLength(64);
        e.Property(x => x.AfterTopConditionId).HasMaxLength(64);
        e.HasIndex(x => new { x.OwnerId, x.AtUtc });
        e.HasOne<FootfallUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<PractitionerProfile>().WithMany().HasForeignKey(x => x.PractitionerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanChangeConfiguration : IEntityTypeConfiguration<PlanChange>
{
    public void Configure(EntityTypeBuilder<PlanChange> e)
    {
        e.ToTable("PlanChanges");
        e.Property(p => p.ChangedById).HasMaxLength(450);
        e.Property(p => p.ChangedByName).HasMaxLength(200);
        e.Property(p => p.FromConditionId).HasMaxLength(64);
        e.Property(p => p.ToConditionId).HasMaxLength(64);
        e.Property(p => p.Exercises).HasMaxLength(2000);
        e.Property(p => p.Reason).HasMaxLength(2000);
        e.HasIndex(p => new { p.OwnerId, p.AtUtc });
        e.HasOne<FootfallUser>().WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
