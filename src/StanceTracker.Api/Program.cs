using StanceTracker.Api.Hosting;

// The client host: HTTP API and dashboard, joined to the cluster as an Orleans client.
var app = StanceApiHost.Build(args);
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
