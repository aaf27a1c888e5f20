using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Actors;

/// <summary>A resolved mention with its token range [FirstToken, EndToken), which attribution needs beside the text span.</summary>
public sealed record ActorMatch(ActorEntry Actor, int FirstToken, int EndToken, Span Span)
{
    public Mention ToMention() => new(Actor.Ref, Span);
}
