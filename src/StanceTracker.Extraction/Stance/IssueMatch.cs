using StanceTracker.Extraction.Actors;

namespace StanceTracker.Extraction.Stance;

/// <summary>An issue named in a statement's content: where, and whether the words name its negation (see <see cref="IssueForm"/>).</summary>
public sealed record IssueMatch(ActorMatch Match, bool Opposite);
