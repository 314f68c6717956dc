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
        foreach (var statement in reader.ReadToEnd().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            migrationBuilder.Sql(statement + ";");
        }
    }
}
