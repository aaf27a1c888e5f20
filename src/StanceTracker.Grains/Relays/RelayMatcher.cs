namespace StanceTracker.Grains.Relays;

/// <summary>A statement already logged that a new one may relay: its log position, article and content.</summary>
public readonly record struct RelayCandidate(long Sequence, string ArticleId, DateTimeOffset Published, string Content);

/// <summary>The statement a new one relays, and how similar their contents are.</summary>
public readonly record struct RelayMatch(long OriginalSequence, DateTimeOffset OriginalPublished, double Similarity);

/// <summary>
/// Decides whether a new statement repeats one already logged for the same speaker. Candidates are the speaker's
/// statements within <see cref="RelaySettings.WithinDays"/> that are not relays themselves, so every relay points at
/// the copy that carries the vote. Kept apart from storage so every log backend decides the same way.
/// </summary>
public sealed class RelayMatcher(RelaySettings settings)
{
    public RelaySettings Settings => settings;

    public RelayMatch? Find(string articleId, string content, IEnumerable<RelayCandidate> candidates)
    {
        var tokens = ContentTokens.Of(content);
        if (tokens.Count < settings.MinTokens)
            return null;
        RelayMatch? best = null;
        foreach (var candidate in candidates)
        {
            // Two statements in one article are two things said, even when alike.
            if (candidate.ArticleId == articleId) continue;
            var other = ContentTokens.Of(candidate.Content);
            if (other.Count < settings.MinTokens) continue;
            var similarity = tokens.Jaccard(other);
            if (similarity >= settings.MinSimilarity && (best is null || similarity > best.Value.Similarity))
                best = new RelayMatch(candidate.Sequence, candidate.Published, similarity);
        }
        return best;
    }
}
