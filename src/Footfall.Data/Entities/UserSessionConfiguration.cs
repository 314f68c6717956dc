using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Footfall.Data.Entities;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> session)
    {
        session.ToTable("UserSessions");
        session.Property(s => s.Id).HasMaxLength(32);
        session.Property(s => s.Device).HasMaxLength(100);
        session.Property(s => s.IpAddress).HasMaxLength(45);
        session.Property(s => s.Method).HasMaxLength(32);
        session.HasIndex(s => s.UserId);
        session.HasOne<FootfallUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
