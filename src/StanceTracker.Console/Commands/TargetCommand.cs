using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Api.Queries;
using StanceTracker.Console.Cluster;

namespace StanceTracker.Console.Commands;

/// <summary>`stance target ID [--from] [--to] [--with-members] [--top N]`: who supports and who opposes a target, the strongest N of each side and how many each side has.</summary>
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

        [CommandOption("--top <N>")]
        [Description("Speakers listed per side, strongest first (0 to 1000; default 50); each side's total is shown either way")]
        public int Top { get; init; } = StanceQueries.DefaultStandingTop;

        public override ValidationResult Validate() =>
            Top is < 0 or > StanceQueries.MaxStandingTop
                ? ValidationResult.Error($"--top: {Top} is not from 0 to {StanceQueries.MaxStandingTop}")
                : base.Validate();
    }

    protected override async Task<int> ExecuteAsync(ClusterSession session, Settings settings, CancellationToken cancellationToken)
    {
        if (!await ActorCommandSettings.IsKnownAsync(session.Grains, settings.Target))
            return 1;
        var standing = await StanceQueries.TargetStandingAsync(session.Grains, settings.Target,
            DateOption.Parse(settings.From), DateOption.Parse(settings.To), settings.WithMembers, settings.Top);
        AnsiConsole.MarkupLine($"Positions toward [bold]{Markup.Escape(standing.TargetName)}[/] ({Markup.Escape(standing.TargetId)})");
        Write("Supporters", standing.Supporters, standing.SupportersTotal, settings.WithMembers);
        Write("Opponents", standing.Opponents, standing.OpponentsTotal, settings.WithMembers);
        Write("Neutral or mixed", standing.Neutral, standing.NeutralTotal, settings.WithMembers);
        return 0;
    }

    private static void Write(string title, IReadOnlyList<SpeakerPosition> positions, int total, bool withMembers)
    {
        if (total == 0) return;
        // A cut list says so: the reader sees the strongest N and how many there are in all.
        var heading = positions.Count < total ? $"{title}: {Number(positions.Count)} of {Number(total)}" : $"{title}: {Number(total)}";
        if (positions.Count == 0)
        {
            AnsiConsole.MarkupLine(Markup.Escape(heading));
            return;
        }
        var table = new Table().Title(Markup.Escape(heading)).AddColumns("Actor", "Support", "Oppose", "Neutral", "Net", "First", "Last");
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
