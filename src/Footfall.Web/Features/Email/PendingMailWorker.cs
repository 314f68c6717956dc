namespace Footfall.Web.Features.Email;

/// <summary>Sends what <see cref="PendingMail"/> holds, one message at a time, logging failures without content.</summary>
public sealed class PendingMailWorker(PendingMail queue, IEmailSender sender, ILogger<PendingMailWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var message in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await sender.SendAsync(message, stoppingToken);
            }
            catch (EmailDeliveryException ex)
            {
                logger.LogError("An email could not be sent: {Reason}", ex.Message);
            }
        }
    }
}
