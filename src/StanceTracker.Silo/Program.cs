using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Orleans.Dashboard;
using StanceTracker.Abstractions.Hosting;
using StanceTracker.Grains.Hosting;
using StanceTracker.Grains.Storage;

// The silo host: actor, article and directory grains on the embedded SQLite storage, plus the dashboard's
// silo-side services (the dashboard page itself is served by the client host at /dashboard).
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddCommandLine(args, new Dictionary<string, string>(StanceSettings.SwitchMappings));
var settings = builder.Configuration.GetSection(StanceSettings.Section).Get<StanceSettings>() ?? new StanceSettings();

builder.UseOrleans(silo => silo
    .UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, serviceId: StanceSettings.ServiceId, clusterId: settings.ClusterId)
    .AddStanceTracker(new StanceStorageOptions(Path.GetFullPath(settings.DataDirectory)))
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
Console.WriteLine($"stance silo: running (silo port {settings.SiloPort}, gateway port {settings.GatewayPort}, data {Path.GetFullPath(settings.DataDirectory)}). Ctrl+C stops it.");
await host.WaitForShutdownAsync();
return 0;
