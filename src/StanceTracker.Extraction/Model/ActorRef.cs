namespace StanceTracker.Extraction.Model;

/// <summary>Who or what a mention refers to: the canonical id from the actor dictionary, its English name and type.</summary>
/// <param name="Type">person, state, government, organisation, armed_group, party, media, source, issue.</param>
public sealed record ActorRef(string Id, string Name, string Type);
