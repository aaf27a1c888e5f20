namespace StanceTracker.Grains.Actors;

/// <summary>An actor's stance toward one target, by day (UTC day number since 0001-01-01), so any bucket can be rolled up at query time.</summary>
public sealed class TargetTally
{
    public string Name { get; set; } = "";
    public string Type { get; set; } = "";
    public Dictionary<int, DayTally> Days { get; set; } = [];
}
