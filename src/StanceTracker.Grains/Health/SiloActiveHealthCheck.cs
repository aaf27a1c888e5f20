using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace StanceTracker.Grains.Health;

/// <summary>Readiness of the silo itself: membership lists it as Active (joined, not joining, shutting down or declared dead).</summary>
internal sealed class SiloActiveHealthCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = membership.CurrentSnapshot;
        var status = snapshot.GetSiloStatus(silo.SiloAddress);
        var active = snapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy($"silo {silo.SiloAddress} is active; {active} active silos in the cluster")
            : HealthCheckResult.Unhealthy($"silo {silo.SiloAddress} is {status}, not active"));
    }
}
