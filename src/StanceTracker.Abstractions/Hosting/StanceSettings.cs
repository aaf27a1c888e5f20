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

    /// <summary>
    /// The address the host's HTTP listener binds to: the client host's API and dashboard, the silo's health and
    /// metrics. Loopback by default; any other address makes the client host demand credentials.
    /// </summary>
    public string HttpHost { get; set; } = "127.0.0.1";

    /// <summary>The silo's HTTP port for /health/* and /metrics; 0 (the default) runs the silo without an HTTP listener.</summary>
    public int HealthPort { get; set; }

    /// <summary>Key that write endpoints and the dashboard accept in the X-Api-Key header.</summary>
    public string? ApiKey { get; set; }

    /// <summary>User name that write endpoints and the dashboard accept with <see cref="DashboardPassword"/> (HTTP basic).</summary>
    public string? DashboardUser { get; set; }

    public string? DashboardPassword { get; set; }

    /// <summary>Largest request body the client host reads, in bytes; a larger one is answered 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Console log format: "text" (the default, for people) or "json" (one JSON object a line, with scopes).</summary>
    public string LogFormat { get; set; } = "text";

    /// <summary>Running in Kubernetes: the silo takes its name, address and cluster ids from the pod (Orleans' Kubernetes hosting).</summary>
    public bool Kubernetes { get; set; }

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
        ["--http-host"] = $"{Section}:{nameof(HttpHost)}",
        ["--health-port"] = $"{Section}:{nameof(HealthPort)}",
        ["--log-format"] = $"{Section}:{nameof(LogFormat)}",
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
