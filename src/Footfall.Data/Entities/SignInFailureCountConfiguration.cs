using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Footfall.Data.Entities;

internal sealed class SignInFailureCountConfiguration : IEntityTypeConfiguration<SignInFailureCount>
{
    public void Configure(EntityTypeBuilder<SignInFailureCount> count)
    {
        // The throttle's SQL names this table and these columns (Footfall.Web SignInThrottle).
        count.ToTable("SignInFailures");
        count.HasKey(c => c.Key);
        count.Property(c => c.Key).HasMaxLength(64);
        count.HasIndex(c => c.LastFailureTicks);
    }
}
