using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Footfall.Data;

/// <summary>
/// Every SQLite connection Footfall opens: the database file is created readable by its owner only
/// (mode 0600; SQLite gives its journal files the same mode), and <c>secure_delete</c> is on, so the
/// pages a deletion frees are overwritten with zeros rather than left readable in the file.
/// </summary>
public sealed class SqliteHardening : DbConnectionInterceptor
{
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

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
        command.CommandText = "PRAGMA secure_delete = ON;";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete = ON;";
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
