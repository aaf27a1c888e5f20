namespace StanceTracker.Api.Network;

/// <summary>The ways the positions network can be written.</summary>
public enum NetworkFormat
{
    Json,
    Csv,
    GraphMl,
}

public static class NetworkFormats
{
    public const string Names = "json, csv or graphml";

    /// <summary>json, csv or graphml in any case; blank means json.</summary>
    public static bool TryParse(string? text, out NetworkFormat format)
    {
        format = NetworkFormat.Json;
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "": return true;
            case "json": return true;
            case "csv": format = NetworkFormat.Csv; return true;
            case "graphml": format = NetworkFormat.GraphMl; return true;
            default: return false;
        }
    }

    public static string ContentType(NetworkFormat format) => format switch
    {
        NetworkFormat.Csv => "text/csv; charset=utf-8",
        NetworkFormat.GraphMl => "application/graphml+xml; charset=utf-8",
        _ => "application/json; charset=utf-8",
    };

    public static string Write(PositionsNetwork network, NetworkFormat format) => format switch
    {
        NetworkFormat.Csv => NetworkCsv.Write(network),
        NetworkFormat.GraphMl => NetworkGraphMl.Write(network),
        _ => NetworkJson.Write(network),
    };
}
