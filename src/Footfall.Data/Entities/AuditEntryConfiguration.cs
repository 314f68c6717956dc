using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Footfall.Data.Entities;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> audit)
    {
        audit.ToTable("AuditEntries");
        audit.Property(a => a.ActorId).HasMaxLength(128);
        audit.Property(a => a.Action).HasMaxLength(64);
        audit.Property(a => a.RecordType).HasMaxLength(64);
        audit.Property(a => a.RecordId).HasMaxLength(64);
        audit.Property(a => a.Detail).HasMaxLength(200);
        audit.Property(a => a.IpAddress).HasMaxLength(45);
        audit.HasIndex(a => new { a.SubjectUserId, a.AtUtc });
    }
}
