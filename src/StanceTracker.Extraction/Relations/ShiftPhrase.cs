namespace StanceTracker.Extraction.Relations;

/// <summary>One phrase of the shift-cue lexicon and the side its actor is named on ("تحول بموقف موسكو": after; "Paris softened its stance": before).</summary>
public sealed record ShiftPhrase(string Name, bool ActorAfter, IReadOnlyList<string> Forms);
