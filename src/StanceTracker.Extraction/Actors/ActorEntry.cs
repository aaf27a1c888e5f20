using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Actors;

/// <summary>One actor of the dictionary.</summary>
/// <param name="Aliases">Every written name that refers to this actor (Arabic and English, titles, capitals, epithets).</param>
public sealed record ActorEntry(string Id, string Name, string Type, IReadOnlyList<string> Aliases)
{
    /// <summary>The id of the actor this one speaks for or belongs to (sarraj → gna, lavrov → russia), if any.</summary>
    public string? Affiliation { get; init; }

    /// <summary>
    /// The subset of <see cref="Aliases"/> that are epithets (مجرم الحرب for Haftar): names an opponent uses. They resolve
    /// like aliases but only make sense in the Libyan context the shipped data was written for.
    /// </summary>
    public IReadOnlyList<string> Epithets { get; init; } = [];

    /// <summary>The reference carried in mentions and statements.</summary>
    public ActorRef Ref => new(Id, Name, Type);
}
