namespace StanceTracker.Abstractions.Actors;

/// <summary>Who an actor is: canonical id, English name, type and the names it is known by.</summary>
[GenerateSerializer, Immutable, Alias("stance.ActorInfo")]
public sealed record ActorInfo(string Id, string Name, string Type, IReadOnlyList<string> Aliases);
