using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using StanceTracker.Abstractions.Hosting;
using StanceTracker.Grains.Hosting;
using StanceTracker.Grains.Storage;

namespace StanceTracker.Bench;

/// <summary>
/// A cluster of two silos and an Orleans client, for the ingest benchmark's cluster case, built from a named profile.
/// Profiles: <see cref="SharedSqlite"/>: two silo hosts in this process, development (localhost) membership with
/// the first silo as primary, both on one SQLite file (each with its own group-commit writer, so they contend for
/// SQLite's write lock). It measures two silos and the client path, not a storage that scales out: a profile on a
/// server database (PostgreSQL log, Redis membership) is added here as one more case of <see cref="StartAsync"/>.
/// </summary>
public sealed class ClusterProfile : IAsyncDisposable
{
    public const string SharedSqlite = "shared-sqlite";

    private readonly List<IHost> _silos;
    private readonly IHost _client;
    private readonly string _dataDirectory;

    private ClusterProfile(List<IHost> silos, IHost client, string dataDirectory, string description)
    {
        _silos = silos;
        _client = client;
        _dataDirectory = dataDirectory;
        Description = description;
    }

    public string Description { get; }

    public IGrainFactory Grains => _client.Services.GetRequiredService<IClusterClient>();

    public IEnumerable<SqliteDatabase> Databases => _silos.Select(s => s.Services.GetRequiredService<SqliteDatabase>());

    public static async Task<ClusterProfile> StartAsync(string profile)
    {
        if (profile != SharedSqlite)
            throw new ArgumentException($"cluster profile '{profile}' is not known (known: {SharedSqlite})");

        var data = Directory.CreateTempSubdirectory("stance-bench-cluster-").FullName;
        var clusterId = $"stance-bench-{Guid.NewGuid():N}";
        var primary = new IPEndPoint(IPAddress.Loopback, PortCheck.FreePort());
        var gateways = new List<IPEndPoint>();
        var silos = new List<IHost>();
        for (var i = 0; i < 2; i++)
        {
            var siloPort = i == 0 ? primary.Port : PortCheck.FreePort();
            var gatewayPort = PortCheck.FreePort();
            gateways.Add(new IPEndPoint(IPAddress.Loopback, gatewayPort));
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            BenchmarkSilo.QuietLogging(builder.Logging);
            builder.UseOrleans(silo => silo
                .UseLocalhostClustering(siloPort, gatewayPort, i == 0 ? null : primary, serviceId: "stance-bench", clusterId: clusterId)
                .AddStanceTracker(new StanceStorageOptions(data)));
            var host = builder.Build();
            await host.StartAsync();
            silos.Add(host);
        }

        var clientBuilder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        BenchmarkSilo.QuietLogging(clientBuilder.Logging);
        clientBuilder.UseOrleansClient(client => client
            .UseStaticClustering([.. gateways])
            .Configure<ClusterOptions>(o => { o.ServiceId = "stance-bench"; o.ClusterId = clusterId; })
            .AddMemoryStreams(StanceStreams.Provider));
        var clientHost = clientBuilder.Build();
        await clientHost.StartAsync();
        return new ClusterProfile(silos, clientHost, data,
            "two silos in this process (localhost membership, primary-silo), one shared SQLite file, client through both gateways");
    }

    public async ValueTask DisposeAsync()
    {
        await _client.StopAsync();
        _client.Dispose();
        foreach (var silo in Enumerable.Reverse(_silos))
        {
            await silo.StopAsync();
            silo.Dispose();
        }
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
