using StanceTracker.Api.Hosting;

// The client host: HTTP API, dashboard, health and metrics, joined to the cluster as an Orleans client.
WebApplication app;
try
{
    app = StanceApiHost.Build(args);
}
catch (Exception ex)
{
    // An unsafe or malformed setting (off loopback without credentials, a bad port) stops the host with the setting to fix.
    Console.Error.WriteLine($"stance api: could not start: {ex.GetBaseException().Message}");
    return 1;
}
try
{
    await app.RunAsync();
}
catch (Exception ex)
{
    Console.Error.WriteLine($"stance api: stopped: {ex.GetBaseException().Message}");
    return 1;
}
return 0;
