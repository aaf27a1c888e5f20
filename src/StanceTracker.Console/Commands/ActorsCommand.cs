using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using StanceTracker.Api.Queries;
using StanceTracker.Console.Cluster;

namespace StanceTracker.Console.Commands;

/// <summary>`stance actors [--search TEXT]`: the known actors with their statement counts.</summary>
public sealed class ActorsCommand : ClusterCommand<ActorsCommand.Settings>
{
    public sealed class Settings : ClusterCommandSettings
    {
        [CommandOption("--search <TEXT>")]
        [Description("Only actors whose id, name or an alias contains this text")]
        public string? Search { get; init; }
    }

    protected override async Task<int> ExecuteAsync(ClusterSession session, Settings settings, CancellationToken cancellationToken)
    {
        var actors = await StanceQueries.ListActorsAsync(session.Grains, settings.Search);
        if (actors.Count == 0)
        {
            AnsiConsole.MarkupLine(settings.Search is null ? "No actors yet: ingest some articles first." : "No actor matches.");
            return 0;
        }
        var table = new Table().AddColumns("Id", "Name", "Type", "Statements", "First seen", "Last seen");
        foreach (var actor in actors.OrderByDescending(a => a.Statements).ThenBy(a => a.Id, StringComparer.Ordinal))
            table.AddRow(Markup.Escape(actor.Id), Markup.Escape(actor.Name), actor.Type,
                actor.Statements.ToString(CultureInfo.InvariantCulture), Day(actor.FirstSeen), Day(actor.LastSeen));
        AnsiConsole.Write(table);
        return 0;
    }

    internal static string Day(DateTimeOffset? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
