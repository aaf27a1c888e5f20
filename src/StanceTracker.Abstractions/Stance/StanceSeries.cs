namespace StanceTracker.Abstractions.Stance;

/// <summary>
/// Groups day cells into a series per target and bucket. Counts and score sums add up; articles and outlets are
/// counted distinct across the bucket (and across actors in a roll-up), which is why cells carry keys, not counts.
/// </summary>
public static class StanceSeries
{
    public static IReadOnlyList<StancePoint> Build(IEnumerable<DayCell> cells, TimeBucket bucket)
    {
        var points = new List<StancePoint>();
        foreach (var group in cells.GroupBy(c => (c.TargetId, Start: TimeBuckets.Start(c.Day, bucket))))
        {
            int support = 0, oppose = 0, neutral = 0;
            double weighted = 0, weight = 0;
            var articles = new HashSet<int>();
            var outlets = new HashSet<int>();
            var contributors = new SortedSet<string>(StringComparer.Ordinal);
            var name = "";
            foreach (var cell in group)
            {
                support += cell.Support;
                oppose += cell.Oppose;
                neutral += cell.Neutral;
                weighted += cell.WeightedScore;
                weight += cell.Weight;
                articles.UnionWith(cell.ArticleKeys);
                outlets.UnionWith(cell.OutletKeys);
                if (cell.Support + cell.Oppose + cell.Neutral > 0)
                    contributors.Add(cell.ActorId);
                if (name.Length == 0) name = cell.TargetName;
            }
            // A bucket holding only relayed copies has provenance but no vote: it is not a point of the series.
            if (support + oppose + neutral == 0)
                continue;
            points.Add(new StancePoint(group.Key.TargetId, name, group.Key.Start, support, oppose, neutral,
                NetScore(weighted, weight), articles.Count, outlets.Count, [.. contributors]));
        }
        points.Sort(InOrder);
        return points;
    }

    /// <summary>The order of every series' points: by bucket, then by target id (ordinal), whoever built them.</summary>
    public static int InOrder(StancePoint a, StancePoint b) => a.BucketStart != b.BucketStart
        ? a.BucketStart.CompareTo(b.BucketStart)
        : string.CompareOrdinal(a.TargetId, b.TargetId);

    /// <summary>
    /// The confidence-weighted mean score, to nine decimals. The same stances summed in another order (a day at a time,
    /// a statement at a time, or by a database) differ in the last bits, and a mean on the ±0.1 line between neutral and
    /// a side then fell on either side depending on who summed: at 10^6 statements one speaker of a target with
    /// thousands came out an opponent here and neutral in SQL. Rounded, the side no longer depends on the order.
    /// </summary>
    public static double NetScore(double weightedScore, double weight) =>
        weight > 0 ? Math.Round(Math.Clamp(weightedScore / weight, -1, 1), 9) : 0;
}
