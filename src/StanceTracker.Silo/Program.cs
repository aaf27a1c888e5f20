using Microsoft.Extensions.Hosting;
using Orleans.Dashboard;
using StanceTracker.Abstractions.Hosting;
using StanceTracker.Grains.Hosting;
using StanceTracker.Grains.Storage;
using StanceTracker.Operations;
using StanceTracker.Operations.Logging;
using StanceTracker.Operations.Telemetry;
using StanceTracker.Silo.Hosting;

// The silo host: actor, article and directory grains on the embedded SQLite storage, the dashboard's silo-side
// services (the page itself is served by the client host at /dashboard), structured logs, metrics and, with
// --health-port, /health/* and /metrics over HTTP; Orleans' Kubernetes hosting when Stance:Kubernetes is set.
StanceSettings settings;
IHost host;
try
{
    (var builder, settings) = SiloHostBuilder.Create(args);
    builder.AddStanceLogging(settings).AddStanceMetrics().AddStanceHealth();
    builder.UseOrleans(silo => silo
        .UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, serviceId: StanceSettings.ServiceId, clusterId: settings.ClusterId)
        .AddStanceTracker(new StanceStorageOptions(Path.GetFullPath(settings.DataDirectory)))
        .AddDashboard()
        .AddStanceKubernetesHosting(settings));
    host = builder.BuildSilo();
    PortCheck.EnsureFree(("silo", settings.SiloPort), ("gateway", settings.GatewayPort), ("health", settings.HealthPort));
    await host.StartAsync();
}
catch (Exception ex)
{
    // A silo that cannot start (bad setting, port taken, database locked) must say why rather than abort the process.
    Console.Error.WriteLine($"stance silo: could not start: {ex.GetBaseException().Message}");
    return 1;
}
using (host)
{
    var health = settings.HealthPort > 0 ? $", health and metrics {HttpListenUrl.For(settings.HttpHost, settings.HealthPort)}" : "";
    Console.WriteLine($"stance silo: running (silo port {settings.SiloPort}, gateway port {settings.GatewayPort}{health}, data {Path.GetFullPath(settings.DataDirectory)}). Ctrl+C stops it.");
    await host.WaitForShutdownAsync();
}
return 0;
