using System.Globalization;
using System.Text;

namespace StanceTracker.Api.Network;

/// <summary>
/// The network as an edge list (RFC 4180). The first columns are the ones Gephi's spreadsheet import recognises:
/// Source, Target, Type (Directed for positions, Undirected for agreement and conflict) and Weight.
/// </summary>
public static class NetworkCsv
{
    public const string Header = "Source,Target,Type,Kind,Weight,Support,Oppose,Neutral";

    public static string Write(PositionsNetwork network)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var edge in network.Edges)
        {
            csv.Append(Field(edge.Source)).Append(',')
                .Append(Field(edge.Target)).Append(',')
                .Append(edge.Kind == NetworkEdge.Position ? "Directed" : "Undirected").Append(',')
                .Append(edge.Kind).Append(',')
                .Append(edge.Weight.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(edge.Support.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(edge.Oppose.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(edge.Neutral.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        }
        return csv.ToString();
    }

    // Ids of newcomers come from article text and may hold anything: quote when a field needs it.
    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
