using System.Text.Json.Serialization;
using StanceTracker.Abstractions.Stance;

namespace StanceTracker.Grains.Actors;

/// <summary>One day's stance of an actor toward one target: counts, and the sums behind a confidence-weighted net score.</summary>
[JsonConverter(typeof(DayTallyJson))]
public sealed class DayTally
{
    public int Support { get; set; }
    public int Oppose { get; set; }
    public int Neutral { get; set; }
    public double WeightedScore { get; set; }
    public double Weight { get; set; }

    /// <summary>Keys (<see cref="SourceKey"/>) of the articles that carried the day's statements, relays included: a handful a day.</summary>
    public List<int> Articles { get; set; } = [];

    /// <summary>Keys of the outlets that carried them.</summary>
    public List<int> Outlets { get; set; } = [];

    /// <summary>Counts a stance on its day in a by-day series, adding the day if it is new.</summary>
    public static void Count(Dictionary<int, DayTally> days, int day, StanceKind stance, double score, double confidence)
    {
        if (!days.TryGetValue(day, out var tally))
            days[day] = tally = new DayTally();
        tally.Count(stance, score, confidence);
    }

    /// <summary>Notes an article (and its outlet) that carried a statement toward the target on this day, once each.</summary>
    public void NoteSource(int article, int? outlet)
    {
        if (!Articles.Contains(article)) Articles.Add(article);
        if (outlet is { } o && !Outlets.Contains(o)) Outlets.Add(o);
    }

    public static DayTally Sum(IEnumerable<DayTally> days)
    {
        var sum = new DayTally();
        foreach (var day in days)
            sum.Add(day);
        return sum;
    }

    /// <summary>Counts one statement's stance toward the target.</summary>
    public void Count(StanceKind stance, double score, double confidence)
    {
        switch (stance)
        {
            case StanceKind.Support: Support++; break;
            case StanceKind.Oppose: Oppose++; break;
            default: Neutral++; break;
        }
        WeightedScore += score * confidence;
        Weight += confidence;
    }

    /// <summary>Adds the counts and score sums only: sources are counted distinct where a bucket is built.</summary>
    public void Add(DayTally other)
    {
        Support += other.Support;
        Oppose += other.Oppose;
        Neutral += other.Neutral;
        WeightedScore += other.WeightedScore;
        Weight += other.Weight;
    }

    public double NetScore => StanceSeries.NetScore(WeightedScore, Weight);
}
