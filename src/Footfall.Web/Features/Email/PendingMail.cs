using System.Threading.Channels;

namespace Footfall.Web.Features.Email;

/// <summary>
/// Messages waiting to be sent by <see cref="PendingMailWorker"/>. Account pages queue their mail so
/// that a page answers in the same time whether or not it sent anything (sign-up, password reset):
/// the time a mail server takes never tells a visitor whether an email has an account.
/// A message queued when the process stops is lost; the runner can ask again.
/// </summary>
public sealed class PendingMail
{
    private readonly Channel<EmailMessage> _messages = Channel.CreateBounded<EmailMessage>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Queues <paramref name="message"/>; false when 10,000 messages are already waiting.</summary>
    public bool Enqueue(EmailMessage message) => _messages.Writer.TryWrite(message);

    internal ChannelReader<EmailMessage> Reader => _messages.Reader;
}
