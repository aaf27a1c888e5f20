using StanceTracker.Abstractions.Stance;

namespace StanceTracker.Grains.Actors;

/// <summary>
/// One actor's stance series straight from its day tallies: the points <see cref="StanceSeries.Build"/> makes from the
/// actor's day cells, without a cell per day, a grouping by tuple key, and three sets per bucket. A timeline is the
/// most asked question of an actor and a much-quoted pair has a thousand days, so this is the grain's hot read path;
/// <see cref="StanceSeries"/> stays the one for roll-ups, whose cells come from many actors.
/// </summary>
public static class ActorSeries
{
    /// <param name="first">First day number of the window (inclusive).</param>
    /// <param name="last">Last day number of the window (inclusive).</param>
    public static IReadOnlyList<StancePoint> Build(string actorId, IEnumerable<KeyValuePair<string, TargetTally>> targets,
        int first, int last, TimeBucket bucket)
    {
        var points = new List<StancePoint>();
        // Shared by every point (the record is immutable); a plain array, which every serializer knows.
        string[] contributors = [actorId];
        var articles = new HashSet<int>();
        var outlets = new HashSet<int>();
        foreach (var (targetId, tally) in targets)
        {
            // Days in order: the window is one run of them, each bucket a run within it, and the sets are cleared, not
            // made, per bucket.
            var days = tally.DaysInOrder();
            var i = FirstAtOrAfter(days, first);
            while (i < days.Length && days[i] <= last)
            {
                var start = TimeBuckets.Start(StanceCalendar.DayOf(days[i]), bucket);
                var end = StanceCalendar.DayNumberOf(TimeBuckets.Next(start, bucket));
                int support = 0, oppose = 0, neutral = 0;
                double weighted = 0, weight = 0;
                articles.Clear();
                outlets.Clear();
                for (; i < days.Length && days[i] < end && days[i] <= last; i++)
                {
                    var cell = tally.Days[days[i]];
                    support += cell.Support;
                    oppose += cell.Oppose;
                    neutral += cell.Neutral;
                    weighted += cell.WeightedScore;
                    weight += cell.Weight;
                    foreach (var article in cell.Articles) articles.Add(article);
                    foreach (var outlet in cell.Outlets) outlets.Add(outlet);
                }
                // A bucket holding only relayed copies has provenance but no vote: it is not a point of the series.
                if (support + oppose + neutral == 0)
                    continue;
                points.Add(new StancePoint(targetId, tally.Name, start, support, oppose, neutral,
                    StanceSeries.NetScore(weighted, weight), articles.Count, outlets.Count, contributors));
            }
        }
        if (points.Count > 1)
            points.Sort(StanceSeries.InOrder);
        return points;
    }

    private static int FirstAtOrAfter(int[] days, int day)
    {
        var at = Array.BinarySearch(days, day);
        return at >= 0 ? at : ~at;
    }
}
