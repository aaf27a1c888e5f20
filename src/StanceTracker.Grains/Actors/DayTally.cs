namespace StanceTracker.Grains.Actors;

/// <summary>One day's stance of an actor toward one target: counts, and the sums behind a confidence-weighted net score.</summary>
public sealed class DayTally
{
    public int Support { get; set; }
    public int Oppose { get; set; }
    public int Neutral { get; set; }
    public double WeightedScore { get; set; }
    public double Weight { get; set; }

    public void Add(DayTally other)
    {
        Support += other.Support;
        Oppose += other.Oppose;
        Neutral += other.Neutral;
        WeightedScore += other.WeightedScore;
        Weight += other.Weight;
    }

    public double NetScore => Weight > 0 ? Math.Clamp(WeightedScore / Weight, -1, 1) : 0;
}
