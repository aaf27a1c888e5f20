using Spectre.Console;
using Spectre.Console.Cli;
using StanceTracker.Console.Cluster;

namespace StanceTracker.Console.Commands;

/// <summary>A command that opens a cluster session, runs, and closes it, turning an unreachable cluster into a clear error.</summary>
public abstract class ClusterCommand<TSettings> : AsyncCommand<TSettings> where TSettings : ClusterCommandSettings
{
    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        ClusterSession session;
        try
        {
            session = await ClusterSession.OpenAsync(settings.ToStanceSettings(), cancellationToken);
        }
        catch (ClusterUnavailableException ex)
        {
            AnsiConsole.Console.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
            return 2;
        }
        await using (session)
            return await ExecuteAsync(session, settings, cancellationToken);
    }

    protected abstract Task<int> ExecuteAsync(ClusterSession session, TSettings settings, CancellationToken cancellationToken);
}
