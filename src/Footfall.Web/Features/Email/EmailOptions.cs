namespace Footfall.Web.Features.Email;

/// <summary>
/// Outgoing mail, bound from the <c>Email</c> configuration section (<c>Email__Host</c> etc. as
/// environment variables). With no <see cref="Host"/> the app writes every message as an .eml file
/// to <see cref="OutboxPath"/> instead of sending it, so the two-command start needs no mail server.
/// </summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    /// <summary>The SMTP server's host name; empty (the default) means "write to the outbox folder".</summary>
    public string? Host { get; set; }

    /// <summary>The SMTP server's port. Default 587 (submission with STARTTLS).</summary>
    public int Port { get; set; } = 587;

    /// <summary>The sender address, optionally with a name: <c>Footfall &lt;no-reply@example.org&gt;</c>. Default <c>Footfall &lt;no-reply@footfall.invalid&gt;</c>.</summary>
    public string From { get; set; } = "Footfall <no-reply@footfall.invalid>";

    /// <summary>Transport security; default <see cref="EmailTls.StartTls"/>.</summary>
    public EmailTls Tls { get; set; } = EmailTls.StartTls;

    /// <summary>User name for SMTP authentication; none when empty.</summary>
    public string? UserName { get; set; }

    /// <summary>Password for SMTP authentication.</summary>
    public string? Password { get; set; }

    /// <summary>Where .eml files go when no host is set. Default: an <c>outbox</c> folder beside the SQLite database.</summary>
    public string? OutboxPath { get; set; }

    /// <summary>How long one SMTP exchange may take. Default 30 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>True when messages go to an SMTP server rather than the outbox folder.</summary>
    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Host);
}
