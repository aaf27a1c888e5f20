using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Actors;

/// <summary>One actor of the dictionary, or one the resolver met in an article (a titled newcomer, an anonymous source).</summary>
/// <param name="Aliases">Every written name that refers to this actor (Arabic and English, capitals, epithets). Role titles
/// are not aliases: they are in <see cref="Roles"/> and resolve by date.</param>
public sealed record ActorEntry(string Id, string Name, string Type, IReadOnlyList<string> Aliases)
{
    /// <summary>The id of the actor this one speaks for or belongs to (sarraj → gna, lavrov → russia), if any: the undated shorthand.</summary>
    public string? Affiliation { get; init; }

    /// <summary>
    /// The subset of <see cref="Aliases"/> that are epithets (مجرم الحرب for Haftar): names an opponent uses. They resolve
    /// like aliases but only make sense in the Libyan context the shipped data was written for.
    /// </summary>
    public IReadOnlyList<string> Epithets { get; init; } = [];

    /// <summary>Offices held, with their dates.</summary>
    public IReadOnlyList<ActorRole> Roles { get; init; } = [];

    /// <summary>Dated affiliations; <see cref="Affiliation"/> applies when none covers a date.</summary>
    public IReadOnlyList<ActorMembership> Memberships { get; init; } = [];

    /// <summary>Adjectives of nationality for a state (تركي، Turkish): they tie officials and office holders to it.</summary>
    public IReadOnlyList<string> Demonyms { get; init; } = [];

    /// <summary>The role text this actor was introduced with in its article (new actors only: "رئيس الحزب").</summary>
    public string? Role { get; init; }

    /// <summary>The actor this one belonged to on <paramref name="date"/>: a covering membership, else <see cref="Affiliation"/>.</summary>
    public string? AffiliationAt(DateOnly? date)
    {
        if (date is { } day)
            foreach (var membership in Memberships)
                if (membership.Tenure.Covers(day)) return membership.Of;
        return Affiliation;
    }

    /// <summary>The reference carried in mentions and statements.</summary>
    public ActorRef Ref => new(Id, Name, Type, Affiliation);
}
