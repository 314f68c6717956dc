using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.Community;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Newsletter;

/// <summary>
/// Use case: an editor sends a draft. The issue is marked sent in the request (so it cannot go twice)
/// and handed to <see cref="IssueDispatch"/>; the messages themselves go out in the background
/// (<see cref="IssueDelivery.DeliverAsync"/>), never inside the web request.
/// </summary>
public static class SendIssue
{
    public sealed record Request(Guid IssueId);

    public sealed class Handler(FootfallDbContext db, CommunityRoles roles, IssueDispatch dispatch, TimeProvider clock)
    {
        /// <summary>Done with the issue; refused when it was already sent; not found for a non-editor or an unknown issue.</summary>
        public async Task<Outcome<NewsletterIssue>> HandleAsync(Runner editor, Request request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(editor);
            ArgumentNullException.ThrowIfNull(request);
            if (!await roles.IsEditorAsync(editor.Id, cancellationToken))
            {
                return Outcome.NotFound<NewsletterIssue>();
            }

            var now = clock.GetUtcNow().UtcDateTime;

            // One conditional update: two editors pressing Send at once send it once.
            var claimed = await db.NewsletterIssues.Where(i => i.Id == request.IssueId && i.SentAtUtc == null)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.SentAtUtc, now), cancellationToken);
            var issue = await db.NewsletterIssues.AsNoTracking().SingleOrDefaultAsync(i => i.Id == request.IssueId, cancellationToken);
            if (issue is null)
            {
                return Outcome.NotFound<NewsletterIssue>();
            }

            if (claimed == 0)
            {
                var errors = new FieldErrors();
                errors.Add(nameof(Request.IssueId), "This issue was already sent.");
                return Outcome.Refused<NewsletterIssue>(errors);
            }

            dispatch.Enqueue(issue.Id);
            return Outcome.Done(issue);
        }
    }
}
