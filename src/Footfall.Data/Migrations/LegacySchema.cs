using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Footfall.Data.Migrations;

/// <summary>
/// Databases made before the generated migrations were built by hand-written SQL scripts, recorded in
/// the same <c>__EFMigrationsHistory</c> table under the ids in <see cref="MigrationIds"/>. Their
/// last script leaves exactly the schema of the generated baseline (a test proves it on both
/// providers), so such a database is finished with any scripts it still lacks and the baseline is
/// recorded as applied, without running it. Every generated migration after the baseline then runs as usual.
/// </summary>
public static class LegacySchema
{
    /// <summary>The hand-written migrations, oldest first; the scripts are in Migrations/Legacy/{Sqlite,Postgres}.</summary>
    public static IReadOnlyList<string> MigrationIds { get; } =
    [
        "20261121000000_Initial",
        "20261121010000_Features",
        "20261121020000_RecoveryDetails",
        "20261121030000_TimeZone",
    ];

    /// <summary>
    /// If <paramref name="db"/> was made by the hand-written migrations, applies the ones it lacks and
    /// records the baseline as applied, in one transaction. Returns whether it did. A new database, or
    /// one already past the baseline, is left alone.
    /// </summary>
    public static async Task<bool> AdoptAsync(FootfallDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var history = db.GetService<IHistoryRepository>();
        if (!await HistoryTableExistsAsync(db, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var baseline = db.Database.GetMigrations().First();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (db.Database.IsNpgsql())
        {
            // Two hosts starting at once: the second waits here, then sees the baseline and stops.
            await ExecuteAsync(db, """LOCK TABLE "__EFMigrationsHistory" IN SHARE ROW EXCLUSIVE MODE""", cancellationToken).ConfigureAwait(false);
        }

        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false))
            .Select(row => row.MigrationId)
            .ToHashSet(StringComparer.Ordinal);
        if (applied.Contains(baseline) || !applied.Overlaps(MigrationIds))
        {
            return false;
        }

        var unknown = applied.Except(MigrationIds).Except(db.Database.GetMigrations()).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"the database records migrations this version of Footfall does not know ({string.Join(", ", unknown)}); " +
                "it was made by another build. Use that build, or restore a backup made before it.");
        }

        foreach (var id in MigrationIds.Where(id => !applied.Contains(id)))
        {
            await ExecuteAsync(db, Script(db, id), cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(db, history.GetInsertScript(new HistoryRow(id, ProductInfo.GetVersion())), cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync(db, history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion())), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Builds the schema as the hand-written migrations did, up to and including <paramref name="lastId"/>,
    /// with their history rows: how a database of an older Footfall looks. For upgrade tests.
    /// </summary>
    public static async Task CreateAsync(FootfallDbContext db, string lastId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var history = db.GetService<IHistoryRepository>();
        var count = MigrationIds.ToList().IndexOf(lastId) + 1;
        if (count == 0)
        {
            throw new ArgumentException($"'{lastId}' is not a hand-written migration.", nameof(lastId));
        }

        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(db, history.GetCreateIfNotExistsScript(), cancellationToken).ConfigureAwait(false);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            foreach (var id in MigrationIds.Take(count))
            {
                await ExecuteAsync(db, Script(db, id), cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(db, history.GetInsertScript(new HistoryRow(id, ProductInfo.GetVersion())), cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    // Npgsql's IHistoryRepository.ExistsAsync answers true before the table exists (its migrator
    // creates the table first anyway), so ask the catalogue.
    private static async Task<bool> HistoryTableExistsAsync(FootfallDbContext db, CancellationToken cancellationToken)
    {
        var sql = db.Database.IsNpgsql()
            ? """SELECT count(*) FROM pg_catalog.pg_tables WHERE tablename = '__EFMigrationsHistory' AND schemaname = ANY (current_schemas(false))"""
            : """SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'""";
        // The bare connection: a server that cannot be reached is reported once, by DatabaseMigrator.
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) > 0;
        }
        finally
        {
            await connection.CloseAsync().ConfigureAwait(false);
        }
    }

    private static string Script(FootfallDbContext db, string id)
    {
        var folder = db.Database.IsNpgsql() ? "Postgres" : "Sqlite";
        var assembly = typeof(LegacySchema).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n =>
            n.StartsWith($"Footfall.Data.Legacy.{folder}", StringComparison.Ordinal) && n.EndsWith($"{id}.sql", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // The whole script is one command: both providers run several statements in one command, so
    // nothing splits on ';' (which a string literal may hold).
    private static async Task ExecuteAsync(FootfallDbContext db, string sql, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
