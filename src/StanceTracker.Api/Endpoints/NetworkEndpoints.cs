using StanceTracker.Api.Network;
using StanceTracker.Api.Queries;

namespace StanceTracker.Api.Endpoints;

/// <summary>GET /api/network?from=&amp;to=&amp;format=json|csv|graphml: the positions network of a window.</summary>
public static class NetworkEndpoints
{
    public static IEndpointRouteBuilder MapNetworkEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/network", async (IGrainFactory grains, string? from, string? to, string? format) =>
        {
            if (!QueryParameters.TryWindow(from, to, out var fromDate, out var toDate, out var badDate)) return badDate!;
            if (!NetworkFormats.TryParse(format, out var networkFormat))
                return ApiError.BadParameter("format", $"'{format}' is not {NetworkFormats.Names}");
            var network = await StanceQueries.NetworkAsync(grains, fromDate, toDate);
            return Results.Text(NetworkFormats.Write(network, networkFormat), NetworkFormats.ContentType(networkFormat));
        });
        return app;
    }
}
