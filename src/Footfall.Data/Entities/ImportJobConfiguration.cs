using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Footfall.Data.Entities;

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> job)
    {
        job.ToTable("ImportJobs");
        job.Property(j => j.State).HasMaxLength(16);
        job.Property(j => j.Error).HasMaxLength(500);
        job.Property(j => j.Node).HasMaxLength(200);
        job.HasIndex(j => new { j.OwnerId, j.CreatedAtUtc });
        job.HasIndex(j => j.State);
        job.HasOne<FootfallUser>().WithMany().HasForeignKey(j => j.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImportJobFileConfiguration : IEntityTypeConfiguration<ImportJobFile>
{
    public void Configure(EntityTypeBuilder<ImportJobFile> file)
    {
        file.ToTable("ImportJobFiles");
        file.HasKey(f => new { f.JobId, f.FileIndex, f.ChunkIndex });
        file.Property(f => f.Name).HasMaxLength(260);
        file.HasOne<ImportJob>().WithMany().HasForeignKey(f => f.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}
