using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Community;

/// <summary>
/// Use case: a signed-in runner asks the community a question, shown under the display name they
/// choose the first time (never their email). Limited to <see cref="CommunityLimits.QuestionsPerHour"/>
/// an hour and <see cref="CommunityLimits.QuestionsPerDay"/> a day.
/// </summary>
public static class AskQuestion
{
    /// <param name="Title">One line, 10 to 150 characters.</param>
    /// <param name="Body">20 to 4,000 characters, at most two links.</param>
    /// <param name="DisplayName">The public name to post under; needed the first time only (2 to 40 letters, digits, spaces, - _ .).</param>
    public sealed record Request(string? Title, string? Body, string? DisplayName = null);

    public sealed class Handler(FootfallDbContext db, TimeProvider clock)
    {
        public async Task<Outcome<CommunityPost>> HandleAsync(Runner runner, Request request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(runner);
            ArgumentNullException.ThrowIfNull(request);
            var now = clock.GetUtcNow().UtcDateTime;
            var errors = new FieldErrors();
            var profile = await db.CommunityProfiles.SingleOrDefaultAsync(p => p.UserId == runner.Id, cancellationToken);
            if (profile is null)
            {
                profile = await DisplayNames.CreateAsync(db, runner.Id, request.DisplayName, errors, nameof(Request.DisplayName), now, cancellationToken);
            }

            var title = request.Title?.Trim() ?? string.Empty;
            if (title.Length < CommunityLimits.TitleMin || title.Length > CommunityLimits.TitleMax || title.Contains('\n', StringComparison.Ordinal))
            {
                errors.Add(nameof(Request.Title), $"Give the question a title of one line, {CommunityLimits.TitleMin} to {CommunityLimits.TitleMax} characters.");
            }
            else if (CommunityLimits.Links(title) > 0)
            {
                errors.Add(nameof(Request.Title), "Leave links out of the title.");
            }

            var body = CommunityLimits.CheckText(errors, nameof(Request.Body), request.Body, CommunityLimits.BodyMin, "question");
            if (errors.Count == 0)
            {
                var mine = db.CommunityPosts.Where(p => p.AuthorId == runner.Id && p.QuestionId == null);
                var lastHour = await mine.CountAsync(p => p.CreatedAtUtc > now.AddHours(-1), cancellationToken);
                var lastDay = await mine.CountAsync(p => p.CreatedAtUtc > now.AddDays(-1), cancellationToken);
                if (lastHour >= CommunityLimits.QuestionsPerHour || lastDay >= CommunityLimits.QuestionsPerDay)
                {
                    errors.Add(nameof(Request.Body), lastHour >= CommunityLimits.QuestionsPerHour
                        ? $"You have asked {CommunityLimits.QuestionsPerHour} questions in the last hour; please wait before asking another."
                        : $"You have asked {CommunityLimits.QuestionsPerDay} questions today; please wait until tomorrow.");
                }
            }

            if (errors.Count > 0)
            {
                return Outcome.Refused<CommunityPost>(errors);
            }

            var post = new CommunityPost { Id = Guid.NewGuid(), AuthorId = runner.Id, Title = title, Body = body, CreatedAtUtc = now };
            db.CommunityPosts.Add(post);
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done(post);
        }
    }
}
