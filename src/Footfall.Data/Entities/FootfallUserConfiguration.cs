using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Footfall.Data.Entities;

internal sealed class FootfallUserConfiguration : IEntityTypeConfiguration<FootfallUser>
{
    public void Configure(EntityTypeBuilder<FootfallUser> user) =>
        user.Property(u => u.TimeZoneId).HasMaxLength(64);
}
