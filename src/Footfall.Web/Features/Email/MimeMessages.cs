using MimeKit;

namespace Footfall.Web.Features.Email;

/// <summary>Turns an <see cref="EmailMessage"/> into the MIME message both senders write.</summary>
internal static class MimeMessages
{
    public static MimeMessage Create(EmailMessage message, EmailOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!MailboxAddress.TryParse(options.From, out var from))
        {
            throw new EmailDeliveryException($"Email:From '{options.From}' is not an email address.");
        }

        if (!MailboxAddress.TryParse(message.To, out var to) || string.IsNullOrEmpty(to.Domain))
        {
            throw new EmailDeliveryException("The recipient is not an email address.");
        }

        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var attachment in message.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content.ToArray(), ContentType.Parse(attachment.ContentType));
        }

        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Body = body.ToMessageBody(),
            Date = time.GetUtcNow(),
        };
        foreach (var (field, value) in message.Headers)
        {
            mime.Headers.Add(field, value);
        }

        mime.From.Add(from);
        mime.To.Add(to);
        mime.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(from.Domain is { Length: > 0 } domain ? domain : "footfall.invalid");
        return mime;
    }
}
