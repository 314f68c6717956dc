using Footfall.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Footfall.Data.Entities;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<ActivityRecord>
{
    public void Configure(EntityTypeBuilder<ActivityRecord> activity)
    {
        activity.ToTable("Activities");
        activity.Property(a => a.Sport).HasMaxLength(32)
            .HasConversion(sport => sport.Code(), code => SportExtensions.FromCode(code));
        activity.Property(a => a.DamageNote).HasMaxLength(300);
        activity.Property(a => a.SourceFormat).HasMaxLength(8);
        activity.Property(a => a.SourceName).HasMaxLength(260);
        activity.Property(a => a.ContentHash).HasMaxLength(64);
        activity.Property(a => a.GearName).HasMaxLength(200);
        activity.HasIndex(a => new { a.OwnerId, a.ContentHash }).IsUnique();
        activity.HasIndex(a => new { a.OwnerId, a.Sport, a.StartUtc }).IsUnique();
        activity.HasIndex(a => new { a.OwnerId, a.StartUtc });
        activity.HasOne<FootfallUser>().WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.Cascade);
        activity.HasOne<Shoe>().WithMany().HasForeignKey(a => a.ShoeId).OnDelete(DeleteBehavior.SetNull);
        activity.HasOne(a => a.Track).WithOne().HasForeignKey<ActivityTrack>(t => t.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActivityTrackConfiguration : IEntityTypeConfiguration<ActivityTrack>
{
    public void Configure(EntityTypeBuilder<ActivityTrack> track)
    {
        track.ToTable("ActivityTracks");
        track.HasKey(t => t.ActivityId);
    }
}
