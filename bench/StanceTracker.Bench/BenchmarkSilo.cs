using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StanceTracker.Abstractions.Hosting;
using StanceTracker.Grains.Hosting;
using StanceTracker.Grains.Storage;

namespace StanceTracker.Bench;

/// <summary>A real silo in this process on the embedded SQLite storage, in a fresh temporary data directory.</summary>
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

    public static async Task<BenchmarkSilo> StartAsync()
    {
        var data = Directory.CreateTempSubdirectory("stance-bench-").FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning).AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(PortCheck.FreePort(), 0, serviceId: "stance-bench", clusterId: "stance-bench")
            .AddStanceTracker(new StanceStorageOptions(data)));
        var host = builder.Build();
        await host.StartAsync();
        return new BenchmarkSilo(host, data);
    }


    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        Directory.Delete(DataDirectory, recursive: true);
    }
}
