using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Articles;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Api.Comparison;
using StanceTracker.Api.Network;
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

    /// <summary>
    /// The actor's stance per target and bucket. With <paramref name="withMembers"/>, the statements of each member
    /// (the actor dictionary's dated affiliations) made within its membership are added to the group's, and each point
    /// names the actors that contributed. Members speaking of the group itself are left out: that is not the group's stance.
    /// Cost: one directory call and one call per member, whatever the number of statements.
    /// </summary>
    public static async Task<IReadOnlyList<StancePoint>> TimelineAsync(IGrainFactory grains, string actor, string? target,
        TimeBucket bucket, DateTimeOffset? from, DateTimeOffset? to, bool withMembers = false)
    {
        if (!withMembers)
            return await grains.GetGrain<IActorGrain>(actor).GetTimelineAsync(target, bucket, from, to);
        var members = await grains.GetGrain<IActorDirectoryGrain>(0).GetMembersAsync(actor);
        var spans = members.ToLookup(m => m.MemberId, StringComparer.Ordinal);
        var own = grains.GetGrain<IActorGrain>(actor).GetDaysAsync(target, from, to);
        var theirs = Task.WhenAll(spans.Select(m => grains.GetGrain<IActorGrain>(m.Key).GetDaysAsync(target, from, to)));
        var cells = new List<DayCell>(await own);
        foreach (var memberDays in await theirs)
            cells.AddRange(memberDays.Where(c => c.TargetId != actor && spans[c.ActorId].Any(span => span.Covers(c.Day))));
        return StanceSeries.Build(cells, bucket);
    }

    /// <summary>Speakers listed per side of a target's standing when the question does not say: a screenful.</summary>
    public const int DefaultStandingTop = 50;

    /// <summary>Most speakers listed per side: a much-discussed target has thousands, and the answer is for reading.</summary>
    public const int MaxStandingTop = 1000;

    /// <summary>
    /// Who supports and who opposes a target in a window, the strongest <paramref name="top"/> of each side (null: every
    /// speaker), with how many each side has in all; with members, each counted toward its group.
    /// Cost: one grain call; the grain passes once over its per-speaker sums and builds and names only those listed.
    /// </summary>
    public static Task<TargetStanding> TargetStandingAsync(IGrainFactory grains, string target, DateTimeOffset? from,
        DateTimeOffset? to, bool withMembers = false, int? top = DefaultStandingTop) =>
        grains.GetGrain<ITargetGrain>(target).GetStandingAsync(from, to, withMembers, top);

    /// <summary>The positions network of a window. Cost: one grouped read of the log and one directory listing.</summary>
    public static async Task<PositionsNetwork> NetworkAsync(IGrainFactory grains, DateTimeOffset? from, DateTimeOffset? to)
    {
        var positions = grains.GetGrain<IPositionsGrain>(0).GetPositionsAsync(from, to);
        var actors = DirectoryAsync(grains);
        return NetworkBuilder.Build(await positions, await actors, from, to);
    }

    /// <summary>Positions (actor, target) whose dominant side changed between two windows, appeared or disappeared.</summary>
    public static async Task<WindowComparison> CompareAsync(IGrainFactory grains, (DateTimeOffset From, DateTimeOffset To) first,
        (DateTimeOffset From, DateTimeOffset To) second, string? actor = null, string? target = null)
    {
        var positions = grains.GetGrain<IPositionsGrain>(0);
        var before = positions.GetPositionsAsync(first.From, first.To);
        var after = positions.GetPositionsAsync(second.From, second.To);
        var actors = DirectoryAsync(grains);
        return WindowComparer.Compare(await before, await after, await actors, first, second, actor, target);
    }

    private static async Task<IReadOnlyDictionary<string, ActorInfo>> DirectoryAsync(IGrainFactory grains) =>
        (await grains.GetGrain<IActorDirectoryGrain>(0).SearchAsync(null)).ToDictionary(a => a.Id, StringComparer.Ordinal);

    public static Task<IngestOutcome> IngestAsync(IGrainFactory grains, ArticleText article)
    {
        var submission = ToSubmission(article);
        return grains.GetGrain<IArticleGrain>(submission.Id).IngestAsync(submission);
    }

    public static ArticleSubmission ToSubmission(ArticleText article) => new(
        ArticleIdentity.For(article), article.Title, article.Source, article.Url, article.Published, article.Language,
        article.Text, article.Path);
}
