using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Account;

/// <summary>
/// Use case: deletes an account and everything it owns (cascading foreign keys) in one transaction,
/// then makes the deletion physical: on SQLite (secure_delete on) a WAL checkpoint and VACUUM, so the
/// runner's text is no longer anywhere in the file; on PostgreSQL the rows are gone (autovacuum reclaims
/// the space). Sessions go with the account, so every copied cookie stops working at once. Called by
/// the account page and by <c>footfall db delete-user</c>; the audit entry keeps ids only.
/// </summary>
public sealed class DeleteAccount(FootfallDbContext db, AuditTrail audit)
{
    /// <param name="UserId">The account to delete.</param>
    /// <param name="ActorId">Who asked: the owner, or <see cref="AuditTrail.OperatorActor"/> from the command line.</param>
    public sealed record Request(string UserId, string ActorId);

    /// <summary>Deletes the account; false when there is no such account.</summary>
    public async Task<bool> ExecuteAsync(Request request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // The newsletter list is keyed by address, not account: the account's address leaves it too.
            var email = await db.Users.Where(u => u.Id == request.UserId).Select(u => u.NormalizedEmail).SingleOrDefaultAsync(cancellationToken);
            if (email is not null)
            {
                await db.NewsletterSubscriptions.Where(s => s.NormalizedEmail == email).ExecuteDeleteAsync(cancellationToken);
            }

            // Community posts, the display name and reports go by cascade with the account.
            var deleted = await db.Users.Where(u => u.Id == request.UserId).ExecuteDeleteAsync(cancellationToken);
            if (deleted == 0)
            {
                return false;
            }

            audit.Add(AuditActions.DeleteAccount, request.UserId, request.ActorId);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await DatabaseErasure.CompactAsync(db, cancellationToken);
        return true;
    }
}
