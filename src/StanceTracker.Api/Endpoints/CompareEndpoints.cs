using StanceTracker.Api.Queries;

namespace StanceTracker.Api.Endpoints;

/// <summary>GET /api/compare?from1=&amp;to1=&amp;from2=&amp;to2=&amp;actor=&amp;target=: positions that changed between two windows.</summary>
public static class CompareEndpoints
{
    public static IEndpointRouteBuilder MapCompareEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/compare", async (IGrainFactory grains, string? from1, string? to1, string? from2, string? to2,
            string? actor, string? target) =>
        {
            if (!QueryParameters.TryRequiredWindow(from1, to1, "from1", "to1", out var first, out var bad)) return bad!;
            if (!QueryParameters.TryRequiredWindow(from2, to2, "from2", "to2", out var second, out bad)) return bad!;
            if (QueryParameters.Optional(actor) is { } a && !await StanceQueries.IsKnownAsync(grains, a))
                return ApiError.NotFound($"unknown actor '{a}'");
            if (QueryParameters.Optional(target) is { } t && !await StanceQueries.IsKnownAsync(grains, t))
                return ApiError.NotFound($"unknown target '{t}'");
            var comparison = await StanceQueries.CompareAsync(grains, first, second,
                QueryParameters.Optional(actor), QueryParameters.Optional(target));
            return Results.Ok(comparison);
        });
        return app;
    }
}
