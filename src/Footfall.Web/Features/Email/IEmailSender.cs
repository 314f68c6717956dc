namespace Footfall.Web.Features.Email;

/// <summary>
/// Sends one email. Two implementations: <see cref="SmtpEmailSender"/> when an <c>Email:Host</c> is
/// configured, otherwise <see cref="OutboxEmailSender"/>, which writes .eml files to a folder.
/// </summary>
public interface IEmailSender
{
    /// <summary>Sends (or writes) <paramref name="message"/>; throws <see cref="EmailDeliveryException"/> when it cannot.</summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
