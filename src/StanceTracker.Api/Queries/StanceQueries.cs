using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Articles;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Extraction.Model;

namespace StanceTracker.Api.Queries;

/// <summary>The cluster queries shared by the HTTP API and the console, so both answer the same way.</summary>
public static class StanceQueries
{
    /// <summary>Actors matching the text, with their statement counts; actors only ever spoken about have zero statements.</summary>
    public static async Task<IReadOnlyList<ActorSummary>> ListActorsAsync(IGrainFactory grains, string? search)
    {
        var found = await grains.GetGrain<IActorDirectoryGrain>(0).SearchAsync(search);
        var summaries = await Task.WhenAll(found.Select(a => grains.GetGrain<IActorGrain>(a.Id).GetSummaryAsync()));
        return [.. found.Zip(summaries, (info, summary) => summary is null
            ? new ActorSummary(info.Id, info.Name, info.Type, 0, null, null)
            : summary with { Name = info.Name, Type = info.Type })];
    }

    /// <summary>The actor's profile; an actor known only as a target gets an empty one; null when the id is unknown.</summary>
    public static async Task<ActorProfile?> GetProfileAsync(IGrainFactory grains, string id, int top = 5)
    {
        var profile = await grains.GetGrain<IActorGrain>(id).GetProfileAsync(top);
        if (profile is not null)
            return profile;
        var info = await grains.GetGrain<IActorDirectoryGrain>(0).FindAsync(id);
        return info is null ? null : new ActorProfile(info, 0, 0, null, null, [], []);
    }

    public static async Task<bool> IsKnownAsync(IGrainFactory grains, string id) =>
        await grains.GetGrain<IActorDirectoryGrain>(0).FindAsync(id) is not null
        || await grains.GetGrain<IActorGrain>(id).GetSummaryAsync() is not null;

    /// <summary>Shifts of one actor, or of every known actor, most recent last.</summary>
    public static async Task<IReadOnlyList<Shift>> ShiftsAsync(IGrainFactory grains, string? actor, string? target,
        DateTimeOffset? from, DateTimeOffset? to)
    {
        // Asking every listed actor directly: one with no statements answers with no shifts, so first asking each
        // for its summary to skip those would only double the calls.
        IEnumerable<string> actors = actor is not null
            ? [actor]
            : (await grains.GetGrain<IActorDirectoryGrain>(0).SearchAsync(null)).Select(a => a.Id);
        var found = await Task.WhenAll(actors.Select(id => grains.GetGrain<IActorGrain>(id).GetShiftsAsync(target, from, to)));
        return [.. found.SelectMany(s => s).OrderBy(s => s.VisibleOn).ThenBy(s => s.ActorId, StringComparer.Ordinal)];
    }

    public static Task<IngestOutcome> IngestAsync(IGrainFactory grains, ArticleText article)
    {
        var submission = ToSubmission(article);
        return grains.GetGrain<IArticleGrain>(submission.Id).IngestAsync(submission);
    }

    public static ArticleSubmission ToSubmission(ArticleText article) => new(
        ArticleIdentity.For(article), article.Title, article.Source, article.Url, article.Published, article.Language,
        article.Text, article.Path);
}
