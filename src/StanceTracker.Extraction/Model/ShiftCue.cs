namespace StanceTracker.Extraction.Model;

/// <summary>
/// Explicit talk of an actor changing its position ("تحول بموقف موسكو", "a U-turn by Paris"). It is a hint for the
/// analyst beside the shifts derived from statements, not a stance of its own: it says that a position moved, not where to.
/// </summary>
/// <param name="Actor">The actor whose position is said to change.</param>
/// <param name="Evidence">The shift phrase together with the words naming the actor.</param>
public sealed record ShiftCue(ActorRef Actor, Span Evidence);
