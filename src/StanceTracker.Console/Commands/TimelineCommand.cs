using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Api.Queries;
using StanceTracker.Console.Cluster;
using StanceTracker.Console.Rendering;

namespace StanceTracker.Console.Commands;

/// <summary>`stance timeline ID`: the actor's stance toward each target per day, week or month; with --plot, also as a PNG chart.</summary>
public sealed class TimelineCommand : ClusterCommand<TimelineCommand.Settings>
{
    public sealed class Settings : ActorCommandSettings
    {
        [CommandOption("--bucket <BUCKET>")]
        [Description("day, week or month (default month)")]
        public TimeBucket Bucket { get; init; } = TimeBucket.Month;

        [CommandOption("--plot <FILE>")]
        [Description("Also draw the chart the web view shows into this PNG file")]
        public string? Plot { get; init; }

        public override ValidationResult Validate()
        {
            var window = base.Validate();
            if (!window.Successful || Plot is null) return window;
            if (!Plot.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
                return ValidationResult.Error($"--plot: '{Plot}' must be a .png file");
            var folder = Path.GetDirectoryName(Path.GetFullPath(Plot));
            return folder is not null && !Directory.Exists(folder)
                ? ValidationResult.Error($"--plot: the folder '{folder}' does not exist")
                : ValidationResult.Success();
        }

        [CommandOption("--with-members")]
        [Description("Add the statements of the actor's members (dated affiliations: lavrov → russia) made within their membership")]
        public bool WithMembers { get; init; }
    }

    protected override async Task<int> ExecuteAsync(ClusterSession session, Settings settings, CancellationToken cancellationToken) =>
        await ShowAsync(session.Grains, settings.Actor, settings.Target, settings.Bucket,
            DateOption.Parse(settings.From), DateOption.Parse(settings.To), settings.Plot, settings.WithMembers);

    /// <summary>Prints the timeline (and draws it when a plot file is given); also used by `stance ingest --timeline`.</summary>
    public static async Task<int> ShowAsync(IGrainFactory grains, string actor, string? target, TimeBucket bucket,
        DateTimeOffset? from = null, DateTimeOffset? to = null, string? plot = null, bool withMembers = false)
    {
        if (!await ActorCommandSettings.IsKnownAsync(grains, actor))
            return 1;
        var points = await StanceQueries.TimelineAsync(grains, actor, target, bucket, from, to, withMembers);
        if (points.Count == 0)
        {
            AnsiConsole.MarkupLine($"No stance recorded for [bold]{Markup.Escape(actor)}[/]{(target is null ? "" : $" toward {Markup.Escape(target)}")} in that period.");
            // An empty chart would look like an answer: say plainly that nothing was drawn.
            if (plot is not null)
            {
                AnsiConsole.MarkupLine($"[red]error:[/] nothing to plot, so {Markup.Escape(plot)} was not written");
                return 1;
            }
            return 0;
        }
        AnsiConsole.Write(TimelineTable.Render(actor, points, bucket, withMembers));
        if (plot is null)
            return 0;

        var name = (await grains.GetGrain<IActorDirectoryGrain>(0).FindAsync(actor))?.Name ?? actor;
        try
        {
            TimelinePlot.Save(plot, name, points, bucket);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLine($"[red]error:[/] could not write {Markup.Escape(plot)}: {Markup.Escape(ex.Message)}");
            return 1;
        }
        AnsiConsole.MarkupLine($"Chart written to {Markup.Escape(Path.GetFullPath(plot))} ({TimelinePlot.Width}×{TimelinePlot.Height} PNG)");
        return 0;
    }
}
