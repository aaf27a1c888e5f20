using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Api.Queries;
using StanceTracker.Console.Cluster;

namespace StanceTracker.Console.Commands;

/// <summary>`stance target ID [--from] [--to]`: who supports and who opposes a target, ranked.</summary>
public sealed class TargetCommand : ClusterCommand<TargetCommand.Settings>
{
    public sealed class Settings : DateWindowSettings
    {
        [CommandArgument(0, "<ID>")]
        [Description("Canonical id of the target (see `stance actors`)")]
        public string Target { get; init; } = "";

        [CommandOption("--with-members")]
        [Description("Count members' statements toward their group (dated affiliations: lavrov → russia, sarraj → gna)")]
        public bool WithMembers { get; init; }
    }

    protected override async Task<int> ExecuteAsync(ClusterSession session, Settings settings, CancellationToken cancellationToken)
    {
        if (!await ActorCommandSettings.IsKnownAsync(session.Grains, settings.Target))
            return 1;
        var standing = await StanceQueries.TargetStandingAsync(session.Grains, settings.Target,
            DateOption.Parse(settings.From), DateOption.Parse(settings.To), settings.WithMembers);
        AnsiConsole.MarkupLine($"Positions toward [bold]{Markup.Escape(standing.TargetName)}[/] ({Markup.Escape(standing.TargetId)})");
        Write("Supporters", standing.Supporters, settings.WithMembers);
        Write("Opponents", standing.Opponents, settings.WithMembers);
        Write("Neutral or mixed", standing.Neutral, settings.WithMembers);
        return 0;
    }

    private static void Write(string title, IReadOnlyList<SpeakerPosition> positions, bool withMembers)
    {
        if (positions.Count == 0) return;
        var table = new Table().Title(title).AddColumns("Actor", "Support", "Oppose", "Neutral", "Net", "First", "Last");
        if (withMembers)
            table.AddColumn("Speakers");
        foreach (var p in positions)
        {
            var cells = new List<string>
            {
                Markup.Escape($"{p.ActorName} ({p.ActorId})"), Number(p.Support), Number(p.Oppose), Number(p.Neutral),
                p.NetScore.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture),
                p.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
            if (withMembers)
                cells.Add(Markup.Escape(string.Join(", ", p.Contributors)));
            table.AddRow([.. cells]);
        }
        AnsiConsole.Write(table);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
