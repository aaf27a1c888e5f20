using StanceTracker.Api.Queries;

namespace StanceTracker.Api.Endpoints;

/// <summary>GET /api/targets/{id}: who supports and who opposes a target within a window, ranked; members=true counts members toward their groups.</summary>
public static class TargetEndpoints
{
    public static IEndpointRouteBuilder MapTargetEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/targets/{id}", async (IGrainFactory grains, string id, string? from, string? to, string? members) =>
        {
            if (QueryParameters.FirstBadText((id, "id")) is { } badText) return badText;
            if (!QueryParameters.TryWindow(from, to, out var fromDate, out var toDate, out var badDate)) return badDate!;
            if (!QueryParameters.TryFlag(members, out var withMembers)) return ApiError.BadParameter("members", $"'{members}' is not true or false");
            if (!await StanceQueries.IsKnownAsync(grains, id)) return ApiError.NotFound($"unknown target '{id}'");
            return Results.Ok(await StanceQueries.TargetStandingAsync(grains, id, fromDate, toDate, withMembers));
        });
        return app;
    }
}
