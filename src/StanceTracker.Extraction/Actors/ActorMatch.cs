using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Actors;

/// <summary>A resolved mention with its token range [FirstToken, EndToken), which attribution needs beside the text span.</summary>
/// <param name="Role">The role text the actor was named by, when the mention was a title resolved by date.</param>
/// <param name="Confidence">See <see cref="Mention.Confidence"/>.</param>
public sealed record ActorMatch(ActorEntry Actor, int FirstToken, int EndToken, Span Span, string? Role = null, double Confidence = 1.0)
{
    public Mention ToMention() => new(Actor.Ref, Span, Role, Confidence);
}
