namespace Footfall.Web.Infrastructure;

/// <summary>Whether this node's scheduler is a member of a cluster on PostgreSQL, or keeps its schedule in memory (SQLite).</summary>
public sealed record JobStoreKind(bool Clustered);
