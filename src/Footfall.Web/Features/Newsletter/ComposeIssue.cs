using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.Community;

namespace Footfall.Web.Features.Newsletter;

/// <summary>Use case: an editor saves a new issue as a draft (sent later with <see cref="SendIssue"/>).</summary>
public static class ComposeIssue
{
    public const int MaxSubject = 150;
    public const int MaxBody = 20_000;

    /// <param name="Subject">The email subject; no health details (mail servers log subjects).</param>
    /// <param name="Body">Plain text; the unsubscribe footer is added to every message.</param>
    /// <param name="Announces">Catalogue keys the issue announces, comma-separated (from "what is new"), or empty.</param>
    public sealed record Request(string? Subject, string? Body, string? Announces);

    public sealed class Handler(FootfallDbContext db, CommunityRoles roles, LearningCatalogue catalogue, TimeProvider clock)
    {
        /// <summary>Done with the draft; not found for anyone who is not an editor.</summary>
        public async Task<Outcome<NewsletterIssue>> HandleAsync(Runner editor, Request request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(editor);
            ArgumentNullException.ThrowIfNull(request);
            if (!await roles.IsEditorAsync(editor.Id, cancellationToken))
            {
                return Outcome.NotFound<NewsletterIssue>();
            }

            var errors = new FieldErrors();
            var subject = request.Subject?.Trim() ?? string.Empty;
            var body = request.Body?.Trim() ?? string.Empty;
            if (subject.Length is 0 or > MaxSubject || subject.Contains('\n', StringComparison.Ordinal) || subject.Contains('\r', StringComparison.Ordinal))
            {
                errors.Add(nameof(Request.Subject), $"Give the issue a subject of one line, up to {MaxSubject} characters.");
            }

            if (body.Length is 0 or > MaxBody)
            {
                errors.Add(nameof(Request.Body), $"Write the issue's text, up to {MaxBody:N0} characters.");
            }

            var known = catalogue.Items().Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
            var announces = (request.Announces ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (announces.FirstOrDefault(a => !known.Contains(a)) is { } unknown)
            {
                errors.Add(nameof(Request.Announces), $"'{unknown}' is not a guide or class Footfall has.");
            }

            if (errors.Count > 0)
            {
                return Outcome.Refused<NewsletterIssue>(errors);
            }

            var issue = new NewsletterIssue
            {
                Id = Guid.NewGuid(),
                Subject = subject,
                Body = body,
                Announces = string.Join(',', announces.Distinct(StringComparer.Ordinal)),
                CreatedById = editor.Id,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.NewsletterIssues.Add(issue);
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done(issue);
        }
    }
}
