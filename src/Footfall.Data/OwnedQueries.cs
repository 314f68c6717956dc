using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Data;

/// <summary>
/// The one place where owner scoping is written: every read of a user's records goes through
/// these, so a record that belongs to someone else is indistinguishable from one that does not exist.
/// </summary>
public static class OwnedQueries
{
    /// <summary>Only the records that <paramref name="ownerId"/> owns.</summary>
    public static IQueryable<T> OwnedBy<T>(this IQueryable<T> source, string ownerId)
        where T : class, IOwned
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        return source.Where(r => r.OwnerId == ownerId);
    }

    /// <summary>
    /// The record with this key if <paramref name="ownerId"/> owns it; otherwise null, whether the
    /// record is missing or belongs to someone else (callers answer 404 either way).
    /// </summary>
    public static async Task<T?> FindOwnedAsync<T>(
        this DbSet<T> set, Guid id, string ownerId, CancellationToken cancellationToken = default)
        where T : class, IOwned
    {
        ArgumentNullException.ThrowIfNull(set);
        var found = await set.FindAsync([id], cancellationToken);
        return found is not null && found.OwnerId == ownerId ? found : null;
    }
}
