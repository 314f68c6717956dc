using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Data.Migrations;
using Footfall.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Data;

/// <summary>
/// The generated migrations are the schema's source of truth on disk; these tests prove that on both
/// providers they build exactly the schema the EF model describes, that the model has no change
/// without a migration, and that a database made by the hand-written SQL migrations of earlier
/// versions upgrades in place without losing a row.
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
    public async Task Migrate_ANewDatabase_AppliesEveryMigration(string provider)
    {
        await using var database = await DatabaseAsync(provider);

        await DatabaseMigrator.MigrateAsync(database.Db, database.Options);

        Assert.Equal(database.Db.Database.GetMigrations(), await database.Db.Database.GetAppliedMigrationsAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Model_HasNoChangesMissingFromTheMigrations(string provider)
    {
        // Adding a migration for every model change is what keeps this false; EF also refuses to
        // migrate at start-up while it is true.
        await using var database = await DatabaseAsync(provider, server: false);
        Assert.False(database.Db.Database.HasPendingModelChanges(),
            $"The model has changes without a migration on {provider}; add one (src/Footfall.Data/Migrations/README.md).");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task HandWrittenMigrations_BuildExactlyTheSchemaOfTheBaseline(string provider)
    {
        // What lets LegacySchema record the baseline as applied without running it.
        await using var legacy = await DatabaseAsync(provider);
        await using var generated = await DatabaseAsync(provider);

        await LegacySchema.CreateAsync(legacy.Db, LegacySchema.MigrationIds[^1]);
        var baseline = generated.Db.Database.GetMigrations().First();
        Assert.EndsWith("_Baseline", baseline, StringComparison.Ordinal);
        await generated.Db.GetService<IMigrator>().MigrateAsync(baseline);

        Assert.Equal(await generated.DumpAsync(), await legacy.DumpAsync());
    }

    public static TheoryData<string, string> ProvidersAndHandWrittenVersions => new()
    {
        { "Sqlite", "20261121000000_Initial" },
        { "Sqlite", "20261121030000_TimeZone" },
        { "PostgreSQL", "20261121000000_Initial" },
        { "PostgreSQL", "20261121030000_TimeZone" },
    };

    [Theory]
    [MemberData(nameof(ProvidersAndHandWrittenVersions))]
    public async Task Migrate_UpgradesADatabaseMadeByTheHandWrittenMigrationsWithoutLosingData(string provider, string madeUpTo)
    {
        await using var database = await DatabaseAsync(provider);
        await using var model = await DatabaseAsync(provider);
        await LegacySchema.CreateAsync(database.Db, madeUpTo);
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
        Assert.Superset(
            LegacySchema.MigrationIds.Append(database.Db.Database.GetMigrations().First()).ToHashSet(),
            (await database.Db.Database.GetAppliedMigrationsAsync()).ToHashSet());
        await model.Db.Database.EnsureCreatedAsync();
        Assert.Equal(await model.DumpAsync(), await database.DumpAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migrate_ADatabaseWithAnUnknownHandWrittenMigration_NamesIt(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        await LegacySchema.CreateAsync(database.Db, LegacySchema.MigrationIds[^1]);
        await database.Db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ('20261121990000_Elsewhere', '10.0.14')
            """);

        var error = await Assert.ThrowsAsync<DatabaseStartupException>(() => DatabaseMigrator.MigrateAsync(database.Db, database.Options));

        Assert.Contains("20261121990000_Elsewhere", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(database.Db.Database.GetMigrations().First(), await database.Db.Database.GetAppliedMigrationsAsync());
    }

    private static async Task<TestDatabase> DatabaseAsync(string provider, bool server = true)
    {
        var folder = Directory.CreateTempSubdirectory("footfall-schema-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["Database:SqlitePath"] = Path.Combine(folder, "schema.db"),
        };
        if (provider == "PostgreSQL")
        {
            settings["ConnectionStrings:Footfall"] = server ? await PostgresServer.CreateDatabaseAsync() : "Host=127.0.0.1;Database=unused";
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
