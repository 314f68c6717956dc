using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Footfall.Data.Migrations;

/// <summary>
/// A hand-written migration whose SQL lives beside it as <c>{MigrationId}.up.sql</c> and
/// <c>{MigrationId}.down.sql</c> (embedded resources), one per provider folder. The design-time EF
/// tooling is not available here; see Migrations/README.md for how to write the next one.
/// </summary>
public abstract class SqlScriptMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => Run(migrationBuilder, "up");

    protected override void Down(MigrationBuilder migrationBuilder) => Run(migrationBuilder, "down");

    private void Run(MigrationBuilder migrationBuilder, string direction)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var id = GetType().GetCustomAttribute<MigrationAttribute>()?.Id
            ?? throw new InvalidOperationException($"{GetType().Name} has no [Migration] attribute.");
        var folder = GetType().Namespace!.Split('.')[^1];
        var assembly = typeof(SqlScriptMigration).Assembly;
        var suffix = $"{id}.{direction}.sql";
        var resource = assembly.GetManifestResourceNames().SingleOrDefault(n =>
                n.EndsWith(suffix, StringComparison.Ordinal) && n.Contains($"Migrations.{folder}", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Migration script {folder}/{suffix} is not embedded.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        foreach (var statement in Statements(reader.ReadToEnd()))
        {
            migrationBuilder.Sql(statement);
        }
    }

    /// <summary>
    /// Splits a script on <c>;</c>, except inside a block between a line <c>-- begin statement</c> and a
    /// line <c>-- end statement</c>, which is one statement whole (a trigger or function body has <c>;</c> inside).
    /// </summary>
    internal static IEnumerable<string> Statements(string script)
    {
        const string Begin = "-- begin statement";
        const string End = "-- end statement";
        var rest = script.AsSpan();
        var statements = new List<string>();
        while (!rest.IsEmpty)
        {
            var begin = rest.IndexOf(Begin, StringComparison.Ordinal);
            var plain = begin < 0 ? rest : rest[..begin];
            statements.AddRange(plain.ToString().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(s => !s.Split('\n').All(line => line.TrimStart().StartsWith("--", StringComparison.Ordinal) || line.Trim().Length == 0))
                .Select(s => s + ";"));
            if (begin < 0)
            {
                break;
            }

            rest = rest[(begin + Begin.Length)..];
            var end = rest.IndexOf(End, StringComparison.Ordinal);
            if (end < 0)
            {
                throw new InvalidOperationException($"A '{Begin}' block has no '{End}' line.");
            }

            statements.Add(rest[..end].ToString().Trim());
            rest = rest[(end + End.Length)..];
        }

        return statements;
    }
}
