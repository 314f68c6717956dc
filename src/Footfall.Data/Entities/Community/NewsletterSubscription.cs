namespace Footfall.Data.Entities;

/// <summary>
/// An email address on the newsletter list. Double opt-in: nothing is sent to it until its owner opens
/// the emailed link (<see cref="ConfirmedAtUtc"/>); unsubscribing deletes the row. Not tied to an
/// account (anyone may subscribe), but deleted with an account of the same address.
/// </summary>
public class NewsletterSubscription
{
    public Guid Id { get; set; }

    public required string Email { get; set; }

    /// <summary><see cref="Email"/> trimmed and upper-cased (unique).</summary>
    public required string NormalizedEmail { get; set; }

    /// <summary>When the confirmation email was last asked for (UTC); one every 10 minutes at most.</summary>
    public DateTime RequestedAtUtc { get; set; }

    /// <summary>SHA-256 (hex) of the single-use confirmation token; null once confirmed.</summary>
    public string? ConfirmTokenHash { get; set; }

    /// <summary>When the owner confirmed; null means nothing is ever sent to this address.</summary>
    public DateTime? ConfirmedAtUtc { get; set; }
}
