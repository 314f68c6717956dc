using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Footfall.Web.Tests.Support;

/// <summary>
/// The real web app over real HTTP (in-memory server, or Kestrel on a loopback port for the browser),
/// on its own SQLite file in a temporary folder (data-protection keys included), or on a fresh PostgreSQL database when given one.
/// </summary>
public class FootfallWebFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public FootfallWebFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    // One public constructor only: xUnit builds class fixtures through it.
    internal FootfallWebFactory(IDictionary<string, string?> settings)
    {
        Folder = Directory.CreateTempSubdirectory("footfall-web-").FullName;
        _settings = new Dictionary<string, string?>
        {
            ["Database:SqlitePath"] = Path.Combine(Folder, "footfall.db"),
            ["Security:RequireHttps"] = "false",
            ["RateLimiting:AccountPermitsPerMinute"] = "1000",
        };
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

    /// <summary>Points the app at a fresh database on the test PostgreSQL server (before it starts).</summary>
    protected async Task UsePostgresAsync()
    {
        _settings["Database:Provider"] = "PostgreSQL";
        _settings["ConnectionStrings:Footfall"] = await PostgresServer.CreateDatabaseAsync();
    }

    /// <summary>The temporary folder holding this app's database and keys.</summary>
    public string Folder { get; }

    /// <summary>Where the app writes its emails as .eml files (no mail server configured).</summary>
    public virtual string OutboxFolder => Path.Combine(Folder, "outbox");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finishing request; the OS cleans temp folders.
            }
        }
    }
}
