using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Footfall.Data.DesignTime;

/// <summary>
/// What <c>dotnet ef migrations add ... --context SqliteFootfallDbContext</c> builds the model with.
/// Adding a migration never opens the file; the path only satisfies the provider.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteFootfallDbContext>
{
    public SqliteFootfallDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteFootfallDbContext>()
            .UseSqlite("Data Source=footfall-design-time.db")
            .Options);
}
