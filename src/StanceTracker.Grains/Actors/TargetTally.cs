namespace StanceTracker.Grains.Actors;

/// <summary>An actor's stance toward one target, by day (UTC day number since 0001-01-01), so any bucket can be rolled up at query time.</summary>
public sealed class TargetTally
{
    public string Name { get; set; } = "";
    public string Type { get; set; } = "";
    public Dictionary<int, DayTally> Days { get; set; } = [];

    // The day numbers in order, for series: sorting a much-quoted pair's thousand days was most of a timeline's work.
    // Days are only ever added, so the array holds while its length is the dictionary's.
    private int[]? _daysInOrder;

    /// <summary>The keys of <see cref="Days"/> in ascending order; sorted again only after a day was added.</summary>
    public int[] DaysInOrder()
    {
        if (_daysInOrder is null || _daysInOrder.Length != Days.Count)
        {
            var days = new int[Days.Count];
            Days.Keys.CopyTo(days, 0);
            Array.Sort(days);
            _daysInOrder = days;
        }
        return _daysInOrder;
    }
}
