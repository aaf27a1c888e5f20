using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Api.Queries;

namespace StanceTracker.Api.Endpoints;

/// <summary>GET /api/actors…: the actor list, profiles, evidence statements and stance over time.</summary>
public static class ActorEndpoints
{
    public static IEndpointRouteBuilder MapActorEndpoints(this IEndpointRouteBuilder app)
    {
        var actors = app.MapGroup("/api/actors");

        actors.MapGet("/", async (IGrainFactory grains, string? search) =>
            Results.Ok(await StanceQueries.ListActorsAsync(grains, search)));

        actors.MapGet("/{id}", async (IGrainFactory grains, string id) =>
            await StanceQueries.GetProfileAsync(grains, id) is { } profile
                ? Results.Ok(profile)
                : ApiError.NotFound($"unknown actor '{id}'"));

        actors.MapGet("/{id}/statements", async (IGrainFactory grains, string id, string? target, string? from, string? to,
            string? page, string? pageSize) =>
        {
            if (!QueryParameters.TryDate(from, out var fromDate)) return ApiError.BadParameter("from", $"'{from}' is not a date (use YYYY-MM-DD)");
            if (!QueryParameters.TryDate(to, out var toDate)) return ApiError.BadParameter("to", $"'{to}' is not a date (use YYYY-MM-DD)");
            if (!QueryParameters.TryPositive(page, 1, int.MaxValue, out var pageNumber)) return ApiError.BadParameter("page", $"'{page}' is not a page number (1 or more)");
            if (!QueryParameters.TryPositive(pageSize, 50, 500, out var size)) return ApiError.BadParameter("pageSize", $"'{pageSize}' is not between 1 and 500");
            if (!await StanceQueries.IsKnownAsync(grains, id)) return ApiError.NotFound($"unknown actor '{id}'");
            var result = await grains.GetGrain<IActorGrain>(id)
                .GetStatementsAsync(new StatementQuery(NullIfEmpty(target), fromDate, toDate, pageNumber, size));
            return Results.Ok(result);
        });

        actors.MapGet("/{id}/stance", async (IGrainFactory grains, string id, string? target, string? bucket, string? from, string? to) =>
        {
            if (!QueryParameters.TryBucket(bucket, out var timeBucket)) return ApiError.BadParameter("bucket", $"'{bucket}' is not day, week or month");
            if (!QueryParameters.TryDate(from, out var fromDate)) return ApiError.BadParameter("from", $"'{from}' is not a date (use YYYY-MM-DD)");
            if (!QueryParameters.TryDate(to, out var toDate)) return ApiError.BadParameter("to", $"'{to}' is not a date (use YYYY-MM-DD)");
            if (!await StanceQueries.IsKnownAsync(grains, id)) return ApiError.NotFound($"unknown actor '{id}'");
            var points = await grains.GetGrain<IActorGrain>(id).GetTimelineAsync(NullIfEmpty(target), timeBucket, fromDate, toDate);
            return Results.Ok(points);
        });

        return app;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
