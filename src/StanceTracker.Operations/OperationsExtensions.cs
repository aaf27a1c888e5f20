using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StanceTracker.Abstractions.Hosting;
using StanceTracker.Operations.Health;
using StanceTracker.Operations.Telemetry;

namespace StanceTracker.Operations;

/// <summary>The operator's endpoints every StanceTracker HTTP listener serves, open to probes and scrapers without credentials.</summary>
public static class OperationsExtensions
{
    /// <summary>Health checks: liveness here; each host and storage provider adds its readiness checks.</summary>
    public static IHostApplicationBuilder AddStanceHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<ProcessAlive>("process", tags: [HealthTags.Live]);
        return builder;
    }

    /// <summary>/health/live, /health/ready and /metrics.</summary>
    public static IEndpointRouteBuilder MapOperationsEndpoints(this IEndpointRouteBuilder app) =>
        app.MapStanceHealth().MapStanceMetrics();
}
