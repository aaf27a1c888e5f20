namespace StanceTracker.Abstractions.Actors;

/// <summary>One row of the actor list.</summary>
[GenerateSerializer, Immutable, Alias("stance.ActorSummary")]
public sealed record ActorSummary(
    string Id,
    string Name,
    string Type,
    int Statements,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen);
