using System.Data.Common;
using Footfall.Data.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Footfall.Data;

/// <summary>
/// Brings the database to the newest schema before a host uses it, and turns every way that can
/// fail into a <see cref="DatabaseStartupException"/> that names the database and the problem.
/// </summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAsync(FootfallDbContext db, DatabaseOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        var where = Describe(db, options);
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            PrepareSqliteFolder(options.ResolveSqlitePath());
        }

        try
        {
            // A database made by the hand-written SQL migrations gets the baseline recorded first.
            await LegacySchema.AdoptAsync(db, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or IOException or TimeoutException or UnauthorizedAccessException)
        {
            throw new DatabaseStartupException($"Cannot use the {where}: {Reason(ex)}", ex);
        }
    }

    /// <summary>The applied and pending migration ids, for <c>footfall db migrate --list</c>.</summary>
    public static async Task<(IReadOnlyList<string> Applied, IReadOnlyList<string> Pending)> StatusAsync(
        FootfallDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return (applied, pending);
    }

    /// <summary>A description of the database without secrets: the file, or the host and database.</summary>
    public static string Describe(FootfallDbContext db, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            return $"SQLite database at {options.ResolveSqlitePath()}";
        }

        var builder = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        return $"PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port}";
    }

    private static void PrepareSqliteFolder(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        try
        {
            Directory.CreateDirectory(folder);
            // SQLite only reports a read-only folder on the first write, deep inside a migration;
            // probing here gives a clear message instead.
            var probe = Path.Combine(folder, $".footfall-write-test-{Environment.ProcessId}");
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            if (File.Exists(path) && new FileInfo(path).IsReadOnly)
            {
                throw new DatabaseStartupException($"Cannot use the SQLite database at {path}: the file is read-only.");
            }

            // Health data: readable by the account that runs Footfall only (an older file made with 0644 is narrowed).
            SqliteHardening.Protect(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DatabaseStartupException(
                $"Cannot use the SQLite database at {path}: the folder {folder} cannot be created or written ({ex.Message}). " +
                "Set Database:SqlitePath (or Database__SqlitePath) to a writable location.",
                ex);
        }
    }

    private static string Reason(Exception ex) => ex switch
    {
        NpgsqlException { InnerException: System.Net.Sockets.SocketException s } =>
            $"the server cannot be reached ({s.SocketErrorCode}). Is PostgreSQL running, and are Host and Port right?",
        NpgsqlException { InnerException: TimeoutException } or TimeoutException =>
            "the server did not answer in time. Is PostgreSQL running, and are Host and Port right?",
        PostgresException { SqlState: "28P01" or "28000" } =>
            "the server refused the user name or password.",
        PostgresException { SqlState: "3D000" } =>
            "the database does not exist; create it first (createdb) or point ConnectionStrings:Footfall at one that does.",
        SqliteException { SqliteErrorCode: 8 } => "the file is read-only.",
        SqliteException { SqliteErrorCode: 14 } => "the file cannot be opened (check the path and its permissions).",
        SqliteException { SqliteErrorCode: 26 } => "the file is not a SQLite database.",
        _ => ex.GetBaseException().Message,
    };
}
