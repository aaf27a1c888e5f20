using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Storage;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Hosting;
using StanceTracker.Extraction.Pipeline;
using StanceTracker.Grains.ActorDirectory;
using StanceTracker.Grains.Affiliations;
using StanceTracker.Grains.Health;
using StanceTracker.Grains.Relays;
using StanceTracker.Grains.Shifts;
using StanceTracker.Grains.Storage;
using StanceTracker.Grains.Storage.Postgres;
using StanceTracker.Grains.Telemetry;

namespace StanceTracker.Grains.Hosting;

public static class SiloBuilderExtensions
{
    /// <summary>
    /// Membership as configured: with <see cref="StanceSettings.Redis"/>, silos on any number of machines find each other
    /// through Redis (the cluster profile); without it, one machine and localhost clustering (the embedded default).
    /// </summary>
    public static ISiloBuilder UseStanceClustering(this ISiloBuilder silo, StanceSettings settings)
    {
        if (!settings.UsesRedis)
            return silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort,
                serviceId: StanceSettings.ServiceId, clusterId: settings.ClusterId);

        var advertised = string.IsNullOrWhiteSpace(settings.AdvertisedAddress)
            ? IPAddress.Loopback
            : IPAddress.TryParse(settings.AdvertisedAddress, out var address)
                ? address
                : Dns.GetHostAddresses(settings.AdvertisedAddress).FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
                  ?? throw new ArgumentException($"Stance:AdvertisedAddress '{settings.AdvertisedAddress}' does not resolve to an IPv4 address.");
        return silo
            .UseRedisClustering(settings.Redis!)
            .Configure<ClusterOptions>(o => { o.ServiceId = StanceSettings.ServiceId; o.ClusterId = settings.ClusterId; })
            // Listen on every interface when the advertised address is not loopback, so other machines reach it.
            .ConfigureEndpoints(advertised, settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(advertised));
    }

    /// <summary>
    /// Everything a StanceTracker silo needs besides clustering: the extraction pipeline (loaded once), the statement
    /// log, the actor catalog and the grain storage — in the embedded SQLite database under the data directory, or in
    /// PostgreSQL when <see cref="StanceStorageOptions.Postgres"/> is set — the metrics the grains record, and the
    /// readiness checks (silo active, storage answers).
    /// </summary>
    public static ISiloBuilder AddStanceTracker(this ISiloBuilder silo, StanceStorageOptions storage, ExtractorOptions? extraction = null,
        ShiftSettings? shifts = null, RelaySettings? relays = null)
    {
        relays ??= new RelaySettings();
        relays.Validate();
        silo.Services.AddSingleton(storage);
        silo.Services.AddSingleton(relays);
        silo.Services.AddSingleton<RelayMatcher>();
        if (storage.UsesPostgres)
            AddPostgres(silo, storage.Postgres!);
        else
            AddSqlite(silo);
        silo.AddMemoryStreams(StanceStreams.Provider);
        silo.Services.AddSingleton(_ => StanceExtractor.Load(extraction));
        silo.Services.AddHostedService<ExtractorPreload>();
        silo.Services.AddSingleton(services => new GroupMembership(services.GetRequiredService<StanceExtractor>().Actors));
        silo.Services.AddSingleton<RegisteredActors>();
        silo.Services.AddSingleton(services => new KeyedGrains<IActorGrain>(services.GetRequiredService<IGrainFactory>()));
        silo.Services.AddSingleton(shifts ?? new ShiftSettings());
        silo.Services.AddMetrics();
        silo.Services.AddSingleton<StanceMetrics>();
        silo.Services.AddSiloHealthCheck();
        return silo;
    }

    private static void AddSqlite(ISiloBuilder silo)
    {
        silo.Services.AddSingleton<SqliteDatabase>();
        silo.Services.AddSingleton<IStatementLog, SqliteStatementLog>();
        silo.Services.AddSingleton<IActorCatalog, SqliteActorCatalog>();
        silo.Services.AddStorageHealthCheck<SqliteStorageHealthCheck>();
        silo.Services.AddGrainStorage(StorageNames.GrainState,
            (services, _) => new SqliteGrainStorage(services.GetRequiredService<SqliteDatabase>(), new StanceStateFormat()));
        // The live shift feed; its subscriptions are kept in the same database so a restarted silo keeps its subscribers.
        silo.Services.AddGrainStorage(StanceStreams.PubSubStore,
            (services, _) => new SqliteGrainStorage(services.GetRequiredService<SqliteDatabase>(),
                new OrleansStateFormat(services.GetRequiredService<IGrainStorageSerializer>())));
    }

    private static void AddPostgres(ISiloBuilder silo, string connectionString)
    {
        silo.Services.AddSingleton(_ => new PostgresDatabase(connectionString));
        silo.Services.AddSingleton<IStatementLog, PostgresStatementLog>();
        silo.Services.AddSingleton<IActorCatalog, PostgresActorCatalog>();
        silo.Services.AddStorageHealthCheck<PostgresStorageHealthCheck>();
        silo.Services.AddGrainStorage(StorageNames.GrainState,
            (services, _) => new PostgresGrainStorage(services.GetRequiredService<PostgresDatabase>(), new StanceStateFormat()));
        silo.Services.AddGrainStorage(StanceStreams.PubSubStore,
            (services, _) => new PostgresGrainStorage(services.GetRequiredService<PostgresDatabase>(),
                new OrleansStateFormat(services.GetRequiredService<IGrainStorageSerializer>())));
        // Connect and migrate before the silo joins, so an unreachable database stops it with the reason.
        silo.Services.AddHostedService<PostgresStartup>();
    }
}
