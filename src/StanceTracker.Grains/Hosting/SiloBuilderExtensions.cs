using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.Hosting;
using Orleans.Storage;
using StanceTracker.Abstractions.Hosting;
using StanceTracker.Extraction.Pipeline;
using StanceTracker.Grains.Affiliations;
using StanceTracker.Grains.Health;
using StanceTracker.Grains.Relays;
using StanceTracker.Grains.Shifts;
using StanceTracker.Grains.Storage;
using StanceTracker.Grains.Telemetry;

namespace StanceTracker.Grains.Hosting;

public static class SiloBuilderExtensions
{
    /// <summary>
    /// Everything a StanceTracker silo needs besides clustering: the extraction pipeline (loaded once), the statement
    /// log and the grain storage, the metrics the grains record, and the readiness checks (silo active, storage answers).
    /// Storage is the embedded SQLite default under <paramref name="storage"/>.
    /// </summary>
    public static ISiloBuilder AddStanceTracker(this ISiloBuilder silo, StanceStorageOptions storage, ExtractorOptions? extraction = null,
        ShiftSettings? shifts = null, RelaySettings? relays = null)
    {
        relays ??= new RelaySettings();
        relays.Validate();
        silo.Services.AddSingleton(storage);
        silo.Services.AddSingleton<SqliteDatabase>();
        silo.Services.AddSingleton(relays);
        silo.Services.AddSingleton<RelayMatcher>();
        silo.Services.AddSingleton<IStatementLog, SqliteStatementLog>();
        silo.Services.AddSingleton<IActorCatalog, SqliteActorCatalog>();
        silo.Services.AddStorageHealthCheck<SqliteStorageHealthCheck>();
        silo.Services.AddGrainStorage(StorageNames.GrainState,
            (services, _) => new SqliteGrainStorage(services.GetRequiredService<SqliteDatabase>(), new StanceStateFormat()));
        // The live shift feed; its subscriptions are kept in the same database so a restarted silo keeps its subscribers.
        silo.Services.AddGrainStorage(StanceStreams.PubSubStore,
            (services, _) => new SqliteGrainStorage(services.GetRequiredService<SqliteDatabase>(),
                new OrleansStateFormat(services.GetRequiredService<IGrainStorageSerializer>())));
        silo.AddMemoryStreams(StanceStreams.Provider);
        silo.Services.AddSingleton(_ => StanceExtractor.Load(extraction));
        silo.Services.AddHostedService<ExtractorPreload>();
        silo.Services.AddSingleton(services => new GroupMembership(services.GetRequiredService<StanceExtractor>().Actors));
        silo.Services.AddSingleton(shifts ?? new ShiftSettings());
        silo.Services.AddMetrics();
        silo.Services.AddSingleton<StanceMetrics>();
        silo.Services.AddSiloHealthCheck();
        return silo;
    }
}
