using Footfall.Care;
using Footfall.Data;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Community;

/// <summary>
/// What the public Q&amp;A pages read: questions with their answers, authors by display name (runners)
/// or practitioner name and profession (clinicians), never an email or an account id. Hidden posts
/// are left out, except for a moderator, who sees them marked.
/// </summary>
public sealed class CommunityBoard(FootfallDbContext db)
{
    public sealed record QuestionSummary(Guid Id, string Title, string Author, DateTime CreatedAtUtc, int Answers, bool ClinicianAnswered);

    public sealed record PostView(Guid Id, string Body, string Author, string? Profession, DateTime CreatedAtUtc, bool Hidden)
    {
        /// <summary>True for an answer given by a verified clinician.</summary>
        public bool ByClinician => Profession is not null;
    }

    public sealed record Thread(Guid Id, string Title, PostView Question, IReadOnlyList<PostView> Answers);

    /// <summary>The newest public questions, at most <paramref name="take"/>.</summary>
    public async Task<IReadOnlyList<QuestionSummary>> QuestionsAsync(int take, CancellationToken cancellationToken)
    {
        var rows = await (from q in db.CommunityPosts.AsNoTracking()
                          where q.QuestionId == null && q.HiddenAtUtc == null
                          join p in db.CommunityProfiles on q.AuthorId equals p.UserId into profiles
                          from p in profiles.DefaultIfEmpty()
                          orderby q.CreatedAtUtc descending
                          select new
                          {
                              q.Id,
                              q.Title,
                              Author = p == null ? null : p.DisplayName,
                              q.CreatedAtUtc,
                              Answers = db.CommunityPosts.Count(a => a.QuestionId == q.Id && a.HiddenAtUtc == null),
                              Clinician = db.CommunityPosts.Any(a => a.QuestionId == q.Id && a.HiddenAtUtc == null && a.PractitionerId != null),
                          }).Take(take).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new QuestionSummary(r.Id, r.Title ?? string.Empty, r.Author ?? "A runner", r.CreatedAtUtc, r.Answers, r.Clinician))];
    }

    /// <summary>A question with its answers (oldest first); null when missing, or hidden and <paramref name="moderator"/> is false.</summary>
    public async Task<Thread?> ThreadAsync(Guid questionId, bool moderator, CancellationToken cancellationToken)
    {
        var posts = await (from post in db.CommunityPosts.AsNoTracking()
                           where (post.Id == questionId && post.QuestionId == null) || post.QuestionId == questionId
                           where moderator || post.HiddenAtUtc == null
                           join p in db.CommunityProfiles on post.AuthorId equals p.UserId into profiles
                           from p in profiles.DefaultIfEmpty()
                           join c in db.Practitioners on post.PractitionerId equals c.Id into clinicians
                           from c in clinicians.DefaultIfEmpty()
                           orderby post.CreatedAtUtc
                           select new
                           {
                               post.Id,
                               post.QuestionId,
                               post.Title,
                               post.Body,
                               post.CreatedAtUtc,
                               Hidden = post.HiddenAtUtc != null,
                               Runner = p == null ? null : p.DisplayName,
                               Clinician = c == null ? null : c.DisplayName,
                               Profession = c == null ? (int?)null : c.Profession,
                           }).ToListAsync(cancellationToken);
        var question = posts.FirstOrDefault(p => p.Id == questionId && p.QuestionId is null);
        if (question is null)
        {
            return null;
        }

        var answers = posts.Where(p => p.QuestionId == questionId)
            .Select(p => new PostView(p.Id, p.Body, p.Clinician ?? p.Runner ?? "A runner", p.Profession is { } prof ? ((Profession)prof).Name() : null, p.CreatedAtUtc, p.Hidden))
            .ToList();
        return new Thread(question.Id, question.Title ?? string.Empty,
            new PostView(question.Id, question.Body, question.Runner ?? "A runner", null, question.CreatedAtUtc, question.Hidden), answers);
    }

    /// <summary>The display name <paramref name="userId"/> posts under, or null before their first question.</summary>
    public Task<string?> DisplayNameAsync(string userId, CancellationToken cancellationToken) =>
        db.CommunityProfiles.Where(p => p.UserId == userId).Select(p => (string?)p.DisplayName).SingleOrDefaultAsync(cancellationToken);
}
