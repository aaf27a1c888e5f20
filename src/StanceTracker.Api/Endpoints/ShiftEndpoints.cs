using StanceTracker.Api.Queries;

namespace StanceTracker.Api.Endpoints;

/// <summary>GET /api/shifts: changes of stance, for one actor or all, toward one target or all, within a window.</summary>
public static class ShiftEndpoints
{
    public static IEndpointRouteBuilder MapShiftEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/shifts", async (IGrainFactory grains, string? actor, string? target, string? from, string? to) =>
        {
            if (QueryParameters.FirstBadText((actor, "actor"), (target, "target")) is { } badText) return badText;
            if (!QueryParameters.TryWindow(from, to, out var fromDate, out var toDate, out var badDate)) return badDate!;
            if (!string.IsNullOrWhiteSpace(actor) && !await StanceQueries.IsKnownAsync(grains, actor))
                return ApiError.NotFound($"unknown actor '{actor}'");
            var shifts = await StanceQueries.ShiftsAsync(grains, QueryParameters.Optional(actor), QueryParameters.Optional(target), fromDate, toDate);
            return Results.Ok(shifts);
        });
        return app;
    }
}
