namespace Footfall.Data.Entities;

/// <summary>
/// A record that belongs to one account. Every user-owned table implements this, and every query
/// for such records goes through <see cref="Footfall.Data.OwnedQueries"/> so it is scoped to its owner.
/// </summary>
public interface IOwned
{
    /// <summary>The id of the <see cref="FootfallUser"/> who owns the record.</summary>
    string OwnerId { get; }
}
