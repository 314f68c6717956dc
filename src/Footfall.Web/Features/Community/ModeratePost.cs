using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Community;

/// <summary>
/// Use case: a moderator hides a post (its open reports are closed), restores a hidden one, or keeps a
/// reported post (closing its reports). Each is audited: the moderator as actor, the post's author as
/// subject (so it shows in their security activity), the post id, never its text.
/// </summary>
public static class ModeratePost
{
    /// <summary>What the moderator does.</summary>
    public enum Decision
    {
        Hide,
        Restore,
        Keep,
    }

    /// <summary>What the moderator is told after <paramref name="decision"/>.</summary>
    public static string Describe(Decision decision) => decision switch
    {
        Decision.Hide => "The post is hidden.",
        Decision.Restore => "The post is public again.",
        _ => "The post stays; its reports are closed.",
    };

    /// <param name="PostId">Any post.</param>
    /// <param name="Decision">Hide, restore or keep.</param>
    public sealed record Request(Guid PostId, Decision Decision);

    public sealed class Handler(FootfallDbContext db, CommunityRoles roles, AuditTrail audit, TimeProvider clock)
    {
        /// <summary>Done with the post; not found for anyone who is not a moderator, or an unknown post.</summary>
        public async Task<Outcome<CommunityPost>> HandleAsync(Runner moderator, Request request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(moderator);
            ArgumentNullException.ThrowIfNull(request);
            if (!await roles.IsModeratorAsync(moderator.Id, cancellationToken))
            {
                return Outcome.NotFound<CommunityPost>();
            }

            var post = await db.CommunityPosts.SingleOrDefaultAsync(p => p.Id == request.PostId, cancellationToken);
            if (post is null)
            {
                return Outcome.NotFound<CommunityPost>();
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var action = request.Decision switch
            {
                Decision.Hide => AuditActions.PostHidden,
                Decision.Restore => AuditActions.PostRestored,
                _ => AuditActions.PostKept,
            };
            if (request.Decision == Decision.Hide)
            {
                post.HiddenAtUtc = now;
                post.HiddenById = moderator.Id;
            }
            else if (request.Decision == Decision.Restore)
            {
                post.HiddenAtUtc = null;
                post.HiddenById = null;
            }

            if (request.Decision != Decision.Restore)
            {
                foreach (var report in await db.PostReports.Where(r => r.PostId == post.Id && r.ResolvedAtUtc == null).ToListAsync(cancellationToken))
                {
                    report.ResolvedAtUtc = now;
                }
            }

            audit.Add(action, post.AuthorId, moderator.Id, recordType: "CommunityPost", recordId: post.Id.ToString());
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done(post);
        }
    }
}
