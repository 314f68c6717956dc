using Microsoft.EntityFrameworkCore;

namespace Footfall.Data;

/// <summary>
/// After an erasure, makes deleted rows unrecoverable from the SQLite file: every connection runs with
/// <c>secure_delete</c> on (freed pages are zeroed, see <see cref="SqliteHardening"/>), and this folds the
/// write-ahead log into the file and rebuilds it (VACUUM), so no old page copy survives in the WAL or
/// the free list. On PostgreSQL deleted rows are invisible at once and reclaimed by autovacuum.
/// </summary>
public static class DatabaseErasure
{
    public static async Task CompactAsync(FootfallDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            return;
        }

        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("VACUUM;", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
    }
}
