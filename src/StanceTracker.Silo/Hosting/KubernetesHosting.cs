using Orleans.Hosting;
using StanceTracker.Abstractions.Hosting;

namespace StanceTracker.Silo.Hosting;

public static class KubernetesHosting
{
    /// <summary>
    /// In Kubernetes (Stance:Kubernetes=true), Orleans' Kubernetes hosting: the silo is named after its pod, advertises
    /// the pod's IP, takes service and cluster ids from the pod's orleans/serviceId and orleans/clusterId labels, and
    /// declares silos dead when their pods are deleted. Elsewhere it does nothing.
    /// </summary>
    public static ISiloBuilder AddStanceKubernetesHosting(this ISiloBuilder silo, StanceSettings settings)
    {
        if (!settings.Kubernetes)
            return silo;
        // Pods find each other through the membership table; the embedded profile's localhost membership has none.
        if (!settings.UsesRedis)
            throw new InvalidOperationException(
                $"{StanceSettings.Section}:{nameof(StanceSettings.Kubernetes)} is set but {StanceSettings.Section}:{nameof(StanceSettings.Redis)} is not: " +
                "silos in pods need the Redis clustering profile (set Stance__Redis)");
        return silo.UseKubernetesHosting();
    }
}
