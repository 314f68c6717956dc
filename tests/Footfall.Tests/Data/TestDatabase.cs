using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Tests.Data;

/// <summary>A migrated SQLite file in a temporary folder, with the same wiring the hosts use.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TestDatabase(string folder)
    {
        Folder = folder;
        Configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:SqlitePath"] = Path.Combine(folder, "footfall.db") })
            .Build();
        var services = new ServiceCollection();
        services.AddFootfallData(Configuration);
        _services = services.BuildServiceProvider();
    }

    public string Folder { get; }

    public IConfiguration Configuration { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var db = new TestDatabase(Directory.CreateTempSubdirectory("footfall-data-").FullName);
        await using var scope = db._services.CreateAsyncScope();
        await DatabaseMigrator.MigrateAsync(
            scope.ServiceProvider.GetRequiredService<FootfallDbContext>(), scope.ServiceProvider.GetRequiredService<DatabaseOptions>());
        return db;
    }

    /// <summary>A fresh context (the caller disposes it).</summary>
    public FootfallDbContext Context() => _services.CreateScope().ServiceProvider.GetRequiredService<FootfallDbContext>();

    public async Task<string> AddUserAsync(string email)
    {
        await using var db = Context();
        var user = new FootfallUser
        {
            Id = Guid.NewGuid().ToString(),
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            SecurityStamp = Guid.NewGuid().ToString(),
        };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temporary folders.
        }
    }
}
