using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Api.Queries;
using StanceTracker.Console.Cluster;

namespace StanceTracker.Console.Commands;

/// <summary>`stance actor ID`: names, type, activity and the strongest supports and oppositions.</summary>
public sealed class ActorCommand : ClusterCommand<ActorCommand.Settings>
{
    public sealed class Settings : ClusterCommandSettings
    {
        [CommandArgument(0, "<ID>")]
        [Description("Canonical actor id (see `stance actors`)")]
        public string Actor { get; init; } = "";
    }

    protected override async Task<int> ExecuteAsync(ClusterSession session, Settings settings, CancellationToken cancellationToken)
    {
        var profile = await StanceQueries.GetProfileAsync(session.Grains, settings.Actor);
        if (profile is null)
        {
            ActorCommandSettings.ReportUnknown(settings.Actor);
            return 1;
        }
        var info = new Grid().AddColumn().AddColumn();
        info.AddRow("[bold]Actor[/]", Markup.Escape($"{profile.Actor.Name} ({profile.Actor.Id})"));
        info.AddRow("Type", profile.Actor.Type);
        info.AddRow("Also known as", Markup.Escape(string.Join(", ", profile.Actor.Aliases.Take(12))));
        info.AddRow("Statements", $"{profile.Statements} in {profile.Articles} articles");
        info.AddRow("First seen", ActorsCommand.Day(profile.FirstSeen));
        info.AddRow("Last seen", ActorsCommand.Day(profile.LastSeen));
        AnsiConsole.Write(info);
        Positions("Strongest support", profile.Supports);
        Positions("Strongest opposition", profile.Opposes);
        return 0;
    }

    private static void Positions(string title, IReadOnlyList<TargetPosition> positions)
    {
        if (positions.Count == 0) return;
        var table = new Table().Title(title).AddColumns("Target", "Support", "Oppose", "Neutral", "Net");
        foreach (var p in positions)
            table.AddRow(Markup.Escape($"{p.TargetName} ({p.TargetId})"), p.Support.ToString(CultureInfo.InvariantCulture),
                p.Oppose.ToString(CultureInfo.InvariantCulture), p.Neutral.ToString(CultureInfo.InvariantCulture),
                p.NetScore.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
    }
}
