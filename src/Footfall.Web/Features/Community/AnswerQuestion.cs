using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.Care;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Community;

/// <summary>
/// Use case: a verified clinician (an active practitioner at a clinic, <see cref="CareAccess.PractitionerAsync"/>)
/// answers a public question; the answer is shown with their practitioner name and profession. Runners ask;
/// only clinicians answer, so what reads as advice comes from someone accountable for it.
/// </summary>
public static class AnswerQuestion
{
    /// <param name="QuestionId">A public question.</param>
    /// <param name="Body">20 to 4,000 characters, at most two links.</param>
    public sealed record Request(Guid QuestionId, string? Body);

    public sealed class Handler(FootfallDbContext db, CareAccess care, TimeProvider clock)
    {
        /// <summary>Done with the answer; refused (field <c>Body</c>) for someone who is not a verified clinician; not found for a missing or hidden question.</summary>
        public async Task<Outcome<CommunityPost>> HandleAsync(Runner runner, Request request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(runner);
            ArgumentNullException.ThrowIfNull(request);
            var question = await db.CommunityPosts.AsNoTracking()
                .SingleOrDefaultAsync(p => p.Id == request.QuestionId && p.QuestionId == null && p.HiddenAtUtc == null, cancellationToken);
            if (question is null)
            {
                return Outcome.NotFound<CommunityPost>();
            }

            var errors = new FieldErrors();
            var practitioner = await care.PractitionerAsync(runner.Id, cancellationToken);
            if (practitioner is null)
            {
                errors.Add(nameof(Request.Body), "Only verified clinicians (practitioners at a clinic on Footfall) answer questions. If something here worries you, report it.");
                return Outcome.Refused<CommunityPost>(errors);
            }

            var body = CommunityLimits.CheckText(errors, nameof(Request.Body), request.Body, CommunityLimits.AnswerMin, "answer");
            var now = clock.GetUtcNow().UtcDateTime;
            if (errors.Count == 0 && await db.CommunityPosts.CountAsync(p => p.AuthorId == runner.Id && p.QuestionId != null && p.CreatedAtUtc > now.AddHours(-1), cancellationToken) >= CommunityLimits.AnswersPerHour)
            {
                errors.Add(nameof(Request.Body), $"You have posted {CommunityLimits.AnswersPerHour} answers in the last hour; please wait before posting another.");
            }

            if (errors.Count > 0)
            {
                return Outcome.Refused<CommunityPost>(errors);
            }

            var answer = new CommunityPost
            {
                Id = Guid.NewGuid(),
                QuestionId = question.Id,
                AuthorId = runner.Id,
                Body = body,
                PractitionerId = practitioner.Id,
                CreatedAtUtc = now,
            };
            db.CommunityPosts.Add(answer);
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done(answer);
        }
    }
}
