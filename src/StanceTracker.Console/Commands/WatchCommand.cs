using Orleans.Streams;
using Spectre.Console;
using Spectre.Console.Cli;
using StanceTracker.Abstractions.Hosting;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Console.Cluster;

namespace StanceTracker.Console.Commands;

/// <summary>`stance watch`: prints each new shift as the cluster detects it, until Ctrl+C.</summary>
public sealed class WatchCommand : ClusterCommand<ClusterCommandSettings>
{
    protected override async Task<int> ExecuteAsync(ClusterSession session, ClusterCommandSettings settings, CancellationToken cancellationToken)
    {
        var stream = session.Streams.GetStream<Shift>(StanceStreams.Shifts);
        var subscription = await stream.SubscribeAsync((shift, _) =>
        {
            AnsiConsole.Write(ShiftsCommand.Render(shift));
            return Task.CompletedTask;
        });
        AnsiConsole.MarkupLine($"Watching for shifts on the {Markup.Escape(session.Description)}. Ctrl+C stops.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
        await subscription.UnsubscribeAsync();
        return 0;
    }
}
