using System.Text.Json.Serialization;

namespace StanceTracker.Api.Network;

/// <summary>
/// The positions network of a window: actors and targets as nodes, signed weighted edges from each actor to each
/// target it spoke about ("position"), and actor-to-actor edges from shared targets ("agreement", "conflict").
/// This is the JSON contract of GET /api/network and `stance network --format json`.
/// </summary>
/// <param name="From">First day of the window (ISO 8601 date), null when open.</param>
/// <param name="To">Last day of the window (ISO 8601 date, inclusive), null when open.</param>
public sealed record PositionsNetwork(string? From, string? To, IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges);

/// <param name="Type">The actor dictionary's type: person, state, government, organisation, armed_group, party, media, source, issue.</param>
/// <param name="Statements">Statements the node made as a speaker in the window (relays counted once); 0 for one only spoken about.</param>
public sealed record NetworkNode(string Id, string Name, string Type, int Statements);

/// <summary>
/// One edge. Position (actor → target): Support/Oppose/Neutral count the actor's statements toward the target and
/// Weight is their confidence-weighted net score in [-1, 1]. Agreement and conflict (actor ↔ actor, Source &lt; Target
/// by ordinal id, written once): Weight is the number of targets on which both take a side, agreeing or opposed;
/// Support and Oppose split it by the side Source takes; Neutral is 0.
/// </summary>
public sealed record NetworkEdge(string Source, string Target, string Kind, double Weight, int Support, int Oppose, int Neutral)
{
    public const string Position = "position";
    public const string Agreement = "agreement";
    public const string Conflict = "conflict";

    /// <summary>The sign of the relation: +1 support or agreement, -1 opposition or conflict, 0 a neutral position.
    /// Written to GraphML only: the JSON contract has exactly the fields above.</summary>
    [JsonIgnore]
    public int Polarity => Kind switch
    {
        Agreement => 1,
        Conflict => -1,
        _ => Math.Sign(Weight) * (Math.Abs(Weight) > 0.1 ? 1 : 0),
    };
}
