using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using StanceTracker.Abstractions.Hosting;

namespace StanceTracker.Operations.Telemetry;

public static class MetricsExtensions
{
    /// <summary>
    /// OpenTelemetry metrics from the project's meter, Orleans' meter and ASP.NET Core's request meters, kept for a
    /// Prometheus scraper (pull: nothing is sent anywhere unless something scrapes /metrics).
    /// </summary>
    public static IHostApplicationBuilder AddStanceMetrics(this IHostApplicationBuilder builder)
    {
        builder.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(StanceTelemetry.Meter, StanceTelemetry.OrleansMeter,
                "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter());
        return builder;
    }

    /// <summary>GET /metrics in the Prometheus text format.</summary>
    public static IEndpointRouteBuilder MapStanceMetrics(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
