using System.Text.Encodings.Web;
using System.Text.Json;

namespace StanceTracker.Api.Network;

/// <summary>
/// The network's JSON: camelCase names, as the HTTP API writes everything, so console and API files are the same.
/// Names are written as they are (Arabic, apostrophes) rather than as \u escapes: the file is data, never inlined into HTML.
/// </summary>
public static class NetworkJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(PositionsNetwork network) => JsonSerializer.Serialize(network, Options);
}
