namespace Footfall.Data.Entities;

/// <summary>One newsletter issue: written by an editor, sent once to every confirmed subscription.</summary>
public class NewsletterIssue
{
    public Guid Id { get; set; }

    /// <summary>The email subject, at most 150 characters.</summary>
    public required string Subject { get; set; }

    /// <summary>The plain-text body, at most 20,000 characters.</summary>
    public required string Body { get; set; }

    /// <summary>What the issue announces, as catalogue keys separated by commas (<c>guide:plantar_fasciitis,class:running</c>), so "what is new" leaves them out next time.</summary>
    public string Announces { get; set; } = string.Empty;

    public required string CreatedById { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When an editor sent it; null while a draft.</summary>
    public DateTime? SentAtUtc { get; set; }

    /// <summary>When delivery to the last recipient finished; null while sending.</summary>
    public DateTime? DeliveredAtUtc { get; set; }

    /// <summary>Recipients the mail server took the message for.</summary>
    public int DeliveredCount { get; set; }

    /// <summary>Recipients it could not be sent to (logged by reason, never by address).</summary>
    public int FailedCount { get; set; }
}
