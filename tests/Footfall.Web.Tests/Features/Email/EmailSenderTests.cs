using Footfall.Web.Features.Email;
using Footfall.Web.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;

namespace Footfall.Web.Tests.Features.Email;

public sealed class EmailSenderTests
{
    private const string Calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Footfall//EN\r\nEND:VCALENDAR\r\n";

    [Fact]
    public async Task Smtp_MessageWithCalendar_ArrivesAtTheServerWithTheAttachment()
    {
        await using var server = await LoopbackSmtpServer.StartAsync();
        var options = new EmailOptions { Host = "127.0.0.1", Port = server.Port, Tls = EmailTls.None, From = "Footfall <no-reply@footfall.test>" };
        var sender = new SmtpEmailSender(options, TimeProvider.System, NullLogger<SmtpEmailSender>.Instance);

        await sender.SendAsync(
            new EmailMessage("runner@example.com", "Your appointment", "See you on Tuesday.")
            {
                HtmlBody = "<p>See you on Tuesday.</p>",
                Attachments = [EmailAttachment.Calendar("appointment.ics", Calendar, "REQUEST")],
            },
            CancellationToken.None);

        var mail = await server.WaitForAsync("runner@example.com");
        Assert.Equal("Your appointment", mail.Subject);
        Assert.Equal("no-reply@footfall.test", mail.From.Mailboxes.Single().Address);
        Assert.Contains("See you on Tuesday.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<p>See you on Tuesday.</p>", mail.HtmlBody, StringComparison.Ordinal);
        var attachment = Assert.Single(mail.Attachments.OfType<MimePart>());
        Assert.Equal("appointment.ics", attachment.FileName);
        Assert.Equal("text/calendar", attachment.ContentType.MimeType);
        Assert.Equal("REQUEST", attachment.ContentType.Parameters["method"]);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        Assert.Equal(Calendar, System.Text.Encoding.UTF8.GetString(content.ToArray()));
    }

    [Fact]
    public async Task Smtp_NoServerListening_ThrowsEmailDeliveryExceptionNamingTheServer()
    {
        int port;
        await using (var server = await LoopbackSmtpServer.StartAsync())
        {
            port = server.Port;
        }

        var options = new EmailOptions { Host = "127.0.0.1", Port = port, Tls = EmailTls.None, Timeout = TimeSpan.FromSeconds(5) };
        var sender = new SmtpEmailSender(options, TimeProvider.System, NullLogger<SmtpEmailSender>.Instance);

        var error = await Assert.ThrowsAsync<EmailDeliveryException>(() =>
            sender.SendAsync(new EmailMessage("runner@example.com", "Hello", "Text"), CancellationToken.None));
        Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outbox_WritesAnEmlFileOnlyItsOwnerCanRead()
    {
        var folder = Path.Combine(Directory.CreateTempSubdirectory("footfall-outbox-").FullName, "outbox");
        try
        {
            var options = new EmailOptions { OutboxPath = folder };
            var sender = new OutboxEmailSender(options, TimeProvider.System, NullLogger<OutboxEmailSender>.Instance);

            await sender.SendAsync(
                new EmailMessage("runner@example.com", "Confirm your email", "Open this link.") { Attachments = [EmailAttachment.Calendar("a.ics", Calendar)] },
                CancellationToken.None);

            var file = Assert.Single(Directory.GetFiles(folder));
            Assert.EndsWith(".eml", file, StringComparison.Ordinal);
            var mail = await MimeMessage.LoadAsync(file);
            Assert.Equal("Confirm your email", mail.Subject);
            Assert.Equal("runner@example.com", mail.To.Mailboxes.Single().Address);
            Assert.Single(mail.Attachments);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            }
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    [Fact]
    public async Task Outbox_RecipientThatIsNotAnAddress_IsRefused()
    {
        var folder = Directory.CreateTempSubdirectory("footfall-outbox-").FullName;
        try
        {
            var sender = new OutboxEmailSender(new EmailOptions { OutboxPath = folder }, TimeProvider.System, NullLogger<OutboxEmailSender>.Instance);
            await Assert.ThrowsAsync<EmailDeliveryException>(() =>
                sender.SendAsync(new EmailMessage("not an address", "Hello", "Text"), CancellationToken.None));
            Assert.Empty(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
