namespace Footfall.Web.Features.Newsletter;

/// <summary>Delivers each issue <see cref="IssueDispatch"/> holds, one at a time, in its own scope; a failure is logged without content.</summary>
public sealed class IssueDispatchWorker(IssueDispatch dispatch, IServiceScopeFactory scopes, ILogger<IssueDispatchWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var issueId in dispatch.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IssueDelivery>().DeliverAsync(issueId, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Newsletter issue {IssueId} could not be delivered", issueId);
            }
        }
    }
}
