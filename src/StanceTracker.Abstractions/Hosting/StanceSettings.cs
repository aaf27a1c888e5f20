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

    /// <summary>Redis connection string for cluster membership; empty means the embedded single-machine profile.</summary>
    public string? Redis { get; set; }

    /// <summary>PostgreSQL connection string for grain state and the statement log; empty means the embedded SQLite file.</summary>
    public string? Postgres { get; set; }

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
