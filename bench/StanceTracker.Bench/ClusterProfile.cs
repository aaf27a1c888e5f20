using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Orleans.Configuration;
using StanceTracker.Abstractions.Hosting;
using StanceTracker.Api.Hosting;
using StanceTracker.Grains.Hosting;
using StanceTracker.Grains.Storage;

namespace StanceTracker.Bench;

/// <summary>
/// A cluster of two silos and an Orleans client, for the ingest benchmark's cluster case, built from a named profile.
/// Profiles: <see cref="SharedSqlite"/>: two silo hosts in this process, development (localhost) membership with
/// the first silo as primary, both on one SQLite file (each with its own group-commit writer, so they contend for
/// SQLite's write lock). It measures two silos and the client path, not a storage that scales out.
/// <see cref="RedisPostgres"/>: the cluster profile as deployed (README, "The cluster profile"): two silo hosts in this
/// process that find each other through Redis membership and keep the statement log, the actor catalog and grain
/// state in PostgreSQL (a fresh database, dropped after), the client finding gateways through Redis.
/// </summary>
public sealed class ClusterProfile : IAsyncDisposable
{
    public const string SharedSqlite = "shared-sqlite";
    public const string RedisPostgres = "redis-postgres";

    public static readonly string[] Names = [SharedSqlite, RedisPostgres];

    private readonly List<IHost> _silos;
    private readonly IHost _client;
    private readonly string _dataDirectory;
    private readonly Func<Task>? _cleanUp;

    private ClusterProfile(List<IHost> silos, IHost client, string dataDirectory, string description, Func<Task>? cleanUp = null)
    {
        _silos = silos;
        _client = client;
        _dataDirectory = dataDirectory;
        Description = description;
        _cleanUp = cleanUp;
    }

    public string Description { get; }

    public IGrainFactory Grains => _client.Services.GetRequiredService<IClusterClient>();

    /// <summary>The silos' embedded databases (their commit counts); none on the server profile.</summary>
    public IEnumerable<SqliteDatabase> Databases => _silos.Select(s => s.Services.GetService<SqliteDatabase>()).OfType<SqliteDatabase>();

    public static Task<ClusterProfile> StartAsync(string profile, BenchOptions options) => profile switch
    {
        SharedSqlite => StartSharedSqliteAsync(),
        RedisPostgres => StartRedisPostgresAsync(
            options.Redis ?? throw new ArgumentException($"cluster profile '{RedisPostgres}' needs --redis CONN (a Redis server for membership)"),
            options.Postgres ?? throw new ArgumentException($"cluster profile '{RedisPostgres}' needs --postgres CONN (a PostgreSQL server for the log and grain state)")),
        _ => throw new ArgumentException($"cluster profile '{profile}' is not known (known: {string.Join(", ", Names)})"),
    };

    private static async Task<ClusterProfile> StartSharedSqliteAsync()
    {
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
            silos.Add(await StartHostAsync(builder => builder.UseOrleans(silo => silo
                .UseLocalhostClustering(siloPort, gatewayPort, i == 0 ? null : primary, serviceId: "stance-bench", clusterId: clusterId)
                .AddStanceTracker(new StanceStorageOptions(data)))));
        }

        var clientHost = await StartHostAsync(builder => builder.UseOrleansClient(client => client
            .UseStaticClustering([.. gateways])
            .Configure<ClusterOptions>(o => { o.ServiceId = "stance-bench"; o.ClusterId = clusterId; })
            .AddMemoryStreams(StanceStreams.Provider)));
        return new ClusterProfile(silos, clientHost, data,
            "two silos in this process (localhost membership, primary-silo), one shared SQLite file, client through both gateways");
    }

    private static async Task<ClusterProfile> StartRedisPostgresAsync(string redis, string postgres)
    {
        var database = await CreateDatabaseAsync(postgres);
        var data = Directory.CreateTempSubdirectory("stance-bench-cluster-").FullName;
        var clusterId = $"stance-bench-{Guid.NewGuid():N}";
        var silos = new List<IHost>();
        try
        {
            for (var i = 0; i < 2; i++)
            {
                var settings = new StanceSettings
                {
                    Redis = redis, ClusterId = clusterId, SiloPort = PortCheck.FreePort(), GatewayPort = PortCheck.FreePort(),
                };
                silos.Add(await StartHostAsync(builder => builder.UseOrleans(silo => silo
                    .UseStanceClustering(settings)
                    .AddStanceTracker(new StanceStorageOptions(data, database)))));
            }

            var clientHost = await StartHostAsync(builder => builder.UseOrleansClient(client => client
                .UseStanceClustering(new StanceSettings { Redis = redis, ClusterId = clusterId })
                .AddMemoryStreams(StanceStreams.Provider)));
            // The membership rows outlive the silos in Redis: remove this run's, which no later run will read.
            var membership = silos[0].Services.GetRequiredService<IMembershipTable>();
            return new ClusterProfile(silos, clientHost, data,
                "two silos in this process, Redis membership, the statement log and grain state in PostgreSQL (a fresh database), client through Redis",
                async () =>
                {
                    await membership.DeleteMembershipTableEntriesAsync(clusterId);
                    await DropDatabaseAsync(postgres, database);
                });
        }
        catch
        {
            foreach (var silo in silos)
                silo.Dispose();
            await DropDatabaseAsync(postgres, database);
            throw;
        }
    }

    // A silo or client host in this process, quiet but for warnings, started.
    private static async Task<IHost> StartHostAsync(Action<HostApplicationBuilder> configure)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        BenchmarkSilo.QuietLogging(builder.Logging);
        configure(builder);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    // A database of its own, so the timed pass starts from an empty log as the embedded rows do; its connection string.
    private static async Task<string> CreateDatabaseAsync(string server)
    {
        var name = $"stance_bench_{Guid.NewGuid():N}"[..24];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    private static async Task DropDatabaseAsync(string server, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        var name = new NpgsqlConnectionStringBuilder(database).Database;
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _client.StopAsync();
        _client.Dispose();
        foreach (var silo in Enumerable.Reverse(_silos))
            await silo.StopAsync();
        try
        {
            if (_cleanUp is not null)
                await _cleanUp();
        }
        catch (Exception ex)
        {
            // A leftover database or membership row is worth a line, not the run's figures.
            Console.Error.WriteLine($"bench: could not clean up after the cluster profile: {ex.Message}");
        }
        foreach (var silo in Enumerable.Reverse(_silos))
            silo.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
