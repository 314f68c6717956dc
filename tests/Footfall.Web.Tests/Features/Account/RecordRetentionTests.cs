using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.Account;
using Footfall.Web.Tests.Features.Care;
using Footfall.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Features.Account;

/// <summary>
/// The retention rules (OWASP ASVS 4.0 8.3.8): ended sessions, accounts never confirmed within a week,
/// lapsed invitations and audit entries older than six years are deleted by the clean-up routine; what is
/// still in use stays, and the database itself still refuses to delete a young audit entry.
/// </summary>
public abstract class RecordRetentionTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : FootfallWebFactory
{
    [Fact]
    public async Task PurgeExpired_DeletesWhatOutlivedItsPurpose_AndKeepsWhatIsInUse()
    {
        var email = $"kept-{Guid.NewGuid():N}@example.com";
        var runner = await WebSession.SignedUpAsync(factory, email);
        var now = DateTime.UtcNow;
        var marker = Guid.NewGuid().ToString("N");
        string keptUserId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
            keptUserId = (await db.Users.SingleAsync(u => u.Email == email)).Id;
            db.Users.Add(Unconfirmed($"stale-{marker}@example.com", now.AddDays(-8)));
            db.Users.Add(Unconfirmed($"fresh-{marker}@example.com", now.AddDays(-1)));
            db.Sessions.Add(Session(keptUserId, created: now.AddHours(-2), lastSeen: now.AddMinutes(-31), marker[..24] + "idle"));
            db.Sessions.Add(Session(keptUserId, created: now.AddHours(-13), lastSeen: now.AddMinutes(-1), marker[..24] + "aged"));
            db.AuditEntries.Add(new AuditEntry { AtUtc = now.AddDays(-2200), Action = "sign-in", RecordType = "Account", Detail = marker + "-ancient" });
            db.AuditEntries.Add(new AuditEntry { AtUtc = now.AddDays(-2000), Action = "sign-in", RecordType = "Account", Detail = marker + "-five-years" });
            await db.SaveChangesAsync();
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var purged = await scope.ServiceProvider.GetRequiredService<RecordRetention>().PurgeExpiredAsync(CancellationToken.None);
            Assert.True(purged.Sessions >= 2, $"{purged.Sessions} sessions purged");
            Assert.True(purged.UnconfirmedAccounts >= 1 && purged.AuditEntries >= 1, purged.ToString());
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
            Assert.False(await db.Users.AnyAsync(u => u.Email == $"stale-{marker}@example.com"));
            Assert.True(await db.Users.AnyAsync(u => u.Email == $"fresh-{marker}@example.com"));
            Assert.False(await db.Sessions.AnyAsync(s => s.Id.StartsWith(marker.Substring(0, 24))));
            var audit = await db.AuditEntries.Where(a => a.Detail != null && a.Detail.StartsWith(marker)).Select(a => a.Detail).ToListAsync();
            Assert.Equal([marker + "-five-years"], audit);

            // Still append-only for six years, whatever the application asks.
            await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEntries.Where(a => a.Detail == marker + "-five-years").ExecuteDeleteAsync());
        }

        // The runner's live session was left alone.
        using var page = await runner.Client.GetAsync(new Uri("/Account/Manage", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task PurgeExpired_DeletesInvitationsAMonthPastTheirExpiry()
    {
        var world = await CareWorld.CreateAsync(factory);
        var now = DateTime.UtcNow;
        var lapsed = Invitation(world.ClinicId, world.AdminId, now.AddDays(-45));
        var pending = Invitation(world.ClinicId, world.AdminId, now.AddDays(3));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
            db.ClinicInvitations.AddRange(lapsed, pending);
            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<RecordRetention>().PurgeExpiredAsync(CancellationToken.None);
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
            Assert.False(await db.ClinicInvitations.AnyAsync(i => i.Id == lapsed.Id));
            Assert.True(await db.ClinicInvitations.AnyAsync(i => i.Id == pending.Id));
        }
    }

    private static FootfallUser Unconfirmed(string email, DateTime createdAtUtc) => new()
    {
        UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = false, CreatedAtUtc = createdAtUtc, SecurityStamp = Guid.NewGuid().ToString("N"),
    };

    private static UserSession Session(string userId, DateTime created, DateTime lastSeen, string id) => new()
    {
        Id = id, UserId = userId, CreatedAtUtc = created, LastSeenAtUtc = lastSeen, Method = "password",
    };

    private static ClinicInvitation Invitation(Guid clinicId, string adminId, DateTime expiresAtUtc) => new()
    {
        Id = Guid.NewGuid(), ClinicId = clinicId, Email = $"invitee-{Guid.NewGuid():N}@example.com", TokenHash = Guid.NewGuid().ToString("N"),
        InvitedById = adminId, CreatedAtUtc = expiresAtUtc.AddDays(-14), ExpiresAtUtc = expiresAtUtc,
    };
}

public sealed class RecordRetentionTestsOnSqlite(FootfallWebFactory factory) : RecordRetentionTests<FootfallWebFactory>(factory);

public sealed class RecordRetentionTestsOnPostgres(PostgresWebFactory factory) : RecordRetentionTests<PostgresWebFactory>(factory);
