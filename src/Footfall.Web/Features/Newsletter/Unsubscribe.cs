using Footfall.Data;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Newsletter;

/// <summary>
/// Use case: leaves the newsletter from the link or the <c>List-Unsubscribe</c> one-click POST of an
/// issue. The subscription row is deleted (nothing kept about the address); doing it twice is fine.
/// </summary>
public static class Unsubscribe
{
    /// <param name="Token">The signed token from the link.</param>
    public sealed record Request(string? Token);

    public sealed class Handler(FootfallDbContext db, NewsletterTokens tokens)
    {
        /// <summary>Done (true when a subscription was removed, false when it was already gone); refused for a token that is not ours.</summary>
        public async Task<Outcome<bool>> HandleAsync(Request request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (tokens.ReadUnsubscribe(request.Token) is not { } id)
            {
                var errors = new FieldErrors();
                errors.Add(nameof(Request.Token), "This unsubscribe link is not complete. Open the link from the newsletter email again, or copy all of it.");
                return Outcome.Refused<bool>(errors);
            }

            var removed = await db.NewsletterSubscriptions.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
            return Outcome.Done(removed > 0);
        }
    }
}
