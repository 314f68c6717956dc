using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Footfall.Data.DesignTime;

/// <summary>
/// What <c>dotnet ef migrations add ... --context PostgresFootfallDbContext</c> builds the model with.
/// Adding a migration needs no server: the connection string is never opened.
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresFootfallDbContext>
{
    public PostgresFootfallDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresFootfallDbContext>()
            .UseNpgsql("Host=localhost;Database=footfall_design_time")
            .Options);
}
