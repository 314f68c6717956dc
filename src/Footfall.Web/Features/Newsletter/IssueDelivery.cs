using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.Email;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Newsletter;

/// <summary>
/// Sends one sent-marked issue to every confirmed subscription, one message each (each with its own
/// unsubscribe link), in pages of 200 by id. A recipient whose message fails is counted and logged by
/// reason, never by address, and the rest still get theirs. Safe to call from a background job.
/// </summary>
public sealed class IssueDelivery(FootfallDbContext db, IEmailSender sender, NewsletterMail mail, TimeProvider clock, ILogger<IssueDelivery> logger)
{
    private const int PageSize = 200;

    public async Task DeliverAsync(Guid issueId, CancellationToken cancellationToken)
    {
        var issue = await db.NewsletterIssues.SingleOrDefaultAsync(i => i.Id == issueId, cancellationToken);
        if (issue is not { SentAtUtc: not null, DeliveredAtUtc: null })
        {
            return;
        }

        Guid? after = null;
        while (true)
        {
            var query = db.NewsletterSubscriptions.AsNoTracking().Where(s => s.ConfirmedAtUtc != null);
            if (after is { } last)
            {
                query = query.Where(s => s.Id.CompareTo(last) > 0);
            }

            var page = await query.OrderBy(s => s.Id).Take(PageSize).ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            foreach (var subscription in page)
            {
                try
                {
                    await sender.SendAsync(mail.Issue(issue, subscription), cancellationToken);
                    issue.DeliveredCount++;
                }
                catch (EmailDeliveryException ex)
                {
                    issue.FailedCount++;
                    logger.LogWarning("A newsletter message of issue {IssueId} could not be sent: {Reason}", issue.Id, ex.Message);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            after = page[^1].Id;
        }

        issue.DeliveredAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Newsletter issue {IssueId} delivered to {Delivered} subscribers ({Failed} failed)", issue.Id, issue.DeliveredCount, issue.FailedCount);
    }
}
