using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Data.Privacy;

/// <summary>
/// Looking an account up for the runner's rights to export and erase (GDPR Art. 17 and 20; OWASP ASVS
/// 8.3.2 and 8.3.9); the export and the deletion themselves are the use cases <c>ExportAccount</c> and
/// <c>DeleteAccount</c> in Footfall.Web's Features/Account, shared by the account page and <c>footfall db</c>.
/// </summary>
public static class AccountData
{
    /// <summary>Finds an account by email (case-insensitive), or null.</summary>
    public static Task<FootfallUser?> FindByEmailAsync(FootfallDbContext db, string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(email);
        var normalized = email.Trim().ToUpperInvariant();
        return db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
    }
}
