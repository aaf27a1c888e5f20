using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using StanceTracker.Abstractions.Hosting;
using StanceTracker.Operations;

namespace StanceTracker.Silo.Hosting;

/// <summary>
/// The silo's host: a plain generic host, or — when Stance:HealthPort is set — a small web host whose only endpoints
/// are /health/* and /metrics. Off by default because several silos share one machine in development and tests,
/// and a fixed default port would make the second one fail; the deploy files set it.
/// </summary>
public static class SiloHostBuilder
{
    public static (IHostApplicationBuilder Builder, StanceSettings Settings) Create(string[] args)
    {
        var plain = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        plain.Configuration.AddCommandLine(args, new Dictionary<string, string>(StanceSettings.SwitchMappings));
        var settings = Read(plain.Configuration);
        if (settings.HealthPort == 0)
            return (plain, settings);

        var web = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        web.Configuration.AddCommandLine(args, new Dictionary<string, string>(StanceSettings.SwitchMappings));
        web.WebHost.UseUrls(HttpListenUrl.For(settings.HttpHost, settings.HealthPort));
        return (web, settings);
    }

    /// <summary>Builds the host; a web host also gets its health and metrics endpoints.</summary>
    public static IHost BuildSilo(this IHostApplicationBuilder builder)
    {
        switch (builder)
        {
            case WebApplicationBuilder web:
                var app = web.Build();
                app.MapOperationsEndpoints();
                return app;
            case HostApplicationBuilder plain:
                return plain.Build();
            default:
                throw new ArgumentException($"unexpected host builder {builder.GetType().Name}", nameof(builder));
        }
    }

    private static StanceSettings Read(IConfiguration configuration)
    {
        var settings = configuration.GetSection(StanceSettings.Section).Get<StanceSettings>() ?? new StanceSettings();
        if (settings.HealthPort is < 0 or > 65535)
            throw new ArgumentException($"{StanceSettings.Section}:{nameof(StanceSettings.HealthPort)} (--health-port) is {settings.HealthPort}: use 1-65535, or 0 for no HTTP listener");
        return settings;
    }
}
