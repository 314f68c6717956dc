namespace Footfall.Data;

/// <summary>Which database Footfall uses; bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>
    /// <see cref="DatabaseProvider.Sqlite"/> (default, nothing to install) or
    /// <see cref="DatabaseProvider.PostgreSql"/> (set <c>Database:Provider=PostgreSQL</c> and
    /// <c>ConnectionStrings:Footfall</c>, or <c>Database__Provider</c> and <c>ConnectionStrings__Footfall</c>).
    /// </summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The SQLite file. Default: <c>footfall.db</c> in a <c>Footfall</c> folder of the user's local
    /// application data (<c>~/.local/share/Footfall</c> on Linux), created on first run.
    /// </summary>
    public string? SqlitePath { get; set; }

    /// <summary>Apply pending migrations when a host starts. Default: true.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    public string ResolveSqlitePath() =>
        string.IsNullOrWhiteSpace(SqlitePath)
            ? Path.Combine(
                Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
                "Footfall",
                "footfall.db")
            : Path.GetFullPath(SqlitePath);
}
