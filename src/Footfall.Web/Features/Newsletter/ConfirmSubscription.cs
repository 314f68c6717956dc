using Footfall.Data;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Newsletter;

/// <summary>Use case: the second step of double opt-in, from the emailed link. The token works once and for <see cref="Subscribe.ConfirmationValidity"/>.</summary>
public static class ConfirmSubscription
{
    /// <param name="Token">The token from the confirmation link.</param>
    public sealed record Request(string? Token);

    public sealed class Handler(FootfallDbContext db, TimeProvider clock)
    {
        /// <summary>Done with the confirmed address; not found for an unknown, used or expired token.</summary>
        public async Task<Outcome<string>> HandleAsync(Request request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (string.IsNullOrEmpty(request.Token) || request.Token.Length > 200)
            {
                return Outcome.NotFound<string>();
            }

            var hash = NewsletterTokens.Hash(request.Token);
            var now = clock.GetUtcNow().UtcDateTime;
            var subscription = await db.NewsletterSubscriptions.SingleOrDefaultAsync(s => s.ConfirmTokenHash == hash, cancellationToken);
            if (subscription is null || now - subscription.RequestedAtUtc > Subscribe.ConfirmationValidity)
            {
                return Outcome.NotFound<string>();
            }

            subscription.ConfirmedAtUtc = now;
            subscription.ConfirmTokenHash = null;
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done(subscription.Email);
        }
    }
}
