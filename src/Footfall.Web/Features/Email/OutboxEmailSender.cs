namespace Footfall.Web.Features.Email;

/// <summary>
/// With no mail server configured, writes each message as an .eml file (RFC 5322, opens in any mail
/// program) to the outbox folder, readable by the account that runs Footfall only.
/// </summary>
public sealed class OutboxEmailSender(EmailOptions options, TimeProvider time, ILogger<OutboxEmailSender> logger) : IEmailSender
{
    /// <summary>The folder the messages are written to.</summary>
    public string Folder { get; } = options.OutboxPath ?? throw new ArgumentException("EmailOptions.OutboxPath is required for the outbox.", nameof(options));

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var mime = MimeMessages.Create(message, options, time);
        CreateFolder(Folder);
        var name = $"{time.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(Folder, name);
        var temporary = path + ".part";
        try
        {
            var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            await using (var stream = new FileStream(temporary, file))
            {
                await mime.WriteToAsync(stream, cancellationToken);
            }

            // A whole message or none: a reader of the folder never sees half a file.
            File.Move(temporary, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new EmailDeliveryException($"Could not write the email to the outbox folder {Folder}: {ex.Message}", ex);
        }

        logger.LogInformation("Email not sent (no Email:Host configured); written to {Path}", path);
    }

    internal static void CreateFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
