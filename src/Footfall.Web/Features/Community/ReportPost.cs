using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Community;

/// <summary>Use case: anyone signed in reports a public post to the moderators; reporting the same post twice counts once.</summary>
public static class ReportPost
{
    /// <param name="PostId">A public question or answer.</param>
    /// <param name="Reason">One of <see cref="ReportReasons"/>.</param>
    /// <param name="Note">Anything the moderators should know, up to 500 characters.</param>
    public sealed record Request(Guid PostId, string? Reason, string? Note = null);

    /// <summary>What became of the report, and the question to go back to.</summary>
    public sealed record Result(Guid QuestionId, bool AlreadyReported);

    public sealed class Handler(FootfallDbContext db, TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync(Runner runner, Request request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(runner);
            ArgumentNullException.ThrowIfNull(request);
            var post = await db.CommunityPosts.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PostId && p.HiddenAtUtc == null, cancellationToken);
            if (post is null)
            {
                return Outcome.NotFound<Result>();
            }

            var questionId = post.QuestionId ?? post.Id;
            var errors = new FieldErrors();
            if (!ReportReasons.All.Any(r => r.Id == request.Reason))
            {
                errors.Add(nameof(Request.Reason), "Choose why you are reporting this post.");
            }

            var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
            if (note is { Length: > CommunityLimits.NoteMax })
            {
                errors.Add(nameof(Request.Note), $"Keep the note to {CommunityLimits.NoteMax} characters.");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            if (errors.Count == 0 && await db.PostReports.CountAsync(r => r.ReporterId == runner.Id && r.CreatedAtUtc > now.AddHours(-1), cancellationToken) >= CommunityLimits.ReportsPerHour)
            {
                errors.Add(nameof(Request.Reason), $"You have made {CommunityLimits.ReportsPerHour} reports in the last hour; the moderators will look at them. Please wait before reporting more.");
            }

            if (errors.Count > 0)
            {
                return Outcome.Refused<Result>(errors);
            }

            if (await db.PostReports.AnyAsync(r => r.PostId == post.Id && r.ReporterId == runner.Id, cancellationToken))
            {
                return Outcome.Done(new Result(questionId, AlreadyReported: true));
            }

            db.PostReports.Add(new PostReport { Id = Guid.NewGuid(), PostId = post.Id, ReporterId = runner.Id, Reason = request.Reason!, Note = note, CreatedAtUtc = now });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                return Outcome.Done(new Result(questionId, AlreadyReported: true));
            }

            return Outcome.Done(new Result(questionId, AlreadyReported: false));
        }
    }
}
