using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Dashboard;
using StanceTracker.Abstractions.Hosting;
using StanceTracker.Grains.Hosting;
using StanceTracker.Grains.Storage;
using StanceTracker.Grains.Storage.Postgres;
using StanceTracker.Operations;
using StanceTracker.Operations.Logging;
using StanceTracker.Operations.Telemetry;
using StanceTracker.Silo.Hosting;

// The silo host: actor, article and directory grains, the dashboard's silo-side services (the page itself is served by
// the client host at /dashboard), structured logs, metrics and, with --health-port, /health/* and /metrics over HTTP.
// Embedded SQLite storage and localhost clustering by default; Stance:Redis (membership) and Stance:Postgres (storage)
// make it one silo of a cluster; Orleans' Kubernetes hosting when Stance:Kubernetes is set.
StanceSettings settings;
IHost host;
try
{
    (var builder, settings) = SiloHostBuilder.Create(args);
    builder.AddStanceLogging(settings).AddStanceMetrics().AddStanceHealth();
    builder.UseOrleans(silo => silo
        .UseStanceClustering(settings)
        .AddStanceTracker(new StanceStorageOptions(Path.GetFullPath(settings.DataDirectory), settings.Postgres))
        .AddDashboard()
        .AddStanceKubernetesHosting(settings));
    host = builder.BuildSilo();
    PortCheck.EnsureFree(("silo", settings.SiloPort), ("gateway", settings.GatewayPort), ("health", settings.HealthPort));
    await host.StartAsync();
}
catch (Exception ex)
{
    // A silo that cannot start (bad setting, port taken, database unreachable) must say why rather than abort the process.
    Console.Error.WriteLine($"stance silo: could not start: {ex.GetBaseException().Message}");
    return 1;
}
using (host)
{
    var membership = settings.UsesRedis ? "Redis membership" : "localhost clustering";
    var storage = settings.UsesPostgres
        ? $"PostgreSQL {host.Services.GetRequiredService<PostgresDatabase>().Description}"
        : $"data {Path.GetFullPath(settings.DataDirectory)}";
    var health = settings.HealthPort > 0 ? $", health and metrics {HttpListenUrl.For(settings.HttpHost, settings.HealthPort)}" : "";
    Console.WriteLine($"stance silo: running (silo port {settings.SiloPort}, gateway port {settings.GatewayPort}, {membership}, {storage}{health}). Ctrl+C stops it.");
    await host.WaitForShutdownAsync();
}
return 0;
