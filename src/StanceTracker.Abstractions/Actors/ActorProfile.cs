using StanceTracker.Abstractions.Stance;

namespace StanceTracker.Abstractions.Actors;

/// <summary>An actor as a user looks it up: names, activity and its strongest positions.</summary>
[GenerateSerializer, Immutable, Alias("stance.ActorProfile")]
public sealed record ActorProfile(
    ActorInfo Actor,
    int Statements,
    int Articles,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    IReadOnlyList<TargetPosition> Supports,
    IReadOnlyList<TargetPosition> Opposes);
