namespace StanceTracker.Abstractions.Actors;

/// <summary>An actor that counts toward a group between two days (inclusive; null is open), from the actor dictionary's dated affiliations.</summary>
[GenerateSerializer, Immutable, Alias("stance.MemberSpan")]
public sealed record MemberSpan(string MemberId, DateTime? From, DateTime? To)
{
    public bool Covers(DateTime day) => (From is not { } f || day >= f) && (To is not { } t || day <= t);
}
