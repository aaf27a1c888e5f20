namespace StanceTracker.Extraction.Model;

/// <summary>A place in the text that names an actor.</summary>
public sealed record Mention(ActorRef Actor, Span Span);
