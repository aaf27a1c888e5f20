using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using StanceTracker.Api.Comparison;
using StanceTracker.Api.Queries;
using StanceTracker.Console.Cluster;
using StanceTracker.Console.Rendering;

namespace StanceTracker.Console.Commands;

/// <summary>`stance compare --from1 --to1 --from2 --to2 [--actor] [--target]`: positions that changed between two windows.</summary>
public sealed class CompareCommand : ClusterCommand<CompareCommand.Settings>
{
    public sealed class Settings : ClusterCommandSettings
    {
        [CommandOption("--from1 <DATE>")]
        [Description("First day of the first window")]
        public string? From1 { get; init; }

        [CommandOption("--to1 <DATE>")]
        [Description("Last day of the first window")]
        public string? To1 { get; init; }

        [CommandOption("--from2 <DATE>")]
        [Description("First day of the second window")]
        public string? From2 { get; init; }

        [CommandOption("--to2 <DATE>")]
        [Description("Last day of the second window")]
        public string? To2 { get; init; }

        [CommandOption("--actor <ID>")]
        [Description("Only this actor's positions")]
        public string? Actor { get; init; }

        [CommandOption("--target <ID>")]
        [Description("Only positions toward this target")]
        public string? Target { get; init; }

        public override ValidationResult Validate()
        {
            foreach (var (value, option) in new[] { (From1, "--from1"), (To1, "--to1"), (From2, "--from2"), (To2, "--to2") })
            {
                if (string.IsNullOrWhiteSpace(value)) return ValidationResult.Error($"{option} is required (YYYY-MM-DD)");
                var date = DateOption.Check(value, option);
                if (!date.Successful) return date;
            }
            if (DateOption.Parse(From1) > DateOption.Parse(To1)) return ValidationResult.Error($"--to1: '{To1}' is before --from1 '{From1}'");
            if (DateOption.Parse(From2) > DateOption.Parse(To2)) return ValidationResult.Error($"--to2: '{To2}' is before --from2 '{From2}'");
            return ValidationResult.Success();
        }
    }

    protected override async Task<int> ExecuteAsync(ClusterSession session, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Actor is { } actor && !await ActorCommandSettings.IsKnownAsync(session.Grains, actor))
            return 1;
        if (settings.Target is { } target && !await ActorCommandSettings.IsKnownAsync(session.Grains, target))
            return 1;
        var comparison = await StanceQueries.CompareAsync(session.Grains,
            (DateOption.Parse(settings.From1)!.Value, DateOption.Parse(settings.To1)!.Value),
            (DateOption.Parse(settings.From2)!.Value, DateOption.Parse(settings.To2)!.Value),
            settings.Actor, settings.Target);
        var windows = $"{comparison.First.From}…{comparison.First.To} → {comparison.Second.From}…{comparison.Second.To}";
        if (comparison.Changes.Count == 0)
        {
            AnsiConsole.MarkupLine($"No position changed between {Markup.Escape(windows)}.");
            return 0;
        }
        var table = new Table().Title($"Positions that changed, {Markup.Escape(windows)}")
            .AddColumns("Actor", "Target", "Change", "Before (S/O/N, net)", "", "After (S/O/N, net)", "");
        foreach (var c in comparison.Changes)
            table.AddRow(Markup.Escape(c.ActorId), Markup.Escape(c.TargetId), c.Change,
                Counts(c.Before), c.Before is { } b ? TimelineTable.Verdict(b.Dominant) : "",
                Counts(c.After), c.After is { } a ? TimelineTable.Verdict(a.Dominant) : "");
        AnsiConsole.Write(table);
        return 0;
    }

    private static string Counts(PositionCounts? side) => side is null ? "—" : string.Create(CultureInfo.InvariantCulture,
        $"{side.Support}/{side.Oppose}/{side.Neutral}, {side.NetScore:+0.00;-0.00;0.00}");
}
