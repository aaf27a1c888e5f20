using StanceTracker.Api.Queries;

namespace StanceTracker.Api.Endpoints;

/// <summary>GET /api/shifts: changes of stance, for one actor or all, toward one target or all, within a window.</summary>
public static class ShiftEndpoints
{
    public static IEndpointRouteBuilder MapShiftEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/shifts", async (IGrainFactory grains, string? actor, string? target, string? from, string? to) =>
        {
            if (!QueryParameters.TryDate(from, out var fromDate)) return ApiError.BadParameter("from", $"'{from}' is not a date (use YYYY-MM-DD)");
            if (!QueryParameters.TryDate(to, out var toDate)) return ApiError.BadParameter("to", $"'{to}' is not a date (use YYYY-MM-DD)");
            if (!string.IsNullOrWhiteSpace(actor) && !await StanceQueries.IsKnownAsync(grains, actor))
                return ApiError.NotFound($"unknown actor '{actor}'");
            var shifts = await StanceQueries.ShiftsAsync(grains, NullIfEmpty(actor), NullIfEmpty(target), fromDate, toDate);
            return Results.Ok(shifts);
        });
        return app;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
