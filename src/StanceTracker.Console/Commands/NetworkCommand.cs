using System.ComponentModel;
using System.Text;
using Spectre.Console;
using Spectre.Console.Cli;
using StanceTracker.Api.Network;
using StanceTracker.Api.Queries;
using StanceTracker.Console.Cluster;

namespace StanceTracker.Console.Commands;

/// <summary>`stance network [--from] [--to] [--format json|csv|graphml] [--out FILE]`: the positions network of a window.</summary>
public sealed class NetworkCommand : ClusterCommand<NetworkCommand.Settings>
{
    public sealed class Settings : DateWindowSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("json (default), csv (edge list) or graphml (Gephi, networkx)")]
        public string? Format { get; init; }

        [CommandOption("--out <FILE>")]
        [Description("Write to this file instead of the terminal")]
        public string? Out { get; init; }

        public override ValidationResult Validate()
        {
            var window = base.Validate();
            if (!window.Successful) return window;
            if (!NetworkFormats.TryParse(Format, out _))
                return ValidationResult.Error($"--format: '{Format}' is not {NetworkFormats.Names}");
            if (Out is { } file && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder && !Directory.Exists(folder))
                return ValidationResult.Error($"--out: folder '{folder}' does not exist");
            return ValidationResult.Success();
        }
    }

    protected override async Task<int> ExecuteAsync(ClusterSession session, Settings settings, CancellationToken cancellationToken)
    {
        NetworkFormats.TryParse(settings.Format, out var format);
        var network = await StanceQueries.NetworkAsync(session.Grains, DateOption.Parse(settings.From), DateOption.Parse(settings.To));
        var text = NetworkFormats.Write(network, format);
        if (settings.Out is null)
        {
            // Plain output, not Spectre markup: the text is data meant for a pipe or a file.
            System.Console.Out.Write(text);
            if (!text.EndsWith('\n')) System.Console.Out.WriteLine();
            return 0;
        }
        try
        {
            await File.WriteAllTextAsync(settings.Out, text, new UTF8Encoding(false), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLine($"[red]error:[/] --out: cannot write '{Markup.Escape(settings.Out)}': {Markup.Escape(ex.Message)}");
            return 1;
        }
        var positions = network.Edges.Count(e => e.Kind == NetworkEdge.Position);
        AnsiConsole.MarkupLine($"Wrote {network.Nodes.Count} nodes, {positions} position edges and " +
            $"{network.Edges.Count - positions} agreement/conflict edges to [bold]{Markup.Escape(settings.Out)}[/].");
        return 0;
    }
}
