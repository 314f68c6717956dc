using System.Net.Mail;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.Email;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Newsletter;

/// <summary>
/// Use case: asks for the newsletter at an address. The first step of double opt-in: a confirmation
/// link goes to the address and nothing else does until it is opened. The answer is the same whether
/// the address is new, waiting or already confirmed, so the form tells nobody who subscribes.
/// </summary>
public static class Subscribe
{
    /// <summary>How long a confirmation link works: 48 hours.</summary>
    public static readonly TimeSpan ConfirmationValidity = TimeSpan.FromHours(48);

    /// <summary>At most one confirmation email per address in this time: 10 minutes.</summary>
    public static readonly TimeSpan ResendInterval = TimeSpan.FromMinutes(10);

    /// <param name="Email">The address to send the newsletter to.</param>
    public sealed record Request(string? Email);

    public sealed class Handler(FootfallDbContext db, TimeProvider clock, PendingMail queue, NewsletterMail mail, ILogger<Handler> logger)
    {
        public async Task<Outcome<bool>> HandleAsync(Request request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            var email = request.Email?.Trim();
            if (string.IsNullOrEmpty(email) || email.Length > 256 || !MailAddress.TryCreate(email, out var parsed)
                || !string.Equals(parsed.Address, email, StringComparison.OrdinalIgnoreCase) || !parsed.Host.Contains('.', StringComparison.Ordinal))
            {
                var errors = new FieldErrors();
                errors.Add(nameof(Request.Email), "Enter an email address like name@example.com.");
                return Outcome.Refused<bool>(errors);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var normalized = email.ToUpperInvariant();
            var subscription = await db.NewsletterSubscriptions.SingleOrDefaultAsync(s => s.NormalizedEmail == normalized, cancellationToken);
            if (subscription is { ConfirmedAtUtc: not null } || (subscription is not null && now - subscription.RequestedAtUtc < ResendInterval))
            {
                return Outcome.Done(true);
            }

            var (token, hash) = NewsletterTokens.NewConfirmation();
            if (subscription is null)
            {
                subscription = new NewsletterSubscription { Id = Guid.NewGuid(), Email = email, NormalizedEmail = normalized };
                db.NewsletterSubscriptions.Add(subscription);
            }

            subscription.RequestedAtUtc = now;
            subscription.ConfirmTokenHash = hash;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same address asked twice at once: the other request sends the link.
                return Outcome.Done(true);
            }

            if (!queue.Enqueue(mail.Confirmation(email, token)))
            {
                logger.LogError("The mail queue is full; a newsletter confirmation was dropped");
            }

            return Outcome.Done(true);
        }
    }
}
