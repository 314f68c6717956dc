namespace Footfall.Data.Entities;

/// <summary>
/// A question on the community Q&amp;A (<see cref="QuestionId"/> null, with a <see cref="Title"/>), or a
/// clinician's answer to one. Public while not hidden; its author is shown by their
/// <see cref="CommunityProfile.DisplayName"/> only. Deleted with its author's account.
/// </summary>
public class CommunityPost
{
    public Guid Id { get; set; }

    /// <summary>The question this answers, or null for a question.</summary>
    public Guid? QuestionId { get; set; }

    public required string AuthorId { get; set; }

    /// <summary>A question's title (at most 150 characters); null for an answer.</summary>
    public string? Title { get; set; }

    /// <summary>The text, at most 4,000 characters, shown as plain text.</summary>
    public required string Body { get; set; }

    /// <summary>The practitioner profile the answer was given as (a clinician active at a clinic when they answered), or null.</summary>
    public Guid? PractitionerId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When a moderator hid it, or null while it is public.</summary>
    public DateTime? HiddenAtUtc { get; set; }

    /// <summary>The moderator who hid it.</summary>
    public string? HiddenById { get; set; }
}
