namespace StanceTracker.Extraction.Actors;

/// <summary>A dated affiliation: the actor belonged to (or spoke for) <paramref name="Of"/> during <paramref name="Tenure"/>.</summary>
public sealed record ActorMembership(string Of, Tenure Tenure);
