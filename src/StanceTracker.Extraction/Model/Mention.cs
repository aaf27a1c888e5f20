namespace StanceTracker.Extraction.Model;

/// <summary>A place in the text that names an actor.</summary>
/// <param name="Role">The office or title the mention named the actor by ("الرئيس التركي", "رئيس الحزب"), if it was a role.</param>
/// <param name="Confidence">1 for a name; lower when a role was resolved without the article's date or had several holders.</param>
public sealed record Mention(ActorRef Actor, Span Span, string? Role = null, double Confidence = 1.0);
