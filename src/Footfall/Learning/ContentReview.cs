namespace Footfall.Learning;

/// <summary>
/// Who prepared and who reviewed the clinical content, and when (knowledge/learning/guides.yaml
/// <c>review</c>). Shown on every clinical page; no reviewer is ever invented: while
/// <see cref="ReviewerRole"/> is empty the pages say that clinical review is pending.
/// </summary>
/// <param name="PreparedBy">Who prepared the content ("the Footfall team").</param>
/// <param name="PreparedOn">When it was prepared.</param>
/// <param name="ReviewerRole">The reviewing clinician's role (such as "sports physiotherapist"), or empty.</param>
/// <param name="ReviewedOn">When they reviewed it, or null.</param>
/// <param name="Basis">What the content was prepared from.</param>
public sealed record ContentReview(string PreparedBy, DateOnly PreparedOn, string ReviewerRole, DateOnly? ReviewedOn, string Basis)
{
    /// <summary>True once a clinician has reviewed the content.</summary>
    public bool IsReviewed => ReviewerRole.Length > 0 && ReviewedOn is not null;

    /// <summary>One sentence for the page, such as "Content prepared by the Footfall team from the cited sources; clinical review pending."</summary>
    public string Statement => IsReviewed
        ? $"Content prepared by {PreparedBy} from {Basis}; reviewed by a {ReviewerRole} on {ReviewedOn:d MMMM yyyy}."
        : $"Content prepared by {PreparedBy} from {Basis} on {PreparedOn:d MMMM yyyy}; clinical review pending.";
}
