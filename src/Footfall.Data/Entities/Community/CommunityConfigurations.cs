using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Footfall.Data.Entities;

internal sealed class CommunityProfileConfiguration : IEntityTypeConfiguration<CommunityProfile>
{
    public void Configure(EntityTypeBuilder<CommunityProfile> e)
    {
        e.ToTable("CommunityProfiles");
        e.HasKey(p => p.UserId);
        e.Property(p => p.DisplayName).HasMaxLength(40);
        e.Property(p => p.NormalizedName).HasMaxLength(40);
        e.HasIndex(p => p.NormalizedName).IsUnique();
        e.HasOne<FootfallUser>().WithOne().HasForeignKey<CommunityProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommunityPostConfiguration : IEntityTypeConfiguration<CommunityPost>
{
    public void Configure(EntityTypeBuilder<CommunityPost> e)
    {
        e.ToTable("CommunityPosts");
        e.Property(p => p.Title).HasMaxLength(150);
        e.Property(p => p.Body).HasMaxLength(4000);
        e.Property(p => p.HiddenById).HasMaxLength(450);
        e.HasIndex(p => new { p.QuestionId, p.CreatedAtUtc });
        e.HasIndex(p => new { p.AuthorId, p.CreatedAtUtc });
        e.HasOne<FootfallUser>().WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<CommunityPost>().WithMany().HasForeignKey(p => p.QuestionId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<PractitionerProfile>().WithMany().HasForeignKey(p => p.PractitionerId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PostReportConfiguration : IEntityTypeConfiguration<PostReport>
{
    public void Configure(EntityTypeBuilder<PostReport> e)
    {
        e.ToTable("PostReports");
        e.Property(r => r.Reason).HasMaxLength(32);
        e.Property(r => r.Note).HasMaxLength(500);
        e.HasIndex(r => new { r.PostId, r.ReporterId }).IsUnique();
        e.HasIndex(r => r.ReporterId);
        e.HasOne<CommunityPost>().WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<FootfallUser>().WithMany().HasForeignKey(r => r.ReporterId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NewsletterSubscriptionConfiguration : IEntityTypeConfiguration<NewsletterSubscription>
{
    public void Configure(EntityTypeBuilder<NewsletterSubscription> e)
    {
        e.ToTable("NewsletterSubscriptions");
        e.Property(s => s.Email).HasMaxLength(256);
        e.Property(s => s.NormalizedEmail).HasMaxLength(256);
        e.Property(s => s.ConfirmTokenHash).HasMaxLength(64);
        e.HasIndex(s => s.NormalizedEmail).IsUnique();
        e.HasIndex(s => s.ConfirmTokenHash).IsUnique();
    }
}

internal sealed class NewsletterIssueConfiguration : IEntityTypeConfiguration<NewsletterIssue>
{
    public void Configure(EntityTypeBuilder<NewsletterIssue> e)
    {
        e.ToTable("NewsletterIssues");
        e.Property(i => i.Subject).HasMaxLength(150);
        e.Property(i => i.Body).HasMaxLength(20000);
        e.Property(i => i.Announces).HasMaxLength(4000);
        e.Property(i => i.CreatedById).HasMaxLength(450);
        e.HasIndex(i => i.CreatedAtUtc);
    }
}
