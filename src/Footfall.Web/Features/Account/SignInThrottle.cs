using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Footfall.Web.Features.Account;

/// <summary>
/// Counts failed sign-ins per account name and per client address, and says how long the next attempt
/// must wait. Unknown and known emails are counted alike, so the throttle says nothing about which exist.
/// The counts are in the database (<see cref="SignInFailureCount"/>), shared by every node: a failure on
/// one node delays the next attempt on all of them, and concurrent failures are each counted (one
/// atomic upsert per key).
/// </summary>
public sealed class SignInThrottle(FootfallDbContext db, SignInThrottleOptions options, TimeProvider time)
{
    /// <summary>How long an attempt for <paramref name="account"/> from <paramref name="address"/> must still wait; zero when it may go ahead.</summary>
    public async Task<TimeSpan> WaitForAsync(string account, string? address, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcTicks;
        var keys = Keys(account, address).Select(k => k.Hash).ToList();
        var counts = await db.SignInFailures.AsNoTracking().Where(c => keys.Contains(c.Key))
            .Select(c => new { c.NotBeforeTicks, c.LastFailureTicks }).ToListAsync(cancellationToken);
        var wait = 0L;
        foreach (var count in counts)
        {
            if (count.NotBeforeTicks > now && now - count.LastFailureTicks < options.Window.Ticks)
            {
                wait = Math.Max(wait, count.NotBeforeTicks - now);
            }
        }

        return TimeSpan.FromTicks(wait);
    }

    /// <summary>Counts a failure for both the account and the address.</summary>
    public async Task FailedAsync(string account, string? address, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcTicks;
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            foreach (var (hash, isAccount) in Keys(account, address))
            {
                var failures = await CountAsync(connection, hash, now, cancellationToken);
                var delay = Delay(failures, isAccount ? options.AccountFreeFailures : options.AddressFreeFailures);
                await SetNotBeforeAsync(connection, hash, now + delay.Ticks, cancellationToken);
            }
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>A correct password clears the account's count (not the address's: it may be guessing others).</summary>
    public Task SucceededAsync(string account, CancellationToken cancellationToken = default)
    {
        var key = Hash(AccountKey(account));
        return db.SignInFailures.Where(c => c.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Adds one failure (the count starts again after a window without one) and returns the count; one statement, so that concurrent failures are all counted.</summary>
    private async Task<int> CountAsync(DbConnection connection, string key, long now, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO "SignInFailures" ("Key", "Failures", "LastFailureTicks", "NotBeforeTicks") VALUES (@key, 1, @now, @now)
            ON CONFLICT ("Key") DO UPDATE SET
                "Failures" = CASE WHEN @now - "SignInFailures"."LastFailureTicks" >= @window THEN 1 ELSE "SignInFailures"."Failures" + 1 END,
                "LastFailureTicks" = @now
            RETURNING "Failures"
            """;
        Add(command, "key", key);
        Add(command, "now", now);
        Add(command, "window", options.Window.Ticks);
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Moves the key's next allowed attempt to <paramref name="notBefore"/>, never earlier than another failure set it.</summary>
    private async Task SetNotBeforeAsync(DbConnection connection, string key, long notBefore, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE "SignInFailures" SET "NotBeforeTicks" = CASE WHEN "NotBeforeTicks" < @notBefore THEN @notBefore ELSE "NotBeforeTicks" END
            WHERE "Key" = @key
            """;
        Add(command, "key", key);
        Add(command, "notBefore", notBefore);
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private TimeSpan Delay(int failures, int free)
    {
        if (failures <= free)
        {
            return TimeSpan.Zero;
        }

        var seconds = Math.Pow(2, Math.Min(failures - free - 1, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, options.MaximumDelay.TotalSeconds));
    }

    private static string AccountKey(string account) => "account:" + account.Trim().ToUpperInvariant();

    private static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static IEnumerable<(string Hash, bool IsAccount)> Keys(string account, string? address)
    {
        yield return (Hash(AccountKey(account)), true);
        if (address is not null)
        {
            yield return (Hash("address:" + address), false);
        }
    }
}
