using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Footfall.Data.Entities;

internal sealed class FootfallUserConfiguration : IEntityTypeConfiguration<FootfallUser>
{
    public void Configure(EntityTypeBuilder<FootfallUser> user)
    {
        user.Property(u => u.TimeZoneId).HasMaxLength(64);
        user.Property(u => u.DistanceUnit).HasDefaultValue(Footfall.Training.DistanceUnit.Kilometres);

        // One account per email, enforced by the database too: two racing registrations cannot both win.
        user.HasIndex(u => u.NormalizedEmail).HasDatabaseName("EmailIndex").IsUnique();
    }
}
