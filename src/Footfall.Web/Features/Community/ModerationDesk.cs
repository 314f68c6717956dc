using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Community;

/// <summary>What the moderation page reads: reported posts with open reports (most reported first), and recently hidden posts to restore. Moderators only.</summary>
public sealed class ModerationDesk(FootfallDbContext db, CommunityRoles roles)
{
    public sealed record ReportedPost(Guid PostId, Guid QuestionId, string Excerpt, int Reports, IReadOnlyList<string> Reasons, IReadOnlyList<string> Notes, DateTime FirstReportedAtUtc);

    public sealed record HiddenPost(Guid PostId, Guid QuestionId, string Excerpt, DateTime HiddenAtUtc);

    public sealed record Worklist(IReadOnlyList<ReportedPost> Reported, IReadOnlyList<HiddenPost> Hidden);

    /// <summary>The worklist, or null when <paramref name="userId"/> is not a moderator.</summary>
    public async Task<Worklist?> ReadAsync(string userId, CancellationToken cancellationToken)
    {
        if (!await roles.IsModeratorAsync(userId, cancellationToken))
        {
            return null;
        }

        var open = await (from r in db.PostReports.AsNoTracking()
                          where r.ResolvedAtUtc == null
                          join p in db.CommunityPosts on r.PostId equals p.Id
                          where p.HiddenAtUtc == null
                          select new { r.PostId, p.QuestionId, p.Title, p.Body, r.Reason, r.Note, r.CreatedAtUtc }).ToListAsync(cancellationToken);
        var reported = open.GroupBy(r => r.PostId)
            .Select(g => new ReportedPost(
                g.Key,
                g.First().QuestionId ?? g.Key,
                Excerpt(g.First().Title, g.First().Body),
                g.Count(),
                [.. g.Select(r => ReportReasons.Describe(r.Reason)).Distinct()],
                [.. g.Where(r => r.Note != null).Select(r => r.Note!)],
                g.Min(r => r.CreatedAtUtc)))
            .OrderByDescending(r => r.Reports).ThenBy(r => r.FirstReportedAtUtc)
            .ToList();
        var hidden = (await db.CommunityPosts.AsNoTracking().Where(p => p.HiddenAtUtc != null)
                .OrderByDescending(p => p.HiddenAtUtc).Take(50).ToListAsync(cancellationToken))
            .Select(p => new HiddenPost(p.Id, p.QuestionId ?? p.Id, Excerpt(p.Title, p.Body), p.HiddenAtUtc!.Value))
            .ToList();
        return new Worklist(reported, hidden);
    }

    private static string Excerpt(string? title, string body)
    {
        var text = title is null ? body : $"{title}: {body}";
        return text.Length <= 240 ? text : text[..240] + "…";
    }
}
