using StanceTracker.Api.Queries;

namespace StanceTracker.Api.Endpoints;

/// <summary>
/// GET /api/targets/{id}: who supports and who opposes a target within a window, ranked; members=true counts members
/// toward their groups; top=N lists the strongest N per side (0 to 1000, default 50) beside each side's total.
/// </summary>
public static class TargetEndpoints
{
    public static IEndpointRouteBuilder MapTargetEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/targets/{id}", async (IGrainFactory grains, string id, string? from, string? to, string? members, string? top) =>
        {
            if (QueryParameters.FirstBadText((id, "id")) is { } badText) return badText;
            if (!QueryParameters.TryWindow(from, to, out var fromDate, out var toDate, out var badDate)) return badDate!;
            if (!QueryParameters.TryFlag(members, out var withMembers)) return ApiError.BadParameter("members", $"'{members}' is not true or false");
            if (!QueryParameters.TryWholeNumber(top, StanceQueries.DefaultStandingTop, 0, StanceQueries.MaxStandingTop, out var listed))
                return ApiError.BadParameter("top", $"'{QueryParameters.Shown(top)}' is not a whole number from 0 to {StanceQueries.MaxStandingTop}");
            if (!await StanceQueries.IsKnownAsync(grains, id)) return ApiError.NotFound($"unknown target '{id}'");
            return Results.Ok(await StanceQueries.TargetStandingAsync(grains, id, fromDate, toDate, withMembers, listed));
        });
        return app;
    }
}
