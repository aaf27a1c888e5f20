namespace StanceTracker.Extraction.Actors;

/// <summary>
/// An office an actor held for a time (PETRARCH-style dated role): the title phrases that name the office, the actor the
/// office belongs to, and when. "وزير الخارجية الفرنسي" names whoever held the office on the article's date.
/// </summary>
/// <param name="Titles">The written phrases naming the office, Arabic and English.</param>
/// <param name="Of">The actor the office belongs to (france for the French foreign minister), if any.</param>
public sealed record ActorRole(IReadOnlyList<string> Titles, string? Of, Tenure Tenure);
