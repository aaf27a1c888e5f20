using System.Globalization;
using System.Text;
using System.Xml;

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

    public static string Write(PositionsNetwork network)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(new StringWriterUtf8(text), settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("graphml", Namespace);
            xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
                "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            foreach (var (id, target, type) in Keys)
            {
                xml.WriteStartElement("key", Namespace);
                xml.WriteAttributeString("id", id);
                xml.WriteAttributeString("for", target);
                xml.WriteAttributeString("attr.name", id);
                xml.WriteAttributeString("attr.type", type);
                xml.WriteEndElement();
            }
            xml.WriteStartElement("graph", Namespace);
            xml.WriteAttributeString("id", "positions");
            xml.WriteAttributeString("edgedefault", "directed");
            if (network.From is { } from) Data(xml, "from", from);
            if (network.To is { } to) Data(xml, "to", to);
            foreach (var node in network.Nodes)
            {
                xml.WriteStartElement("node", Namespace);
                xml.WriteAttributeString("id", node.Id);
                Data(xml, "label", node.Name);
                Data(xml, "type", node.Type);
                Data(xml, "statements", Number(node.Statements));
                xml.WriteEndElement();
            }
            var index = 0;
            foreach (var edge in network.Edges)
            {
                xml.WriteStartElement("edge", Namespace);
                xml.WriteAttributeString("id", $"e{Number(index++)}");
                xml.WriteAttributeString("source", edge.Source);
                xml.WriteAttributeString("target", edge.Target);
                Data(xml, "kind", edge.Kind);
                Data(xml, "weight", edge.Weight.ToString("R", CultureInfo.InvariantCulture));
                Data(xml, "polarity", Number(edge.Polarity));
                Data(xml, "support", Number(edge.Support));
                Data(xml, "oppose", Number(edge.Oppose));
                Data(xml, "neutral", Number(edge.Neutral));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return text.ToString();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // A StringWriter reports UTF-16; the declaration must say what the file will be saved as.
    private sealed class StringWriterUtf8(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
