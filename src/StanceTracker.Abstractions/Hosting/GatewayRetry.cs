using Orleans;

namespace StanceTracker.Abstractions.Hosting;

/// <summary>
/// Lets a client wait for its gateway for a while (a client host started together with its silo),
/// then give up with the error instead of hanging.
/// </summary>
public sealed class GatewayRetry(TimeSpan patience) : IClientConnectionRetryFilter
{
    private readonly DateTime _deadline = DateTime.UtcNow + patience;

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        if (DateTime.UtcNow >= _deadline)
            return false;
        await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        return true;
    }
}
