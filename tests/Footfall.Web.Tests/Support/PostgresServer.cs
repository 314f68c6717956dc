using Npgsql;

namespace Footfall.Web.Tests.Support;

/// <summary>
/// The real PostgreSQL server that ./test.sh starts (initdb in a temporary folder, a free loopback
/// port) and names in <c>FOOTFALL_TEST_POSTGRES</c>. Each caller gets a fresh, empty database.
/// Without the variable the PostgreSQL tests fail loudly rather than skip.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "FOOTFALL_TEST_POSTGRES";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                $"{Variable} is not set. Run ./test.sh, which starts a PostgreSQL server for the tests, " +
                $"or set {Variable} to an admin connection string of a server you run.");

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var name = $"footfall_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = false }.ToString();
    }
}
