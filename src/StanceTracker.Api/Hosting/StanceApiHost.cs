using System.Text.Json.Serialization;
using Orleans.Dashboard;
using StanceTracker.Abstractions.Hosting;
using StanceTracker.Api.Endpoints;

namespace StanceTracker.Api.Hosting;

/// <summary>
/// The client host: an ASP.NET app that joins the cluster as an Orleans client (never a silo), serves the HTTP API
/// under /api and the Orleans dashboard under /dashboard. Used by this project's Program and by `stance serve`.
/// </summary>
public static class StanceApiHost
{
    public static WebApplication Build(string[] args, Action<StanceSettings>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string>(StanceSettings.SwitchMappings));
        var settings = builder.Configuration.GetSection(StanceSettings.Section).Get<StanceSettings>() ?? new StanceSettings();
        overrides?.Invoke(settings);

        builder.WebHost.UseUrls($"http://127.0.0.1:{settings.HttpPort}");
        builder.UseOrleansClient(client => client
            .UseStanceClustering(settings)
            .UseConnectionRetryFilter(new GatewayRetry(TimeSpan.FromSeconds(30)))
            .AddMemoryStreams(StanceStreams.Provider)
            .AddDashboard());
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));

        var app = builder.Build();
        app.MapGet("/", () => Results.Redirect("/dashboard/"));
        app.MapActorEndpoints();
        app.MapArticleEndpoints();
        app.MapShiftEndpoints();
        app.MapLiveShiftEndpoints();
        app.MapTargetEndpoints();
        app.MapOrleansDashboard(routePrefix: "/dashboard");
        return app;
    }
}
