using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Data;

/// <summary>
/// The hand-written migrations are the schema's source of truth on disk; these tests prove that on both
/// providers they build exactly the schema the EF model describes, and upgrade a database in place.
/// </summary>
public sealed class MigrationTests
{
    public static TheoryData<string> Providers => new() { "Sqlite", "PostgreSQL" };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migrations_BuildExactlyTheSchemaOfTheModel(string provider)
    {
        await using var migrated = await DatabaseAsync(provider);
        await using var created = await DatabaseAsync(provider);

        await migrated.Db.Database.MigrateAsync();
        await created.Db.Database.EnsureCreatedAsync();

        var fromMigrations = await migrated.DumpAsync();
        var fromModel = await created.DumpAsync();
        Assert.NotEmpty(fromModel);
        Assert.Equal(fromModel, fromMigrations);
        Assert.Empty(await migrated.Db.Database.GetPendingMigrationsAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migrate_UpgradesAnExistingDatabaseWithoutLosingData(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        var migrator = database.Db.GetService<IMigrator>();
        var first = database.Db.Database.GetMigrations().First();
        await migrator.MigrateAsync(first);
        // Rows written with the first schema's columns, as an old version of Footfall would have.
        var created = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        object shoeId = database.Options.Provider == DatabaseProvider.Sqlite ? Guid.NewGuid().ToString().ToUpperInvariant() : Guid.NewGuid();
        await database.Db.Database.ExecuteSqlAsync($"""
            INSERT INTO "AspNetUsers" ("Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "CreatedAtUtc",
                "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
            VALUES ('u1', 'keep@example.com', 'KEEP@EXAMPLE.COM', 'keep@example.com', 'KEEP@EXAMPLE.COM', {created}, {false}, {false}, {false}, {true}, {0})
            """);
        await database.Db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Shoes" ("Id", "OwnerId", "Name", "InitialDistanceMeters", "CreatedAtUtc") VALUES ({shoeId}, 'u1', 'Kept shoe', {0.0}, {created})
            """);

        await DatabaseMigrator.MigrateAsync(database.Db, database.Options);
        await DatabaseMigrator.MigrateAsync(database.Db, database.Options); // a second run is a no-op

        database.Db.ChangeTracker.Clear();
        Assert.Equal("Kept shoe", (await database.Db.Shoes.SingleAsync()).Name);
        Assert.Equal("keep@example.com", (await database.Db.Users.SingleAsync()).Email);
        Assert.Empty(await database.Db.Database.GetPendingMigrationsAsync());
    }

    private static async Task<TestDatabase> DatabaseAsync(string provider)
    {
        var folder = Directory.CreateTempSubdirectory("footfall-schema-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["Database:SqlitePath"] = Path.Combine(folder, "schema.db"),
        };
        if (provider == "PostgreSQL")
        {
            settings["ConnectionStrings:Footfall"] = await PostgresServer.CreateDatabaseAsync();
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddFootfallData(configuration).BuildServiceProvider();
        var scope = services.CreateAsyncScope();
        return new TestDatabase(services, scope, folder);
    }

    private sealed class TestDatabase(ServiceProvider services, AsyncServiceScope scope, string folder) : IAsyncDisposable
    {
        public FootfallDbContext Db { get; } = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();

        public DatabaseOptions Options { get; } = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();

        public Task<List<string>> DumpAsync() => Options.Provider == DatabaseProvider.Sqlite
            ? SchemaDump.SqliteAsync(Db.Database.GetConnectionString()!)
            : SchemaDump.PostgresAsync(Db.Database.GetConnectionString()!);

        public async ValueTask DisposeAsync()
        {
            await scope.DisposeAsync();
            await services.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
