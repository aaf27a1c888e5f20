using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Streams;
using StanceTracker.Abstractions.Hosting;
using StanceTracker.Api.Hosting;
using StanceTracker.Grains.Hosting;
using StanceTracker.Grains.Storage;

namespace StanceTracker.Console.Cluster;

/// <summary>
/// The console's way into a cluster: a gateway given by option or configuration; else a silo already running on
/// localhost; else a silo embedded in this process on the same data directory, so the first command on a fresh
/// clone works with nothing else running.
/// </summary>
public sealed class ClusterSession : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterSession(IHost host, string description)
    {
        _host = host;
        Description = description;
    }

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The cluster's streams, as a client (or the embedded silo) sees them.</summary>
    public IStreamProvider Streams => _host.Services.GetRequiredKeyedService<IStreamProvider>(StanceStreams.Provider);

    /// <summary>Where the session is connected, for the user.</summary>
    public string Description { get; }

    public static async Task<ClusterSession> OpenAsync(StanceSettings settings, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(settings.Gateway))
            return await ConnectAsync(settings, $"cluster at {settings.Gateway}", cancellationToken);
        if (settings.UsesRedis)
            return await ConnectAsync(settings, $"cluster '{settings.ClusterId}' found through Redis", cancellationToken);
        if (await AnswersAsync(new IPEndPoint(IPAddress.Loopback, settings.GatewayPort), cancellationToken))
            return await ConnectAsync(settings, $"local silo at 127.0.0.1:{settings.GatewayPort}", cancellationToken);
        return await EmbedAsync(settings, cancellationToken);
    }

    /// <summary>A silo in this process. With a gateway port other clients (the HTTP host) can join it; without one it is private.</summary>
    public static async Task<ClusterSession> EmbedAsync(StanceSettings settings, CancellationToken cancellationToken, bool withGateway = false)
    {
        var dataDirectory = Path.GetFullPath(settings.DataDirectory);
        var builder = QuietHost();
        var siloPort = withGateway ? settings.SiloPort : PortCheck.FreePort();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort, withGateway ? settings.GatewayPort : 0,
                    serviceId: StanceSettings.ServiceId, clusterId: withGateway ? settings.ClusterId : $"stance-embedded-{siloPort}")
                .AddStanceTracker(new StanceStorageOptions(dataDirectory, settings.Postgres));
            if (withGateway)
                Orleans.Dashboard.ServiceCollectionExtensions.AddDashboard(silo);
        });
        var host = builder.Build();
        try
        {
            PortCheck.EnsureFree(("silo", siloPort), ("gateway", withGateway ? settings.GatewayPort : 0));
        }
        catch (InvalidOperationException ex)
        {
            host.Dispose();
            throw new ClusterUnavailableException($"could not start the embedded silo: {ex.Message}", ex);
        }
        await StartAsync(host, "embedded silo", cancellationToken);
        return new ClusterSession(host, settings.UsesPostgres ? "embedded silo on PostgreSQL" : $"embedded silo on {dataDirectory}");
    }

    private static async Task<ClusterSession> ConnectAsync(StanceSettings settings, string description, CancellationToken cancellationToken)
    {
        var builder = QuietHost();
        builder.UseOrleansClient(client => client
            .UseStanceClustering(settings)
            .UseConnectionRetryFilter(new GatewayRetry(TimeSpan.FromSeconds(10)))
            .AddMemoryStreams(StanceStreams.Provider));
        var host = builder.Build();
        await StartAsync(host, description, cancellationToken);
        return new ClusterSession(host, description);
    }

    private static HostApplicationBuilder QuietHost()
    {
        // No default configuration sources: the console's settings are already resolved (ClusterCommandSettings), and a
        // stray appsettings.json must not turn host logging back up. Standard output belongs to the command's results
        // (JSON lines, tables): host logs go to standard error, warnings only.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
            { ContentRootPath = AppContext.BaseDirectory, Args = [], DisableDefaults = true });
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The watchdog reports scheduling stalls measured from process start; a short-lived console trips it spuriously.
        builder.Logging.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
        return builder;
    }

    private static async Task StartAsync(IHost host, string description, CancellationToken cancellationToken)
    {
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            host.Dispose();
            throw new ClusterUnavailableException($"could not start or reach the {description}: {ex.GetBaseException().Message}", ex);
        }
    }

    private static async Task<bool> AnswersAsync(IPEndPoint endpoint, CancellationToken cancellationToken)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Nothing listening is refused at once on loopback, so a long wait costs nothing then; it only lets a busy
        // silo (a loaded machine) accept before we wrongly start a second, embedded one on the same data.
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            await socket.ConnectAsync(endpoint, timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            _host.Dispose();
        }
    }
}
