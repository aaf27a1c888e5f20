using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using StanceTracker.Abstractions.Hosting;
using StanceTracker.Grains.Hosting;
using StanceTracker.Grains.Storage;

namespace StanceTracker.Bench;

/// <summary>
/// The embedded default as `stance ingest` runs it with no cluster around: a real silo in this process on the SQLite
/// storage, called through the host's grain factory, in a fresh temporary data directory.
/// </summary>
public sealed class BenchmarkSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private BenchmarkSilo(IHost host, string dataDirectory)
    {
        _host = host;
        DataDirectory = dataDirectory;
    }

    public string DataDirectory { get; }

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _host.Services;

    public SqliteDatabase Database => _host.Services.GetRequiredService<SqliteDatabase>();

    public static async Task<BenchmarkSilo> StartAsync(SqliteDurability durability = SqliteDurability.PowerLoss)
    {
        var data = Directory.CreateTempSubdirectory("stance-bench-").FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        QuietLogging(builder.Logging);
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(PortCheck.FreePort(), 0, serviceId: "stance-bench", clusterId: $"stance-bench-{Guid.NewGuid():N}")
            .AddStanceTracker(new StanceStorageOptions(data) { Durability = durability })
            // Activating the most prolific synthetic speaker replays tens of thousands of logged statements: on a shared
            // machine that took 29-34 s, past Orleans' default 30 s for a call and for an activation, and ended two
            // 10^6 runs after their load. The bench times the activation itself; it should not die of it.
            .Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(5))
            .Configure<GrainCollectionOptions>(o => o.ActivationTimeout = TimeSpan.FromMinutes(5)));
        var host = builder.Build();
        await host.StartAsync();
        return new BenchmarkSilo(host, data);
    }

    public static void QuietLogging(ILoggingBuilder logging) =>
        logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        if (Environment.GetEnvironmentVariable("STANCE_BENCH_KEEP") is null) Directory.Delete(DataDirectory, recursive: true);
    }
}
