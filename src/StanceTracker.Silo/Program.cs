using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Dashboard;
using StanceTracker.Abstractions.Hosting;
using StanceTracker.Grains.Hosting;
using StanceTracker.Grains.Storage;
using StanceTracker.Grains.Storage.Postgres;

// The silo host: actor, article and directory grains, plus the dashboard's silo-side services (the dashboard page
// itself is served by the client host at /dashboard). Embedded SQLite storage and localhost clustering by default;
// Stance:Redis (membership) and Stance:Postgres (storage) make it one silo of a cluster.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddCommandLine(args, new Dictionary<string, string>(StanceSettings.SwitchMappings));
var settings = builder.Configuration.GetSection(StanceSettings.Section).Get<StanceSettings>() ?? new StanceSettings();

builder.UseOrleans(silo => silo
    .UseStanceClustering(settings)
    .AddStanceTracker(new StanceStorageOptions(Path.GetFullPath(settings.DataDirectory), settings.Postgres))
    .AddDashboard());

using var host = builder.Build();
try
{
    PortCheck.EnsureFree(("silo", settings.SiloPort), ("gateway", settings.GatewayPort));
    await host.StartAsync();
}
catch (Exception ex)
{
    // A silo that cannot start (port taken, database locked) must say why rather than abort the process.
    Console.Error.WriteLine($"stance silo: could not start: {ex.GetBaseException().Message}");
    return 1;
}
var membership = settings.UsesRedis ? "Redis membership" : "localhost clustering";
var storage = settings.UsesPostgres
    ? $"PostgreSQL {host.Services.GetRequiredService<PostgresDatabase>().Description}"
    : $"data {Path.GetFullPath(settings.DataDirectory)}";
Console.WriteLine($"stance silo: running (silo port {settings.SiloPort}, gateway port {settings.GatewayPort}, {membership}, {storage}). Ctrl+C stops it.");
await host.WaitForShutdownAsync();
return 0;
