using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Footfall.Web.Tests.Data;

/// <summary>
/// A database's schema as sorted text lines (tables, columns with type and nullability, primary keys,
/// indexes, foreign keys), read from the server's own catalogue, so two databases can be compared.
/// Exclusion constraints are left out: EF cannot model them, so only migrations create them
/// (<c>BookingOverlap</c>), and <c>MigrationTests</c> checks that one separately.
/// </summary>
internal static class SchemaDump
{
    private const string History = "__EFMigrationsHistory";

    public static async Task<List<string>> SqliteAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var lines = new List<string>();
        foreach (var table in await ColumnAsync(connection, $"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'"))
        {
            lines.Add($"table {table}");
            foreach (var row in await RowsAsync(connection, $"PRAGMA table_info(\"{table}\")"))
            {
                lines.Add($"column {table}.{row["name"]} {row["type"]} notnull={row["notnull"]} pk={row["pk"]}");
            }

            foreach (var row in await RowsAsync(connection, $"PRAGMA index_list(\"{table}\")"))
            {
                var columns = await ColumnAsync(connection, $"SELECT name FROM pragma_index_info('{row["name"]}')");
                lines.Add($"index {table}.{row["name"]} unique={row["unique"]} ({string.Join(",", columns)})");
            }

            foreach (var row in await RowsAsync(connection, $"PRAGMA foreign_key_list(\"{table}\")"))
            {
                lines.Add($"fk {table}.{row["from"]} -> {row["table"]}.{row["to"]} on delete {row["on_delete"]}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    public static async Task<List<string>> PostgresAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var lines = new List<string>();
        foreach (var row in await RowsAsync(connection, $"""
            SELECT table_name, column_name, data_type, is_nullable, coalesce(character_maximum_length, 0) AS len,
                   coalesce(column_default, '') AS def, is_identity
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '{History}'
            """))
        {
            lines.Add($"column {row["table_name"]}.{row["column_name"]} {row["data_type"]}({row["len"]}) nullable={row["is_nullable"]} identity={row["is_identity"]} default={row["def"]}");
        }

        foreach (var row in await RowsAsync(connection, $"SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '{History}' AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype = 'x')"))
        {
            lines.Add($"index {row["tablename"]}.{row["indexname"]} {row["indexdef"]}");
        }

        foreach (var row in await RowsAsync(connection, """
            SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype <> 'x'
            """))
        {
            if (!row["tbl"]!.ToString()!.Contains(History, StringComparison.Ordinal))
            {
                lines.Add($"constraint {row["tbl"]}.{row["conname"]} {row["def"]}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string>> ColumnAsync(DbConnection connection, string sql) =>
        (await RowsAsync(connection, sql)).Select(r => r.Values.First()!.ToString()!).ToList();

    private static async Task<List<Dictionary<string, object?>>> RowsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
