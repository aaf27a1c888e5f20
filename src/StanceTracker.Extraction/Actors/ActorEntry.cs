namespace StanceTracker.Extraction.Actors;

/// <summary>One actor of the dictionary.</summary>
public sealed record ActorEntry(string Id, string Name, string Type, IReadOnlyList<string> Aliases);
