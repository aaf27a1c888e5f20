using StanceTracker.Abstractions.Actors;

namespace StanceTracker.Abstractions.Grains;

/// <summary>The list of actors that have spoken or been spoken about, for listing and search. A single instance (key 0).</summary>
[Alias("stance.IActorDirectoryGrain")]
public interface IActorDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Adds actors not yet listed; cheap when all are known already.</summary>
    [Alias("Register")]
    Task RegisterAsync(IReadOnlyList<ActorInfo> actors);

    [Alias("Find")]
    Task<ActorInfo?> FindAsync(string id);

    /// <summary>
    /// The actors that count toward a group, each with the days it does: from the actor dictionary's dated
    /// memberships, and its undated affiliation outside them. One level: members of members are not included.
    /// </summary>
    [Alias("GetMembers")]
    Task<IReadOnlyList<MemberSpan>> GetMembersAsync(string groupId);

    /// <summary>Actors whose id, name or an alias contains the text (case- and diacritic-insensitive); all when text is empty.</summary>
    [Alias("Search")]
    Task<IReadOnlyList<ActorInfo>> SearchAsync(string? text);
}
