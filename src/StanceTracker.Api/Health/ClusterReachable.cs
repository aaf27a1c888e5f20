using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace StanceTracker.Api.Health;

/// <summary>
/// Readiness of the client host: a call through its gateway reaches the cluster and finds an active silo. One small
/// management-grain call per probe; answering from memory alone would call a host ready whose gateways are all gone.
/// </summary>
internal sealed class ClusterReachable(IGrainFactory grains) : IHealthCheck
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(Patience, cancellationToken);
            return hosts.Count > 0
                ? HealthCheckResult.Healthy($"cluster reachable: {hosts.Count} active silos")
                : HealthCheckResult.Unhealthy("cluster reachable but no silo is active");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"cluster not reachable: {ex.GetBaseException().Message}", ex);
        }
    }
}
