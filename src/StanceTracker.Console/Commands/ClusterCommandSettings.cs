using System.ComponentModel;
using Microsoft.Extensions.Configuration;
using Spectre.Console.Cli;
using StanceTracker.Abstractions.Hosting;

namespace StanceTracker.Console.Commands;

/// <summary>Options every command that talks to the cluster takes; unset ones come from configuration (appsettings.json, Stance__* variables).</summary>
public class ClusterCommandSettings : CommandSettings
{
    [CommandOption("--data <DIR>")]
    [Description("Data directory of the embedded default (default ./.stance)")]
    public string? DataDirectory { get; init; }

    [CommandOption("--gateway <HOST:PORT>")]
    [Description("Gateway(s) of a running cluster, comma-separated")]
    public string? Gateway { get; init; }

    [CommandOption("--gateway-port <PORT>")]
    [Description("Port of a local silo's gateway (default 30000)")]
    public int? GatewayPort { get; init; }

    [CommandOption("--redis <CONN>")]
    [Description("Redis of a cluster (e.g. 127.0.0.1:6379): find its gateways through Redis membership")]
    public string? Redis { get; init; }

    [CommandOption("--postgres <CONN>")]
    [Description("PostgreSQL connection string for the embedded silo's storage (cluster profile without a running cluster)")]
    public string? Postgres { get; init; }

    public StanceSettings ToStanceSettings()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var settings = configuration.GetSection(StanceSettings.Section).Get<StanceSettings>() ?? new StanceSettings();
        if (DataDirectory is not null) settings.DataDirectory = DataDirectory;
        if (Gateway is not null) settings.Gateway = Gateway;
        if (GatewayPort is { } port) settings.GatewayPort = port;
        if (Redis is not null) settings.Redis = Redis;
        if (Postgres is not null) settings.Postgres = Postgres;
        return settings;
    }
}
