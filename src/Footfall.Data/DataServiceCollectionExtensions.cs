using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Data;

/// <summary>Wires the EF Core model to the configured provider; shared by the web app and the CLI.</summary>
public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "Footfall";

    /// <summary>Reads <c>Database:*</c> and <c>ConnectionStrings:Footfall</c>.</summary>
    public static DatabaseOptions ReadDatabaseOptions(this IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DatabaseOptions.SectionName);
        var options = new DatabaseOptions
        {
            SqlitePath = section["SqlitePath"],
            MigrateOnStartup = !bool.TryParse(section["MigrateOnStartup"], out var migrate) || migrate,
        };
        var provider = section["Provider"];
        options.Provider = provider?.Trim().ToUpperInvariant() switch
        {
            null or "" or "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRESQL" or "POSTGRES" or "NPGSQL" => DatabaseProvider.PostgreSql,
            _ => throw new DatabaseStartupException(
                $"Database:Provider is '{provider}'; use 'Sqlite' (the default) or 'PostgreSQL'."),
        };
        return options;
    }

    /// <summary>Registers <see cref="FootfallDbContext"/> on the provider the configuration names.</summary>
    public static IServiceCollection AddFootfallData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.ReadDatabaseOptions();
        services.AddSingleton(options);
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            var connectionString = configuration.GetConnectionString(ConnectionStringName);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new DatabaseStartupException(
                    "Database:Provider is PostgreSQL but ConnectionStrings:Footfall is not set " +
                    "(set the environment variable ConnectionStrings__Footfall, e.g. 'Host=localhost;Database=footfall;Username=footfall;Password=...').");
            }

            // The options depend only on configuration: built once, not for every request's context.
            services.AddDbContext<FootfallDbContext, PostgresFootfallDbContext>(o => o
                .UseNpgsql(connectionString), optionsLifetime: ServiceLifetime.Singleton);
        }
        else
        {
            var connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = options.ResolveSqlitePath(),
                ForeignKeys = true,
                Pooling = true,
            }.ToString();
            services.AddDbContext<FootfallDbContext, SqliteFootfallDbContext>(o => o
                .UseSqlite(connectionString)
                .AddInterceptors(Hardening), optionsLifetime: ServiceLifetime.Singleton);
        }

        return services;
    }

    private static readonly SqliteHardening Hardening = new();
}
