namespace Footfall.Data.Entities;

/// <summary>
/// Failed sign-ins counted for one account name or one client address, shared by every web node, so
/// that several nodes do not multiply the attempts an attacker gets. The key is a SHA-256 hash: the
/// table never holds the emails or addresses tried, which may be strangers'. Times are UTC ticks, so
/// that the counting SQL is the same on SQLite and PostgreSQL.
/// </summary>
public class SignInFailureCount
{
    /// <summary>Hex SHA-256 of the counted name ("account:EMAIL", "address:IP", "2fa:USERID").</summary>
    public required string Key { get; set; }

    /// <summary>Failures since the count last started again (one window without a failure starts it again).</summary>
    public int Failures { get; set; }

    /// <summary>The last failure, in UTC ticks.</summary>
    public long LastFailureTicks { get; set; }

    /// <summary>No attempt before this time (UTC ticks).</summary>
    public long NotBeforeTicks { get; set; }
}
