using StanceTracker.Abstractions.Stance;
using StanceTracker.Grains.Actors;

namespace StanceTracker.Grains.Targets;

/// <summary>
/// One speaker's (or one group's) summed record toward a target: counts, score sums and the days it spans. A value, so
/// a pass over thousands of speakers allocates nothing per speaker; only a roll-up carries a set of contributors.
/// The sums are added in the same order and the same way as <see cref="DayTally"/>, so the net score is the same to the bit.
/// </summary>
public struct SpeakerTally
{
    public int Support;
    public int Oppose;
    public int Neutral;
    public double WeightedScore;
    public double Weight;
    public int FirstDay;
    public int LastDay;

    /// <summary>In a members roll-up, the actors whose statements make the record; null when the holder alone spoke.</summary>
    public SortedSet<string>? Contributors;

    public readonly int Statements => Support + Oppose + Neutral;

    public readonly bool IsEmpty => Statements == 0;

    public readonly double NetScore => StanceSeries.NetScore(WeightedScore, Weight);

    /// <summary>Counts one statement's stance on its day.</summary>
    public void Count(int day, StanceKind stance, double score, double confidence)
    {
        Span(day);
        switch (stance)
        {
            case StanceKind.Support: Support++; break;
            case StanceKind.Oppose: Oppose++; break;
            default: Neutral++; break;
        }
        WeightedScore += score * confidence;
        Weight += confidence;
    }

    /// <summary>Adds one day's tally.</summary>
    public void Add(int day, DayTally tally)
    {
        Span(day);
        Support += tally.Support;
        Oppose += tally.Oppose;
        Neutral += tally.Neutral;
        WeightedScore += tally.WeightedScore;
        Weight += tally.Weight;
    }

    /// <summary>A speaker's days within [first, last] summed; empty when none falls inside.</summary>
    public static SpeakerTally Within(Dictionary<int, DayTally> days, int first, int last)
    {
        var sum = default(SpeakerTally);
        foreach (var (day, tally) in days)
            if (day >= first && day <= last)
                sum.Add(day, tally);
        return sum;
    }

    private void Span(int day)
    {
        (FirstDay, LastDay) = IsEmpty ? (day, day) : (Math.Min(FirstDay, day), Math.Max(LastDay, day));
    }
}
