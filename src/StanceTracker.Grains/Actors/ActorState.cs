namespace StanceTracker.Grains.Actors;

/// <summary>
/// The actor grain's persisted snapshot: aggregates only. The statements themselves live in the statement log;
/// <see cref="AppliedSequence"/> says how far into the log this snapshot has counted, so a stale snapshot is caught up on activation.
/// </summary>
public sealed class ActorState
{
    public string Name { get; set; } = "";
    public string Type { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
    public long AppliedSequence { get; set; }
    public int Statements { get; set; }
    public DateTimeOffset? FirstSeen { get; set; }
    public DateTimeOffset? LastSeen { get; set; }
    public Dictionary<string, TargetTally> Targets { get; set; } = [];

    /// <summary>Shifts already sent to the live feed (target, day, from → to), so each is announced once.</summary>
    public HashSet<string> PublishedShifts { get; set; } = [];
}
