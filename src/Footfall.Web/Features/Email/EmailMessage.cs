namespace Footfall.Web.Features.Email;

/// <summary>
/// One message to one recipient: a plain-text body (always), an optional HTML body and attachments
/// (for example an iCalendar invitation). The sender's address comes from <see cref="EmailOptions.From"/>.
/// </summary>
/// <param name="To">The recipient's address.</param>
/// <param name="Subject">Subject line; keep health details out of it, mail servers log subjects.</param>
/// <param name="TextBody">The plain-text body.</param>
public sealed record EmailMessage(string To, string Subject, string TextBody)
{
    /// <summary>An HTML alternative to <see cref="TextBody"/>, or null for plain text only.</summary>
    public string? HtmlBody { get; init; }

    /// <summary>Files attached to the message.</summary>
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];

    /// <summary>Extra header fields, e.g. <c>List-Unsubscribe</c> (RFC 2369) and <c>List-Unsubscribe-Post</c> (RFC 8058).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
