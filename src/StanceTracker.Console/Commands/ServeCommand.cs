using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;
using StanceTracker.Api.Hosting;
using StanceTracker.Console.Cluster;

namespace StanceTracker.Console.Commands;

/// <summary>`stance serve`: a local silo and, joined to it as a client, the HTTP API and dashboard, until Ctrl+C.</summary>
public sealed class ServeCommand : AsyncCommand<ServeCommand.Settings>
{
    public sealed class Settings : ClusterCommandSettings
    {
        [CommandOption("--http-port <PORT>")]
        [Description("HTTP port of the API and dashboard (default 5080)")]
        public int? HttpPort { get; init; }

        [CommandOption("--silo-port <PORT>")]
        [Description("Silo-to-silo port (default 11111)")]
        public int? SiloPort { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var stance = settings.ToStanceSettings();
        if (settings.HttpPort is { } http) stance.HttpPort = http;
        if (settings.SiloPort is { } silo) stance.SiloPort = silo;

        ClusterSession session;
        try
        {
            session = await ClusterSession.EmbedAsync(stance, cancellationToken, withGateway: true);
        }
        catch (ClusterUnavailableException ex)
        {
            AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
            return 2;
        }
        await using (session)
        {
            WebApplication api;
            try
            {
                api = StanceApiHost.Build([], s =>
                {
                    s.HttpPort = stance.HttpPort;
                    s.GatewayPort = stance.GatewayPort;
                    s.Gateway = null;
                    s.ClusterId = stance.ClusterId;
                });
                await api.StartAsync(cancellationToken);
            }
            catch (Exception ex)
            {
                AnsiConsole.MarkupLine($"[red]error:[/] could not start the HTTP host on port {stance.HttpPort}: {Markup.Escape(ex.GetBaseException().Message)}");
                return 2;
            }
            var root = $"http://127.0.0.1:{stance.HttpPort}";
            AnsiConsole.MarkupLine($"Silo: {Markup.Escape(session.Description)} (gateway 127.0.0.1:{stance.GatewayPort})");
            AnsiConsole.MarkupLine($"API: {root}/api/actors");
            AnsiConsole.MarkupLine($"Dashboard: {root}/dashboard");
            AnsiConsole.MarkupLine("Ctrl+C stops.");
            await api.WaitForShutdownAsync(cancellationToken);
            await api.DisposeAsync();
        }
        return 0;
    }
}
