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
            QueryParameters.FirstBadText((search, "search")) ?? Results.Ok(await StanceQueries.ListActorsAsync(grains, search)));

        actors.MapGet("/{id}", async (IGrainFactory grains, string id) =>
            QueryParameters.FirstBadText((id, "id"))
            ?? (await StanceQueries.GetProfileAsync(grains, id) is { } profile
                ? Results.Ok(profile)
                : ApiError.NotFound($"unknown actor '{id}'")));

        actors.MapGet("/{id}/statements", async (IGrainFactory grains, string id, string? target, string? from, string? to,
            string? page, string? pageSize) =>
        {
            if (QueryParameters.FirstBadText((id, "id"), (target, "target")) is { } badText) return badText;
            if (!QueryParameters.TryWindow(from, to, out var fromDate, out var toDate, out var badDate)) return badDate!;
            if (!QueryParameters.TryWholeNumber(page, 1, 1, int.MaxValue, out var pageNumber)) return ApiError.BadParameter("page", $"'{page}' is not a page number (1 or more)");
            if (!QueryParameters.TryWholeNumber(pageSize, 50, 1, 500, out var size)) return ApiError.BadParameter("pageSize", $"'{pageSize}' is not between 1 and 500");
            if (!await StanceQueries.IsKnownAsync(grains, id)) return ApiError.NotFound($"unknown actor '{id}'");
            var result = await grains.GetGrain<IActorGrain>(id)
                .GetStatementsAsync(new StatementQuery(QueryParameters.Optional(target), fromDate, toDate, pageNumber, size));
            return Results.Ok(result);
        });

        actors.MapGet("/{id}/stance", async (IGrainFactory grains, string id, string? target, string? bucket, string? from, string? to,
            string? members) =>
        {
            if (QueryParameters.FirstBadText((id, "id"), (target, "target")) is { } badText) return badText;
            if (!QueryParameters.TryBucket(bucket, out var timeBucket)) return ApiError.BadParameter("bucket", $"'{bucket}' is not day, week or month");
            if (!QueryParameters.TryWindow(from, to, out var fromDate, out var toDate, out var badDate)) return badDate!;
            if (!QueryParameters.TryFlag(members, out var withMembers)) return ApiError.BadParameter("members", $"'{members}' is not true or false");
            if (!await StanceQueries.IsKnownAsync(grains, id)) return ApiError.NotFound($"unknown actor '{id}'");
            var points = await StanceQueries.TimelineAsync(grains, id, QueryParameters.Optional(target), timeBucket, fromDate, toDate, withMembers);
            return Results.Ok(points);
        });

        return app;
    }
}
