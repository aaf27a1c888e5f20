namespace StanceTracker.Extraction.Model;

/// <summary>Who or what a mention refers to: the canonical id from the actor dictionary, its English name and type.</summary>
/// <param name="Type">person, state, government, organisation, armed_group, party, media, source, issue.</param>
/// <param name="Affiliation">The id of the actor it belongs to or speaks for, if known (an anonymous source's camp, a newcomer's party).</param>
public sealed record ActorRef(string Id, string Name, string Type, string? Affiliation = null);
