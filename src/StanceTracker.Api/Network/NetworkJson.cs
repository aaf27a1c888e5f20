using System.Text.Json;

namespace StanceTracker.Api.Network;

/// <summary>The network's JSON: camelCase names, as the HTTP API writes everything, so console and API files are the same.</summary>
public static class NetworkJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public static string Write(PositionsNetwork network) => JsonSerializer.Serialize(network, Options);
}
