using Footfall.Data;

namespace Footfall.Web.Infrastructure;

/// <summary>
/// Whether the database answers, asked at most once per <c>Health:DatabaseCheckInterval</c> (default
/// one second) however often <c>/healthz</c> is polled: callers within the interval share the last
/// answer, and callers while a check runs share that check. A flood of health probes therefore costs
/// the database one connection a second, and an outage shows within the interval plus the connect time.
/// </summary>
public sealed class DatabaseHealth(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration)
{
    private static readonly Task<bool> Reachable = Task.FromResult(true);
    private static readonly Task<bool> Unreachable = Task.FromResult(false);

    private readonly TimeSpan _interval = configuration.GetValue("Health:DatabaseCheckInterval", TimeSpan.FromSeconds(1));
    private readonly Lock _gate = new();
    private Task<bool>? _running;
    private long _checkedAt = long.MinValue;
    private bool _lastAnswer;

    public Task<bool> IsReachableAsync()
    {
        lock (_gate)
        {
            if (_running is { IsCompleted: false } running)
            {
                return running;
            }

            if (_checkedAt != long.MinValue && time.GetElapsedTime(_checkedAt) < _interval)
            {
                return _lastAnswer ? Reachable : Unreachable;
            }

            return _running = CheckAsync();
        }
    }

    private async Task<bool> CheckAsync()
    {
        await Task.Yield();
        bool ok;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            ok = await scope.ServiceProvider.GetRequiredService<FootfallDbContext>().Database.CanConnectAsync();
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            ok = false;
        }

        lock (_gate)
        {
            _lastAnswer = ok;
            _checkedAt = time.GetTimestamp();
        }

        return ok;
    }
}
