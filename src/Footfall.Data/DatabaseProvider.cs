namespace Footfall.Data;

/// <summary>The database Footfall stores its data in.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
