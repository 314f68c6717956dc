using Footfall.Data.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Data;

/// <summary>
/// The one EF Core model for both providers. Each provider has a subclass
/// (<see cref="SqliteFootfallDbContext"/>, <see cref="PostgresFootfallDbContext"/>) only so that
/// its hand-written migrations can be told apart; the model itself is defined here once.
/// </summary>
public abstract class FootfallDbContext : IdentityDbContext<FootfallUser>
{
    protected FootfallDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Shoe> Shoes => Set<Shoe>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Each feature's entities are configured in their own IEntityTypeConfiguration class
        // (Entities/*Configuration.cs), so features add files rather than edit this one.
        builder.ApplyConfigurationsFromAssembly(typeof(FootfallDbContext).Assembly);

        builder.Entity<Shoe>(shoe =>
        {
            shoe.ToTable("Shoes");
            shoe.Property(s => s.Name).HasMaxLength(100);
            shoe.HasIndex(s => s.OwnerId);
            shoe.HasOne<FootfallUser>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("AuditEntries");
            audit.Property(a => a.Action).HasMaxLength(64);
            audit.Property(a => a.RecordType).HasMaxLength(64);
            audit.Property(a => a.RecordId).HasMaxLength(64);
            audit.HasIndex(a => new { a.SubjectUserId, a.AtUtc });
        });
    }
}

/// <summary>The model on SQLite; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteFootfallDbContext(DbContextOptions<SqliteFootfallDbContext> options)
    : FootfallDbContext(options);

/// <summary>The model on PostgreSQL; its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresFootfallDbContext(DbContextOptions<PostgresFootfallDbContext> options)
    : FootfallDbContext(options);
