using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Api.Network;
using StanceTracker.Api.Queries;
using static StanceTracker.Grains.Tests.Said;

namespace StanceTracker.Grains.Tests;

public sealed class NetworkTests
{
    private static readonly XNamespace GraphMl = NetworkGraphMl.Namespace;

    private static async Task<StanceCluster> StartWithPositionsAsync()
    {
        var stance = await StanceCluster.StartAsync();
        await RecordAsync(stance.Grains,
            By("egypt", "e1", "2020-01-10", "haftar", StanceKind.Support, 0.8),
            By("egypt", "e2", "2020-02-10", "haftar", StanceKind.Support, 0.9),
            By("egypt", "e3", "2020-02-11", "gna", StanceKind.Oppose, -0.5),
            By("russia", "r1", "2020-01-08", "haftar", StanceKind.Support, 0.7),
            By("turkey", "t1", "2020-01-20", "haftar", StanceKind.Oppose, -0.9),
            By("turkey", "t2", "2020-01-21", "gna", StanceKind.Support, 0.9),
            By("un", "u1", "2020-01-25", "haftar", StanceKind.Neutral, 0),
            // Outside the window asked for below.
            By("russia", "r2", "2020-07-02", "haftar", StanceKind.Oppose, -0.9));
        return stance;
    }

    [Fact]
    public async Task Positions_and_agreement_and_conflict_edges_follow_shared_targets()
    {
        await using var stance = await StartWithPositionsAsync();
        var network = await StanceQueries.NetworkAsync(stance.Grains, Day("2020-01-01"), Day("2020-03-31"));

        Assert.Equal(("2020-01-01", "2020-03-31"), (network.From, network.To));
        Assert.Equal(["egypt", "gna", "haftar", "russia", "turkey", "un"], network.Nodes.Select(n => n.Id));
        Assert.Equal([3, 0, 0, 1, 2, 1], network.Nodes.Select(n => n.Statements));

        var positions = network.Edges.Where(e => e.Kind == NetworkEdge.Position).Select(e => (e.Source, e.Target, e.Support, e.Oppose, e.Neutral));
        Assert.Equal([("egypt", "gna", 0, 1, 0), ("egypt", "haftar", 2, 0, 0), ("russia", "haftar", 1, 0, 0),
            ("turkey", "gna", 1, 0, 0), ("turkey", "haftar", 0, 1, 0), ("un", "haftar", 0, 0, 1)], positions);
        Assert.Equal(0.85, network.Edges.Single(e => e is { Source: "egypt", Target: "haftar" }).Weight, 9);

        // Egypt and Russia both back Haftar; Turkey opposes him and both of them, and also differs with Egypt on the GNA.
        // The UN takes no side, so it has no actor-to-actor edge.
        var pairs = network.Edges.Where(e => e.Kind != NetworkEdge.Position).Select(e => (e.Source, e.Target, e.Kind, e.Weight, e.Support, e.Oppose));
        Assert.Equal([
            ("egypt", "russia", NetworkEdge.Agreement, 1.0, 1, 0),
            ("egypt", "turkey", NetworkEdge.Conflict, 2.0, 1, 1),
            ("russia", "turkey", NetworkEdge.Conflict, 1.0, 1, 0)], pairs);
        Assert.All(network.Edges.Where(e => e.Kind != NetworkEdge.Position), e => Assert.True(string.CompareOrdinal(e.Source, e.Target) < 0));
    }

    [Fact]
    public void Positions_out_of_speaker_and_target_order_build_the_same_network()
    {
        // The logs hand the builder sorted positions and it relies on that order; a log that does not must still get the
        // same nodes, edges and edge order.
        ActorTargetPosition P(string actor, string target, int support, int oppose, double net) => new(actor, target, support, oppose, 0, net);
        List<ActorTargetPosition> sorted =
        [
            P("egypt", "gna", 0, 1, -0.5), P("egypt", "haftar", 2, 0, 0.85), P("russia", "gna", 0, 2, -0.6), P("russia", "haftar", 1, 0, 0.7),
            P("turkey", "gna", 1, 0, 0.9), P("turkey", "haftar", 0, 1, -0.9), P("uae", "haftar", 3, 0, 0.8),
        ];
        var counts = new Dictionary<string, int> { ["egypt"] = 3, ["russia"] = 3, ["turkey"] = 2, ["uae"] = 3 };
        var actors = new Dictionary<string, StanceTracker.Abstractions.Actors.ActorInfo>();
        var expected = NetworkJson.Write(NetworkBuilder.Build(new WindowPositions(sorted, counts), actors, null, null));
        var shuffled = sorted.OrderBy(p => p.TargetId).ThenByDescending(p => p.ActorId).ToList();
        Assert.Equal(expected, NetworkJson.Write(NetworkBuilder.Build(new WindowPositions(shuffled, counts), actors, null, null)));
        Assert.Contains("\"source\":\"egypt\",\"target\":\"uae\",\"kind\":\"agreement\"", expected);
    }

    [Fact]
    public async Task The_json_keeps_the_contract()
    {
        await using var stance = await StartWithPositionsAsync();
        var network = await StanceQueries.NetworkAsync(stance.Grains, null, Day("2020-03-31"));
        using var json = JsonDocument.Parse(NetworkJson.Write(network));
        var root = json.RootElement;
        Assert.Equal(["from", "to", "nodes", "edges"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("from").ValueKind);
        Assert.Equal("2020-03-31", root.GetProperty("to").GetString());
        Assert.All(root.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(["id", "name", "type", "statements"], n.EnumerateObject().Select(p => p.Name)));
        Assert.All(root.GetProperty("edges").EnumerateArray(), e =>
        {
            Assert.Equal(["source", "target", "kind", "weight", "support", "oppose", "neutral"], e.EnumerateObject().Select(p => p.Name));
            Assert.Contains(e.GetProperty("kind").GetString(), new[] { "position", "agreement", "conflict" });
        });
    }

    [Fact]
    public async Task The_graphml_reads_back_with_the_nodes_edges_and_weights_exported()
    {
        await using var stance = await StartWithPositionsAsync();
        var network = await StanceQueries.NetworkAsync(stance.Grains, Day("2020-01-01"), Day("2020-03-31"));
        var document = XDocument.Parse(NetworkGraphMl.Write(network));

        var root = document.Root!;
        Assert.Equal(GraphMl + "graphml", root.Name);
        var keys = root.Elements(GraphMl + "key").ToDictionary(k => (string)k.Attribute("id")!);
        foreach (var (name, target, type) in new[] { ("label", "node", "string"), ("statements", "node", "int"), ("kind", "edge", "string"),
                     ("weight", "edge", "double"), ("polarity", "edge", "int"), ("support", "edge", "int") })
        {
            Assert.Equal(target, (string)keys[name].Attribute("for")!);
            Assert.Equal(name, (string)keys[name].Attribute("attr.name")!);
            Assert.Equal(type, (string)keys[name].Attribute("attr.type")!);
        }
        var graph = root.Element(GraphMl + "graph")!;
        Assert.Equal("directed", (string)graph.Attribute("edgedefault")!);
        // Every data element refers to a declared key for its kind of element.
        Assert.All(document.Descendants(GraphMl + "data"), d =>
            Assert.Equal(d.Parent!.Name.LocalName, (string)keys[(string)d.Attribute("key")!].Attribute("for")!));

        string Data(XElement element, string key) => element.Elements(GraphMl + "data").Single(d => (string)d.Attribute("key")! == key).Value;
        var nodes = graph.Elements(GraphMl + "node")
            .Select(n => new NetworkNode((string)n.Attribute("id")!, Data(n, "label"), Data(n, "type"), int.Parse(Data(n, "statements"), CultureInfo.InvariantCulture)))
            .ToList();
        Assert.Equal(network.Nodes, nodes);
        var edges = graph.Elements(GraphMl + "edge")
            .Select(e => new NetworkEdge((string)e.Attribute("source")!, (string)e.Attribute("target")!, Data(e, "kind"),
                double.Parse(Data(e, "weight"), CultureInfo.InvariantCulture), int.Parse(Data(e, "support"), CultureInfo.InvariantCulture),
                int.Parse(Data(e, "oppose"), CultureInfo.InvariantCulture), int.Parse(Data(e, "neutral"), CultureInfo.InvariantCulture)))
            .ToList();
        Assert.Equal(network.Edges, edges);
        Assert.Equal(network.Edges.Select(e => e.Polarity),
            graph.Elements(GraphMl + "edge").Select(e => int.Parse(Data(e, "polarity"), CultureInfo.InvariantCulture)));
        Assert.Equal([1, -1, -1], network.Edges.Where(e => e.Kind != NetworkEdge.Position).Select(e => e.Polarity));
        Assert.Equal(edges.Count, graph.Elements(GraphMl + "edge").Select(e => (string)e.Attribute("id")!).Distinct().Count());
    }

    [Fact]
    public void The_graphml_keeps_markup_characters_and_any_script_in_names_and_refuses_what_xml_cannot_hold()
    {
        const string odd = "Tom & \"Jerry\" <co>, 'l'ami'\tand\r\nmore";
        var network = new PositionsNetwork("2020-01-01", null,
            [new NetworkNode(odd, "فايز السراج 🇱🇾", "person & co", 3), new NetworkNode("haftar", "خليفة حفتر", "person", 0)],
            [new NetworkEdge(odd, "haftar", NetworkEdge.Position, -0.123456789012345, 0, 2, 1)]);
        var graph = XDocument.Parse(NetworkGraphMl.Write(network)).Root!.Element(GraphMl + "graph")!;
        string Data(XElement element, string key) => element.Elements(GraphMl + "data").Single(d => (string)d.Attribute("key")! == key).Value;
        Assert.Equal("2020-01-01", Data(graph, "from"));
        var nodes = graph.Elements(GraphMl + "node").ToList();
        Assert.Equal([odd, "haftar"], nodes.Select(n => (string)n.Attribute("id")!));
        Assert.Equal(["فايز السراج 🇱🇾", "خليفة حفتر"], nodes.Select(n => Data(n, "label")));
        Assert.Equal("person & co", Data(nodes[0], "type"));
        var edge = Assert.Single(graph.Elements(GraphMl + "edge"));
        Assert.Equal((odd, "haftar", -0.123456789012345, "-1"),
            ((string)edge.Attribute("source")!, (string)edge.Attribute("target")!, double.Parse(Data(edge, "weight"), CultureInfo.InvariantCulture), Data(edge, "polarity")));

        var unwritable = new PositionsNetwork(null, null, [new NetworkNode("a\u0001b", "A", "state", 1)], []);
        Assert.Contains("U+0001", Assert.Throws<ArgumentException>(() => NetworkGraphMl.Write(unwritable)).Message);
        var halfPair = new PositionsNetwork(null, null, [new NetworkNode("a", "\ud83c", "state", 1)], []);
        Assert.Throws<ArgumentException>(() => NetworkGraphMl.Write(halfPair));
    }

    [Fact]
    public void The_csv_is_an_edge_list_gephi_reads_and_quotes_what_needs_it()
    {
        var network = new PositionsNetwork(null, null,
            [new NetworkNode("a", "A", "state", 1), new NetworkNode("odd, \"id\"", "Odd", "person", 0)],
            [new NetworkEdge("a", "odd, \"id\"", NetworkEdge.Position, -0.5, 0, 2, 1), new NetworkEdge("a", "b", NetworkEdge.Agreement, 2, 1, 1, 0)]);
        var lines = NetworkCsv.Write(network).Split("\r\n");
        Assert.Equal([
            "Source,Target,Type,Kind,Weight,Support,Oppose,Neutral",
            "a,\"odd, \"\"id\"\"\",Directed,position,-0.5,0,2,1",
            "a,b,Undirected,agreement,2,1,1,0",
            ""], lines);
    }
}
