using System.Globalization;
using System.Text;

namespace StanceTracker.Api.Network;

/// <summary>
/// The network as GraphML, with a key declared for every attribute so Gephi and networkx read it as is. The graph is
/// directed (positions go actor → target); agreement and conflict edges are symmetric and written once, Source &lt;
/// Target, told apart by their kind. Node names are in "label", the attribute Gephi shows.
/// </summary>
public static class NetworkGraphMl
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Type)[] Keys =
    [
        ("from", "graph", "string"),
        ("to", "graph", "string"),
        ("label", "node", "string"),
        ("type", "node", "string"),
        ("statements", "node", "int"),
        ("kind", "edge", "string"),
        ("weight", "edge", "double"),
        ("polarity", "edge", "int"),
        ("support", "edge", "int"),
        ("oppose", "edge", "int"),
        ("neutral", "edge", "int"),
    ];

    private const string Schema = "http://www.w3.org/2001/XMLSchema-instance";

    /// <remarks>
    /// Written straight into one string builder: a month's network at 10^6 statements is some 30,000 nodes and edges
    /// with six values each, and XmlWriter's checks on every element, attribute and namespace took about as long as
    /// reading the positions from the log. What XmlWriter guaranteed is kept: markup characters are escaped, and a
    /// character XML cannot hold is refused (<see cref="ArgumentException"/>), not written.
    /// </remarks>
    public static string Write(PositionsNetwork network)
    {
        var xml = new StringBuilder(1024 + 200 * network.Nodes.Count + 400 * network.Edges.Count);
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.Append("<graphml xmlns=\"").Append(Namespace).Append("\" xmlns:xsi=\"").Append(Schema)
            .Append("\" xsi:schemaLocation=\"").Append(Namespace).Append(" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        foreach (var (id, target, type) in Keys)
            xml.Append("  <key id=\"").Append(id).Append("\" for=\"").Append(target).Append("\" attr.name=\"").Append(id)
                .Append("\" attr.type=\"").Append(type).Append("\" />\n");
        xml.Append("  <graph id=\"positions\" edgedefault=\"directed\">\n");
        if (network.From is { } from) Data(xml, "    ", "from", from);
        if (network.To is { } to) Data(xml, "    ", "to", to);
        foreach (var node in network.Nodes)
        {
            xml.Append("    <node id=\"");
            Escaped(xml, node.Id);
            xml.Append("\">\n");
            Data(xml, "      ", "label", node.Name);
            Data(xml, "      ", "type", node.Type);
            Data(xml, "statements", node.Statements);
            xml.Append("    </node>\n");
        }
        var index = 0;
        foreach (var edge in network.Edges)
        {
            xml.Append(CultureInfo.InvariantCulture, $"    <edge id=\"e{index++}\" source=\"");
            Escaped(xml, edge.Source);
            xml.Append("\" target=\"");
            Escaped(xml, edge.Target);
            xml.Append("\">\n");
            Data(xml, "      ", "kind", edge.Kind);
            xml.Append(CultureInfo.InvariantCulture, $"      <data key=\"weight\">{edge.Weight:R}</data>\n");
            Data(xml, "polarity", edge.Polarity);
            Data(xml, "support", edge.Support);
            Data(xml, "oppose", edge.Oppose);
            Data(xml, "neutral", edge.Neutral);
            xml.Append("    </edge>\n");
        }
        xml.Append("  </graph>\n</graphml>");
        return xml.ToString();
    }

    private static void Data(StringBuilder xml, string indent, string key, string value)
    {
        xml.Append(indent).Append("<data key=\"").Append(key).Append("\">");
        Escaped(xml, value);
        xml.Append("</data>\n");
    }

    private static void Data(StringBuilder xml, string key, int value) =>
        xml.Append(CultureInfo.InvariantCulture, $"      <data key=\"{key}\">{value}</data>\n");

    // For text and attribute values alike: the five markup characters, and line ends and tabs as character references
    // so an attribute keeps them (a parser turns a raw one into a space).
    private static void Escaped(StringBuilder xml, string value)
    {
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++; // a whole pair: a character beyond the first plane, written as is
                continue;
            }
            var escape = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                '\n' => "&#xA;",
                '\r' => "&#xD;",
                '\t' => "&#x9;",
                _ when c < 0x20 || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c) => throw Unwritable(value, i), // half a pair too
                _ => null,
            };
            if (escape is null)
                continue;
            xml.Append(value, start, i - start).Append(escape);
            start = i + 1;
        }
        xml.Append(value, start, value.Length - start);
    }

    private static ArgumentException Unwritable(string value, int at) =>
        new($"GraphML cannot hold the character U+{(int)value[at]:X4} at position {at} of \"{value}\"", nameof(value));
}
