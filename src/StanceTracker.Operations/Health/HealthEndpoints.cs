using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StanceTracker.Abstractions.Hosting;

namespace StanceTracker.Operations.Health;

/// <summary>
/// GET /health/live and /health/ready: 200 when every check with that tag is healthy, 503 otherwise, with a JSON body
/// naming each check, its status and, when it failed, why — so a probe log says what is wrong, not only that something is.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapStanceHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", Options(HealthTags.Live));
        app.MapHealthChecks("/health/ready", Options(HealthTags.Ready));
        return app;
    }

    private static HealthCheckOptions Options(string tag) => new()
    {
        Predicate = check => check.Tags.Contains(tag),
        ResponseWriter = WriteAsync,
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status200OK,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
    };

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                description = e.Value.Description ?? e.Value.Exception?.Message,
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
