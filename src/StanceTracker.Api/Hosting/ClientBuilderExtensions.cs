using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using StanceTracker.Abstractions.Hosting;

namespace StanceTracker.Api.Hosting;

public static class ClientBuilderExtensions
{
    /// <summary>
    /// How a client finds gateways: explicit <see cref="StanceSettings.Gateway"/> addresses win; else, with
    /// <see cref="StanceSettings.Redis"/>, every live silo's gateway from Redis membership (so losing one silo only
    /// moves the client to another); else the local silo's gateway port.
    /// </summary>
    public static IClientBuilder UseStanceClustering(this IClientBuilder client, StanceSettings settings)
    {
        if (settings.UsesRedis && string.IsNullOrWhiteSpace(settings.Gateway))
            client.UseRedisClustering(settings.Redis!);
        else
            client.UseStaticClustering(settings.GatewayEndpoints());
        return client.Configure<ClusterOptions>(o => { o.ServiceId = StanceSettings.ServiceId; o.ClusterId = settings.ClusterId; });
    }
}
