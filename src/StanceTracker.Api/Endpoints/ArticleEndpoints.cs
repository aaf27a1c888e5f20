using StanceTracker.Abstractions.Articles;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Api.Queries;
using StanceTracker.Extraction.Intake;

namespace StanceTracker.Api.Endpoints;

/// <summary>
/// POST /api/articles ingests one article (the JSON fields of a .json file); GET /api/articles/{id} shows its provenance;
/// GET /api/articles/{id}/text gives the text as read, which statement offsets index into.
/// </summary>
public static class ArticleEndpoints
{
    public static IEndpointRouteBuilder MapArticleEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/articles", async (HttpRequest request, IGrainFactory grains, ILoggerFactory loggers) =>
        {
            string body;
            using (var reader = new StreamReader(request.Body))
                body = await reader.ReadToEndAsync();
            var read = ArticleReader.ParseJson(body, "request body");
            if (read.Failure is { } failure)
                return Results.BadRequest(new ApiError(failure.ToString()));
            if (read.Article!.Id is { Length: > QueryParameters.MaxTextLength } longId)
                return Results.BadRequest(new ApiError($"request body: field \"id\" is {longId.Length} characters long; at most {QueryParameters.MaxTextLength}", "id"));
            var submission = StanceQueries.ToSubmission(read.Article!);
            var logger = loggers.CreateLogger(typeof(ArticleEndpoints));
            using var scope = logger.BeginScope(new Dictionary<string, object> { ["ArticleId"] = submission.Id });
            var outcome = await grains.GetGrain<IArticleGrain>(submission.Id).IngestAsync(submission);
            logger.LogInformation("POST article {Article}: {Status}", outcome.ArticleId, outcome.Status);
            return outcome.Status switch
            {
                IngestStatus.Stored => Results.Created($"/api/articles/{outcome.ArticleId}", outcome),
                IngestStatus.AlreadyKnown => Results.Ok(outcome),
                _ => Results.UnprocessableEntity(new ApiError(outcome.Reason ?? "rejected")),
            };
        });

        app.MapGet("/api/articles/{id}", async (IGrainFactory grains, string id) =>
            QueryParameters.FirstBadText((id, "id"))
            ?? (await grains.GetGrain<IArticleGrain>(id).GetAsync() is { } article
                ? Results.Ok(article)
                : ApiError.NotFound($"unknown article '{id}'")));

        app.MapGet("/api/articles/{id}/text", async (IGrainFactory grains, string id) =>
        {
            var article = grains.GetGrain<IArticleGrain>(id);
            if (await article.GetContentAsync() is { } content)
                return Results.Ok(content);
            return await article.GetAsync() is null
                ? ApiError.NotFound($"unknown article '{id}'")
                : ApiError.NotFound($"the text of article '{id}' was not kept (stored before texts were); ingest the article again to keep it");
        });

        return app;
    }
}
