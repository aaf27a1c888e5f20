using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace StanceTracker.Operations.Health;

/// <summary>The liveness check: answering at all is the proof; it exists so /health/live lists what it checked.</summary>
internal sealed class ProcessAlive : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Healthy("the process serves requests"));
}
