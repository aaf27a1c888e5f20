namespace StanceTracker.Grains.Targets;

/// <summary>
/// The strongest <c>limit</c> speakers of one side of a standing, chosen in one pass with a heap of at most
/// <c>limit</c> entries (O(n log limit), nothing allocated per speaker offered), and how many were offered in all.
/// Ranked by strength descending, then by actor id (ordinal) ascending: a total order, so the strongest few are exactly
/// the first few of the whole side sorted that way.
/// </summary>
public sealed class StrongestSpeakers(int limit)
{
    private readonly PriorityQueue<(string Holder, SpeakerTally Tally), (double Strength, string Holder)> _kept =
        new(Math.Min(limit, 64), WeakestFirst.Instance);

    /// <summary>Every speaker offered, kept or not.</summary>
    public int Total { get; private set; }

    public void Offer(string holder, in SpeakerTally tally, double strength)
    {
        Total++;
        if (limit == 0)
            return;
        if (_kept.Count < limit)
        {
            _kept.Enqueue((holder, tally), (strength, holder));
            return;
        }
        // Full: the newcomer replaces the weakest kept only if it ranks above it.
        _kept.TryPeek(out _, out var weakest);
        if (WeakestFirst.Instance.Compare((strength, holder), weakest) > 0)
            _kept.EnqueueDequeue((holder, tally), (strength, holder));
    }

    /// <summary>The kept speakers, strongest first. Empties the selection.</summary>
    public List<(string Holder, SpeakerTally Tally)> TakeRanked()
    {
        var ranked = new List<(string, SpeakerTally)>(_kept.Count);
        while (_kept.TryDequeue(out var kept, out _))
            ranked.Add(kept);
        ranked.Reverse();
        return ranked;
    }

    // The heap's root is the weakest kept: lower strength, and on equal strength the later id.
    private sealed class WeakestFirst : IComparer<(double Strength, string Holder)>
    {
        public static readonly WeakestFirst Instance = new();

        public int Compare((double Strength, string Holder) x, (double Strength, string Holder) y)
        {
            var byStrength = x.Strength.CompareTo(y.Strength);
            return byStrength != 0 ? byStrength : string.CompareOrdinal(y.Holder, x.Holder);
        }
    }
}
