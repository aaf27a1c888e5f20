using StanceTracker.Abstractions.Grains;
using StanceTracker.Api.Queries;

namespace StanceTracker.Api.Endpoints;

/// <summary>GET /api/targets/{id}: who supports and who opposes a target within a window, ranked.</summary>
public static class TargetEndpoints
{
    public static IEndpointRouteBuilder MapTargetEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/targets/{id}", async (IGrainFactory grains, string id, string? from, string? to) =>
        {
            if (QueryParameters.FirstBadText((id, "id")) is { } badText) return badText;
            if (!QueryParameters.TryWindow(from, to, out var fromDate, out var toDate, out var badDate)) return badDate!;
            if (!await StanceQueries.IsKnownAsync(grains, id)) return ApiError.NotFound($"unknown target '{id}'");
            return Results.Ok(await grains.GetGrain<ITargetGrain>(id).GetStandingAsync(fromDate, toDate));
        });
        return app;
    }
}
