using System.Text.RegularExpressions;
using MimeKit;

namespace Footfall.Web.Tests.Support;

/// <summary>
/// Reads the .eml files the app wrote to its outbox folder (no mail server configured, as in the
/// two-command start), the way a runner reads their inbox.
/// </summary>
public static partial class OutboxMail
{
    /// <summary>Waits (up to 10 s) for the newest message to <paramref name="to"/> whose subject contains <paramref name="subject"/>.</summary>
    public static async Task<MimeMessage> WaitForAsync(FootfallWebFactory factory, string to, string subject, int atLeast = 1)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var folder = factory.OutboxFolder;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var matching = await ReadAsync(folder, to, subject);
            if (matching.Count >= atLeast)
            {
                return matching[^1];
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No email '{subject}' to {to} in {folder} within 10 s.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Every message to <paramref name="to"/> so far, oldest first.</summary>
    public static async Task<List<MimeMessage>> ReadAsync(string folder, string to, string? subject = null)
    {
        var messages = new List<(DateTime Written, MimeMessage Message)>();
        if (!Directory.Exists(folder))
        {
            return [];
        }

        foreach (var file in Directory.GetFiles(folder, "*.eml"))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase))
                && (subject is null || (message.Subject ?? "").Contains(subject, StringComparison.OrdinalIgnoreCase)))
            {
                messages.Add((File.GetLastWriteTimeUtc(file), message));
            }
        }

        return [.. messages.OrderBy(m => m.Written).ThenBy(m => m.Message.Date).Select(m => m.Message)];
    }

    /// <summary>The path and query of the first link in the message that goes to <paramref name="path"/>.</summary>
    public static string Link(MimeMessage message, string path)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (Match match in Url().Matches(message.TextBody ?? ""))
        {
            var uri = new Uri(match.Value);
            if (uri.AbsolutePath.Equals(path, StringComparison.OrdinalIgnoreCase))
            {
                return uri.PathAndQuery;
            }
        }

        throw new InvalidOperationException($"No link to {path} in the email '{message.Subject}': {message.TextBody}");
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Url();
}
