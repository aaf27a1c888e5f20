using StanceTracker.Cluster.Tests.Servers;
using StanceTracker.EndToEnd.Tests;

namespace StanceTracker.Cluster.Tests.Processes;

/// <summary>
/// A real cluster on this machine: silo processes on their own ports that find each other through Redis and keep
/// everything in one PostgreSQL database, and a client host (HTTP API) that finds them through Redis too. Settings
/// reach the programs as Stance__* environment variables, the way an operator's deployment passes them.
/// </summary>
public sealed class SiloCluster : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly RunningProcess?[] _silos;
    private RunningProcess? _api;

    private SiloCluster(ClusterServers servers, StanceDatabase database, int silos)
    {
        Database = database;
        Environment = new Dictionary<string, string>
        {
            ["Stance__Redis"] = servers.Redis,
            ["Stance__Postgres"] = database.ConnectionString,
            // Its own membership in the shared Redis: clusters of other tests never meet this one.
            ["Stance__ClusterId"] = $"stance-test-{Guid.NewGuid():N}"[..24],
        };
        SiloPorts = [.. Enumerable.Range(0, silos).Select(_ => Programs.FreePort())];
        GatewayPorts = [.. Enumerable.Range(0, silos).Select(_ => Programs.FreePort())];
        _silos = new RunningProcess?[silos];
    }

    public StanceDatabase Database { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public string ClusterId => Environment["Stance__ClusterId"];

    public int[] SiloPorts { get; }

    public int[] GatewayPorts { get; }

    public int HttpPort { get; } = Programs.FreePort();

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>Gateways of the silos that are running now.</summary>
    public IEnumerable<int> LiveGateways => GatewayPorts.Where((_, i) => _silos[i] is { HasExited: false });

    public static async Task<SiloCluster> StartAsync(ClusterServers servers, int silos)
    {
        var cluster = new SiloCluster(servers, await StanceDatabase.CreateAsync(servers), silos);
        try
        {
            await cluster.StartSilosAsync();
            cluster._api = RunningProcess.Start(Programs.Api, cluster.Environment, "--http-port", $"{cluster.HttpPort}");
            cluster.Http.BaseAddress = new Uri($"http://127.0.0.1:{cluster.HttpPort}");
            await cluster.Http.WaitUntilAnswersAsync("/api/actors?search=zzz", cluster._api, StartTimeout);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts every silo that is not running (all of them at once, as after a whole-cluster outage).</summary>
    public async Task StartSilosAsync()
    {
        // One after another: each joins a settled cluster, as a rolling start would, instead of three processes
        // competing for two cores while they validate connectivity with each other.
        for (var i = 0; i < _silos.Length; i++)
        {
            if (_silos[i] is { HasExited: false }) continue;
            _silos[i] = RunningProcess.Start(Programs.Silo, Environment,
                "--silo-port", $"{SiloPorts[i]}", "--gateway-port", $"{GatewayPorts[i]}");
            await _silos[i]!.WaitForOutputAsync("stance silo: running", StartTimeout);
        }
    }

    /// <summary>SIGKILL one silo: no goodbye to the cluster, in-flight calls on it are lost.</summary>
    public Task KillSiloAsync(int index) => _silos[index]!.KillAsync();

    /// <summary>SIGTERM every silo and wait for each to leave.</summary>
    public async Task StopSilosAsync()
    {
        foreach (var silo in _silos.OfType<RunningProcess>())
            await silo.StopAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>Waits until the client host answers the path (after the cluster behind it was restarted).</summary>
    public Task WaitForApiAsync(string path) => Http.WaitUntilAnswersAsync(path, _api!, StartTimeout);

    public string SiloOutput(int index) => _silos[index]?.Output ?? "";

    /// <summary>The `stance` console with this cluster's settings (it finds the gateways through Redis).</summary>
    public RunningProcess Console(params string[] args) => RunningProcess.Start(Programs.Stance, Environment, args);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (_api is not null) await _api.DisposeAsync();
        foreach (var silo in _silos.OfType<RunningProcess>())
            await silo.DisposeAsync();
    }
}
