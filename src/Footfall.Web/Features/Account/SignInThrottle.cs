using System.Collections.Concurrent;

namespace Footfall.Web.Features.Account;

/// <summary>
/// Counts failed sign-ins per account name and per client address, and says how long the next attempt
/// must wait. Unknown and known emails are counted alike, so the throttle says nothing about which exist.
/// Held in memory: one node's view (issue 13 moves shared state into the database).
/// </summary>
public sealed class SignInThrottle(SignInThrottleOptions options, TimeProvider time)
{
    private const int MaximumEntries = 100_000;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>How long an attempt for <paramref name="account"/> from <paramref name="address"/> must still wait; zero when it may go ahead.</summary>
    public TimeSpan WaitFor(string account, string? address)
    {
        var now = time.GetUtcNow();
        var wait = TimeSpan.Zero;
        foreach (var key in Keys(account, address))
        {
            if (_entries.TryGetValue(key, out var entry) && entry.NotBefore > now && now - entry.LastFailure < options.Window)
            {
                wait = entry.NotBefore - now > wait ? entry.NotBefore - now : wait;
            }
        }

        return wait;
    }

    /// <summary>Counts a failure for both the account and the address.</summary>
    public void Failed(string account, string? address)
    {
        var now = time.GetUtcNow();
        if (_entries.Count > MaximumEntries)
        {
            foreach (var (key, entry) in _entries)
            {
                if (now - entry.LastFailure >= options.Window)
                {
                    _entries.TryRemove(key, out _);
                }
            }
        }

        var keys = Keys(account, address).ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            var free = i == 0 ? options.AccountFreeFailures : options.AddressFreeFailures;
            _entries.AddOrUpdate(
                keys[i],
                _ => new Entry(1, now, now + Delay(1, free)),
                (_, old) =>
                {
                    var failures = now - old.LastFailure >= options.Window ? 1 : old.Failures + 1;
                    return new Entry(failures, now, now + Delay(failures, free));
                });
        }
    }

    /// <summary>A correct password clears the account's count (not the address's: it may be guessing others).</summary>
    public void Succeeded(string account) => _entries.TryRemove(AccountKey(account), out _);

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

    private static IEnumerable<string> Keys(string account, string? address)
    {
        yield return AccountKey(account);
        if (address is not null)
        {
            yield return "address:" + address;
        }
    }

    private sealed record Entry(int Failures, DateTimeOffset LastFailure, DateTimeOffset NotBefore);
}
