using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Footfall.Data.Entities;

internal sealed class ShoeConfiguration : IEntityTypeConfiguration<Shoe>
{
    public void Configure(EntityTypeBuilder<Shoe> shoe)
    {
        shoe.ToTable("Shoes");
        shoe.Property(s => s.Name).HasMaxLength(100);
        shoe.HasIndex(s => s.OwnerId);
        shoe.HasOne<FootfallUser>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
