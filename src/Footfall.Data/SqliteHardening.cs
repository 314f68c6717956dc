using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Footfall.Data;

/// <summary>
/// Every SQLite connection Footfall opens: the database file is created readable by its owner only
/// (mode 0600; SQLite gives its journal files the same mode), and <c>secure_delete</c> is on, so the
/// pages a deletion frees are overwritten with zeros rather than left readable in the file.
/// Concurrency: the file is in WAL mode, so readers never block the one writer and the writer never
/// blocks readers (in the default rollback journal, a writer waiting for readers to leave could starve
/// past its timeout under many concurrent sign-ins and fail with "database is locked"); and a writer that
/// finds another writing waits up to <see cref="BusyTimeoutMilliseconds"/> in SQLite's own busy handler.
/// Transactions are BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default), so none upgrades a read lock to
/// a write lock halfway, the one case waiting cannot resolve.
/// </summary>
public sealed class SqliteHardening : DbConnectionInterceptor
{
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>How long a write waits for another connection's write to finish: 30 seconds.</summary>
    public const int BusyTimeoutMilliseconds = 30_000;

    // busy_timeout first: switching to WAL (once per file; a no-op afterwards) itself needs the write lock.
    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;";

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        CreateFile(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        CreateFile(connection);
        return ValueTask.FromResult(result);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Creates the database file empty with mode 0600 before SQLite would create it with 0644, and narrows an existing one.</summary>
    public static void Protect(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows() || path is "" or ":memory:")
        {
            return;
        }

        if (!File.Exists(path))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            if (!Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            try
            {
                using var created = new FileStream(path, new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FileMode });
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another connection created it first.
            }
        }
        else if ((File.GetUnixFileMode(path) & ~FileMode) != 0)
        {
            File.SetUnixFileMode(path, FileMode);
        }
    }

    private static void CreateFile(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite && sqlite.State != System.Data.ConnectionState.Open)
        {
            var dataSource = new SqliteConnectionStringBuilder(sqlite.ConnectionString).DataSource;
            if (dataSource is { Length: > 0 } && !dataSource.StartsWith("file:", StringComparison.Ordinal) && dataSource != ":memory:")
            {
                Protect(dataSource);
            }
        }
    }
}
