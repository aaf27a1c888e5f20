using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Relations;

/// <summary>One cue of the relation lexicon: its written forms, the polarity it states and the word orders it takes (tried in order).</summary>
public sealed record RelationPattern(string Name, Polarity Polarity, IReadOnlyList<RelationLayout> Layouts, IReadOnlyList<string> Forms);
