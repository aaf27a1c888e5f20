using System.Net;

namespace StanceTracker.Abstractions.Hosting;

/// <summary>
/// The settings every StanceTracker host reads from the "Stance" configuration section (appsettings.json,
/// environment variables such as Stance__DataDirectory, or command-line options): the same names for silo, client host and console.
/// </summary>
public sealed class StanceSettings
{
    public const string Section = "Stance";
    public const string ServiceId = "stance-tracker";

    /// <summary>Where the embedded SQLite database lives.</summary>
    public string DataDirectory { get; set; } = ".stance";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>Gateways a client connects to, comma-separated host:port; empty means 127.0.0.1:<see cref="GatewayPort"/>.</summary>
    public string? Gateway { get; set; }

    public int HttpPort { get; set; } = 5080;

    public string ClusterId { get; set; } = "stance-local";

    /// <summary>
    /// Redis connection string (StackExchange.Redis syntax, e.g. "127.0.0.1:6379"). Set: silos find each other and
    /// clients find gateways through Redis membership; unset: one machine, localhost clustering.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>
    /// PostgreSQL connection string (Npgsql syntax). Set: grain state, the statement log and the actor catalog live in
    /// PostgreSQL, which every silo shares; unset: the embedded SQLite database under <see cref="DataDirectory"/>.
    /// </summary>
    public string? Postgres { get; set; }

    /// <summary>
    /// The address a silo announces to the others and to clients when it uses Redis membership; default 127.0.0.1
    /// (several silos on one machine). On several machines, each silo's own reachable address.
    /// </summary>
    public string? AdvertisedAddress { get; set; }

    public bool UsesRedis => !string.IsNullOrWhiteSpace(Redis);

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(Postgres);

    /// <summary>Command-line options that map onto these settings, for hosts that take them directly.</summary>
    public static readonly IReadOnlyDictionary<string, string> SwitchMappings = new Dictionary<string, string>
    {
        ["--data"] = $"{Section}:{nameof(DataDirectory)}",
        ["--silo-port"] = $"{Section}:{nameof(SiloPort)}",
        ["--gateway-port"] = $"{Section}:{nameof(GatewayPort)}",
        ["--gateway"] = $"{Section}:{nameof(Gateway)}",
        ["--http-port"] = $"{Section}:{nameof(HttpPort)}",
        ["--redis"] = $"{Section}:{nameof(Redis)}",
        ["--postgres"] = $"{Section}:{nameof(Postgres)}",
        ["--advertise"] = $"{Section}:{nameof(AdvertisedAddress)}",
    };

    public IPEndPoint[] GatewayEndpoints()
    {
        if (string.IsNullOrWhiteSpace(Gateway))
            return [new IPEndPoint(IPAddress.Loopback, GatewayPort)];
        return [.. Gateway.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseEndpoint)];
    }

    private static IPEndPoint ParseEndpoint(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), out var port) || port is <= 0 or > 65535)
            throw new FormatException($"Gateway '{text}' is not host:port.");
        var host = text[..colon];
        if (host is "localhost") return new IPEndPoint(IPAddress.Loopback, port);
        if (IPAddress.TryParse(host, out var address)) return new IPEndPoint(address, port);
        var resolved = Dns.GetHostAddresses(host).FirstOrDefault()
            ?? throw new FormatException($"Gateway host '{host}' does not resolve.");
        return new IPEndPoint(resolved, port);
    }
}
