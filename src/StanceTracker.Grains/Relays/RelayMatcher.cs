namespace StanceTracker.Grains.Relays;


/// <summary>
/// Decides whether a new statement repeats one already logged for the same speaker. Candidates are the speaker's
/// statements within <see cref="RelaySettings.WithinDays"/> that are not relays themselves, so every relay points at
/// the copy that carries the vote. Kept apart from storage so every log backend decides the same way.
/// </summary>
/// <remarks>
/// Cost: a speaker's <see cref="RelayWindow"/> keys each statement that can be relayed (not a relay, at least
/// <see cref="RelaySettings.MinTokens"/> words) by its <see cref="Keys"/>, and looks up a new statement's keys within
/// the day window. Only statements that share a key can reach the threshold, so the lookup reads a handful of entries
/// however long the speaker's history is, and the exact Jaccard check then runs on those few word sets.
/// </remarks>
public sealed class RelayMatcher(RelaySettings settings)
{
    public RelaySettings Settings => settings;

    /// <summary>
    /// The index keys of a statement that may be relayed later, and the keys to look up for a new one: the prefix of its
    /// words at <see cref="RelaySettings.MinSimilarity"/>; none when it is too short to be a relay or to be relayed.
    /// </summary>
    public ReadOnlySpan<string> Keys(ContentTokens tokens) =>
        tokens.Count < settings.MinTokens ? [] : tokens.Prefix(settings.MinSimilarity);

    /// <summary>
    /// The candidate most like the new statement at or above the threshold (ties: the earliest logged), or none.
    /// Candidates are those sharing a key (<see cref="Keys"/>) within the window; a candidate may appear more than once.
    /// </summary>
    public RelayMatch? Find(string articleId, ContentTokens tokens, IEnumerable<RelayCandidate> candidates)
    {
        if (tokens.Count < settings.MinTokens)
            return null;
        RelayMatch? best = null;
        foreach (var candidate in candidates)
        {
            // Two statements in one article are two things said, even when alike.
            if (candidate.ArticleId == articleId) continue;
            if (candidate.Words.Count < settings.MinTokens) continue;
            var similarity = tokens.Jaccard(candidate.Words);
            if (similarity < settings.MinSimilarity) continue;
            if (best is not { } b || similarity > b.Similarity || (similarity == b.Similarity && candidate.Sequence < b.OriginalSequence))
                best = new RelayMatch(candidate.Sequence, candidate.Published, similarity);
        }
        return best;
    }
}
