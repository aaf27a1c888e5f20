using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using StanceTracker.Abstractions.Hosting;
using StanceTracker.Grains.Hosting;
using StanceTracker.Grains.Relays;
using StanceTracker.Grains.Storage;

namespace StanceTracker.Grains.Tests;

/// <summary>An in-process cluster on the real SQLite storage in a temporary data directory, which outlives the cluster so restarts can be tested.</summary>
public sealed class StanceCluster : IAsyncDisposable
{
    private StanceCluster(InProcessTestCluster cluster, string dataDirectory)
    {
        Cluster = cluster;
        DataDirectory = dataDirectory;
    }

    public InProcessTestCluster Cluster { get; }

    public string DataDirectory { get; }

    public IGrainFactory Grains => Cluster.Client;

    public static async Task<StanceCluster> StartAsync(string? dataDirectory = null, short silos = 1, RelaySettings? relays = null,
        Action<IServiceCollection>? configure = null)
    {
        dataDirectory ??= Directory.CreateTempSubdirectory("stance-grains-").FullName;
        var builder = new InProcessTestClusterBuilder(silos);
        // A fixed service id: state written by one cluster must be found by the next one on the same data directory.
        builder.Options.ServiceId = "stance-tests";
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddStanceTracker(new StanceStorageOptions(dataDirectory), relays: relays);
            // Last, so a test's replacement of a service wins over the one registered above.
            configure?.Invoke(silo.Services);
        });
        builder.ConfigureClient(client => client.AddMemoryStreams(StanceStreams.Provider));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new StanceCluster(cluster, dataDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}
