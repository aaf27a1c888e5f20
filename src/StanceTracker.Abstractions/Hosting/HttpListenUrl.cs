using System.Net;

namespace StanceTracker.Abstractions.Hosting;

/// <summary>The URL an HTTP listener binds to, and whether that keeps it on this machine.</summary>
public static class HttpListenUrl
{
    /// <summary>http://host:port, with an IPv6 address in brackets; "*" or "0.0.0.0" bind every IPv4 address.</summary>
    public static string For(string host, int port)
    {
        if (string.IsNullOrWhiteSpace(host))
            throw new ArgumentException($"{StanceSettings.Section}:{nameof(StanceSettings.HttpHost)} (--http-host) is empty: give an address such as 127.0.0.1 or 0.0.0.0");
        if (port is < 1 or > 65535)
            throw new ArgumentException($"HTTP port {port} is not between 1 and 65535");
        host = host.Trim();
        return IPAddress.TryParse(host, out var address) && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            ? $"http://[{address}]:{port}"
            : $"http://{host}:{port}";
    }

    /// <summary>
    /// True only when nothing off this machine can connect: a loopback address or "localhost". Any other name counts as
    /// off loopback, since it may resolve to a public address.
    /// </summary>
    public static bool IsLoopback(string host)
    {
        host = host.Trim();
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
            return true;
        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }
}
