using System.Text.Json.Serialization;
using Orleans.Dashboard;
using StanceTracker.Abstractions.Hosting;
using StanceTracker.Api.Endpoints;
using StanceTracker.Api.Health;
using StanceTracker.Api.Security;
using StanceTracker.Operations;
using StanceTracker.Operations.Logging;
using StanceTracker.Operations.Telemetry;

namespace StanceTracker.Api.Hosting;

/// <summary>
/// The client host: an ASP.NET app that joins the cluster as an Orleans client (never a silo), serves the web view
/// at /, the HTTP API under /api, the Orleans dashboard under /dashboard, plus /health/* and /metrics. Used by this
/// project's Program and by `stance serve`. Throws with the setting to fix when the configuration is unsafe or malformed.
/// </summary>
public static class StanceApiHost
{
    public static WebApplication Build(string[] args, Action<StanceSettings>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string>(StanceSettings.SwitchMappings));
        var settings = builder.Configuration.GetSection(StanceSettings.Section).Get<StanceSettings>() ?? new StanceSettings();
        overrides?.Invoke(settings);
        var credentials = ApiCredentials.From(settings);
        if (settings.MaxRequestBodyBytes < 1)
            throw new InvalidOperationException($"{StanceSettings.Section}:{nameof(StanceSettings.MaxRequestBodyBytes)} is {settings.MaxRequestBodyBytes}: give a size in bytes (default 1048576)");
        // Kestrel's own endpoint settings would bypass the loopback check above: one way to say where to listen.
        if (builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
            throw new InvalidOperationException($"Kestrel:Endpoints is configured: set the address with {StanceSettings.Section}:{nameof(StanceSettings.HttpHost)} and {StanceSettings.Section}:{nameof(StanceSettings.HttpPort)} instead");

        // Loopback unless Stance:HttpHost says otherwise (the default HttpHost is 127.0.0.1).
        builder.WebHost.UseUrls(HttpListenUrl.For(settings.HttpHost, settings.HttpPort));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes);
        builder.AddStanceLogging(settings).AddStanceMetrics().AddStanceHealth();
        builder.Services.AddHealthChecks().AddCheck<ClusterReachable>("cluster", tags: [HealthTags.Ready]);
        builder.Services.AddSingleton(credentials);
        builder.UseOrleansClient(client => client
            .UseStanceClustering(settings)
            .UseConnectionRetryFilter(new GatewayRetry(TimeSpan.FromSeconds(30)))
            .AddMemoryStreams(StanceStreams.Provider)
            .AddDashboard());
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));

        var app = builder.Build();
        app.UseMiddleware<RequestErrors>(settings.MaxRequestBodyBytes);
        app.UseMiddleware<CredentialGate>();
        app.UseWebView();
        app.MapOperationsEndpoints();
        app.MapActorEndpoints();
        app.MapArticleEndpoints();
        app.MapShiftEndpoints();
        app.MapLiveShiftEndpoints();
        app.MapTargetEndpoints();
        app.MapNetworkEndpoints();
        app.MapCompareEndpoints();
        app.MapOrleansDashboard(routePrefix: "/dashboard");
        return app;
    }
}
