using StanceTracker.Extraction.Actors;

namespace StanceTracker.Extraction.Relations;

/// <summary>An actor found next to a cue, by name or by nationality adjective, over tokens [First, End).</summary>
public readonly record struct ActorSlot(ActorEntry Actor, int First, int End);
