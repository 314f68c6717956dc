using MailKit.Net.Smtp;
using MailKit.Security;

namespace Footfall.Web.Features.Email;

/// <summary>Sends mail through the SMTP server named by <see cref="EmailOptions"/>, with MailKit.</summary>
public sealed class SmtpEmailSender(EmailOptions options, TimeProvider time, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var mime = MimeMessages.Create(message, options, time);
        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        var security = options.Tls switch
        {
            EmailTls.SslOnConnect => SecureSocketOptions.SslOnConnect,
            EmailTls.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        try
        {
            await client.ConnectAsync(options.Host!, options.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
            }

            await client.SendAsync(mime, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception ex) when (ex is SmtpCommandException or SmtpProtocolException or AuthenticationException
                                       or SslHandshakeException or IOException or System.Net.Sockets.SocketException
                                       or TimeoutException)
        {
            throw new EmailDeliveryException($"The mail server {options.Host}:{options.Port} did not take the message: {ex.Message}", ex);
        }

        // Only the message id: the recipient and the subject stay out of the log.
        logger.LogInformation("Sent email {MessageId} through {Host}:{Port}", mime.MessageId, options.Host, options.Port);
    }
}
