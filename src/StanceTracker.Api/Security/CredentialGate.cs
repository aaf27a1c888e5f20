using StanceTracker.Api.Endpoints;

namespace StanceTracker.Api.Security;

/// <summary>
/// Asks for credentials on what changes data (any non-GET request under /api) and on the dashboard, when credentials
/// are configured. Reads of /api, /health and /metrics stay open: they are what probes, scrapers and analysts call.
/// </summary>
public sealed class CredentialGate(RequestDelegate next, ApiCredentials credentials)
{
    private const string Realm = "StanceTracker";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!credentials.Required || !IsProtected(context.Request) || credentials.Accepts(context.Request))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        // A browser asks its user for a name and password only when told the scheme.
        context.Response.Headers.WWWAuthenticate = $"Basic realm=\"{Realm}\", charset=\"UTF-8\"";
        await context.Response.WriteAsJsonAsync(new ApiError(
            $"credentials required: send the {ApiCredentials.ApiKeyHeader} header or HTTP basic credentials"));
    }

    private static bool IsProtected(HttpRequest request) =>
        request.Path.StartsWithSegments("/dashboard")
        || (request.Path.StartsWithSegments("/api") && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            && !HttpMethods.IsOptions(request.Method));
}
