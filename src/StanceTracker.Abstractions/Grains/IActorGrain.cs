using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;

namespace StanceTracker.Abstractions.Grains;

/// <summary>
/// One political actor, keyed by canonical id: appends its attributed statements to a durable log and keeps
/// the aggregates that stance queries need (per target, per day).
/// </summary>
[Alias("stance.IActorGrain")]
public interface IActorGrain : IGrainWithStringKey
{
    /// <summary>Records statements; ones already recorded (same id) are ignored. Returns how many were new.</summary>
    [Alias("Record")]
    Task<int> RecordAsync(ActorInfo actor, IReadOnlyList<StatementRecord> statements);

    /// <summary>Null when the actor has recorded nothing.</summary>
    [Alias("GetSummary")]
    Task<ActorSummary?> GetSummaryAsync();

    [Alias("GetProfile")]
    Task<ActorProfile?> GetProfileAsync(int top);

    [Alias("GetTimeline")]
    Task<IReadOnlyList<StancePoint>> GetTimelineAsync(string? target, TimeBucket bucket, DateTimeOffset? from, DateTimeOffset? to);

    /// <summary>
    /// The raw days behind the timeline (relayed copies counted once), for roll-ups that add several actors' days.
    /// </summary>
    [Alias("GetDays")]
    Task<IReadOnlyList<DayCell>> GetDaysAsync(string? target, DateTimeOffset? from, DateTimeOffset? to);

    /// <summary>Changes of polarity toward each target (or one), visible within [from, to] when given.</summary>
    [Alias("GetShifts")]
    Task<IReadOnlyList<Shift>> GetShiftsAsync(string? target, DateTimeOffset? from, DateTimeOffset? to);

    [Alias("GetStatements")]
    Task<StatementPage> GetStatementsAsync(StatementQuery query);
}
