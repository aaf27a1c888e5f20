using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Api.Queries;
using StanceTracker.Console.Cluster;
using StanceTracker.Console.Rendering;

namespace StanceTracker.Console.Commands;

/// <summary>`stance timeline ID`: the actor's stance toward each target per day, week or month.</summary>
public sealed class TimelineCommand : ClusterCommand<TimelineCommand.Settings>
{
    public sealed class Settings : ActorCommandSettings
    {
        [CommandOption("--bucket <BUCKET>")]
        [Description("day, week or month (default month)")]
        public TimeBucket Bucket { get; init; } = TimeBucket.Month;

        [CommandOption("--with-members")]
        [Description("Add the statements of the actor's members (dated affiliations: lavrov → russia) made within their membership")]
        public bool WithMembers { get; init; }
    }

    protected override async Task<int> ExecuteAsync(ClusterSession session, Settings settings, CancellationToken cancellationToken) =>
        await ShowAsync(session.Grains, settings.Actor, settings.Target, settings.Bucket,
            DateOption.Parse(settings.From), DateOption.Parse(settings.To), settings.WithMembers);

    /// <summary>Prints the timeline; also used by `stance ingest --timeline`.</summary>
    public static async Task<int> ShowAsync(IGrainFactory grains, string actor, string? target, TimeBucket bucket,
        DateTimeOffset? from = null, DateTimeOffset? to = null, bool withMembers = false)
    {
        if (!await ActorCommandSettings.IsKnownAsync(grains, actor))
            return 1;
        var points = await StanceQueries.TimelineAsync(grains, actor, target, bucket, from, to, withMembers);
        if (points.Count == 0)
        {
            AnsiConsole.MarkupLine($"No stance recorded for [bold]{Markup.Escape(actor)}[/]{(target is null ? "" : $" toward {Markup.Escape(target)}")} in that period.");
            return 0;
        }
        AnsiConsole.Write(TimelineTable.Render(actor, points, bucket, withMembers));
        return 0;
    }
}
