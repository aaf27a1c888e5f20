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

    /// <summary>
    /// The actor's statements by UTC day of publication (day number → count), relays left out: a statements page's total
    /// for any window is a sum of these instead of a COUNT over the log with a relay check per statement. Null in a
    /// snapshot written before it was kept; such an actor rebuilds its aggregates from the log once, on activation.
    /// </summary>
    public Dictionary<int, int>? StatementDays { get; set; }

    /// <summary>Shifts already sent to the live feed (target, day, from → to), so each is announced once.</summary>
    public HashSet<string> PublishedShifts { get; set; } = [];
}
