using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Console.Cluster;
using StanceTracker.Console.Rendering;

namespace StanceTracker.Console.Commands;

/// <summary>`stance statements ID`: the evidence, with article, date, outlet, cue, content and stance per target.</summary>
public sealed class StatementsCommand : ClusterCommand<StatementsCommand.Settings>
{
    public sealed class Settings : ActorCommandSettings
    {
        [CommandOption("--page <N>")]
        public int Page { get; init; } = 1;

        public override ValidationResult Validate() =>
            Page < 1 ? ValidationResult.Error("--page: must be 1 or more") : base.Validate();
    }

    protected override async Task<int> ExecuteAsync(ClusterSession session, Settings settings, CancellationToken cancellationToken)
    {
        if (!await ActorCommandSettings.IsKnownAsync(session.Grains, settings.Actor))
            return 1;
        var page = await session.Grains.GetGrain<IActorGrain>(settings.Actor).GetStatementsAsync(
            new StatementQuery(settings.Target, DateOption.Parse(settings.From), DateOption.Parse(settings.To), settings.Page, 20));
        if (page.Total == 0)
        {
            AnsiConsole.MarkupLine("No statements match.");
            return 0;
        }
        foreach (var statement in page.Items)
            AnsiConsole.Write(Render(statement));
        var pages = (page.Total + page.PageSize - 1) / page.PageSize;
        AnsiConsole.MarkupLine($"[grey]{page.Total} statements; page {page.Page} of {pages}[/]");
        return 0;
    }

    private static Panel Render(StatementRecord s)
    {
        var stances = s.Stances.Count == 0
            ? "[grey]no target[/]"
            : string.Join(", ", s.Stances.Select(t =>
                $"{TimelineTable.Verdict(t.Stance)} {Markup.Escape(t.TargetName)} ({t.Score.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture)})"));
        var body = new Rows(
            new Markup($"[bold]{Markup.Escape(s.Cue)}[/] ({s.Kind}): {Markup.Escape(s.Content)}"),
            new Markup($"Stance: {stances}"),
            new Markup($"[grey]{Markup.Escape(s.Sentence)}[/]"));
        var header = $"{s.Published:yyyy-MM-dd} · {s.Outlet ?? "unknown outlet"} · {s.ArticleTitle ?? s.ArticleId}";
        return new Panel(body).Header(Markup.Escape(header)).Expand();
    }
}
