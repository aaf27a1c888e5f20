using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StanceTracker.Abstractions.Hosting;

namespace StanceTracker.Grains.Health;

/// <summary>
/// How a storage provider makes itself part of the silo's readiness: its registration adds one check under the name
/// "storage" that proves the store answers now (open a connection, run a trivial query).
/// </summary>
public static class HealthRegistration
{
    public const string StorageCheck = "storage";

    public static IServiceCollection AddStorageHealthCheck<TCheck>(this IServiceCollection services) where TCheck : class, IHealthCheck
    {
        services.AddHealthChecks().AddCheck<TCheck>(StorageCheck, tags: [HealthTags.Ready]);
        return services;
    }

    internal static IServiceCollection AddSiloHealthCheck(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<SiloActiveHealthCheck>("silo", tags: [HealthTags.Ready]);
        return services;
    }
}
