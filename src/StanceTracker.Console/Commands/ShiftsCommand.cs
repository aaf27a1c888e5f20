using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Api.Queries;
using StanceTracker.Console.Cluster;
using StanceTracker.Console.Rendering;

namespace StanceTracker.Console.Commands;

/// <summary>`stance shifts [--actor] [--target] [--from] [--to]`: changes of stance with the evidence on each side.</summary>
public sealed class ShiftsCommand : ClusterCommand<ShiftsCommand.Settings>
{
    public sealed class Settings : WindowCommandSettings
    {
        [CommandOption("--actor <ID>")]
        [Description("Only this actor's shifts")]
        public string? Actor { get; init; }
    }

    protected override async Task<int> ExecuteAsync(ClusterSession session, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Actor is { } actor && !await ActorCommandSettings.IsKnownAsync(session.Grains, actor))
            return 1;
        var shifts = await StanceQueries.ShiftsAsync(session.Grains, settings.Actor, settings.Target,
            DateOption.Parse(settings.From), DateOption.Parse(settings.To));
        if (shifts.Count == 0)
        {
            AnsiConsole.MarkupLine("No shifts found.");
            return 0;
        }
        foreach (var shift in shifts)
            AnsiConsole.Write(Render(shift));
        return 0;
    }

    internal static Panel Render(Shift shift)
    {
        var rows = new List<Spectre.Console.Rendering.IRenderable>
        {
            new Markup($"{TimelineTable.Verdict(shift.From)} ({Score(shift.BeforeScore)}, {shift.BeforeStatements} statements) → " +
                       $"{TimelineTable.Verdict(shift.To)} ({Score(shift.AfterScore)}, {shift.AfterStatements} statements), strength {shift.Strength.ToString("0.00", CultureInfo.InvariantCulture)}"),
        };
        rows.AddRange(shift.EvidenceBefore.Select(s => Evidence("before", s)));
        rows.AddRange(shift.EvidenceAfter.Select(s => Evidence("after", s)));
        var header = $"{shift.VisibleOn:yyyy-MM-dd} · {shift.ActorName} ({shift.ActorId}) toward {shift.TargetName} ({shift.TargetId})";
        return new Panel(new Rows(rows)).Header(Markup.Escape(header)).Expand();
    }

    private static Markup Evidence(string side, StatementRecord s) =>
        new($"[grey]{side} {s.Published:yyyy-MM-dd} {Markup.Escape(s.Outlet ?? "")}:[/] {Markup.Escape(s.Sentence)}");

    private static string Score(double value) => value.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
}
