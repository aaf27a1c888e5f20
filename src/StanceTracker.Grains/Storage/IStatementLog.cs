using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Grains.Relays;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// The durable, append-only log of attributed statements. Appending costs the same whatever the log's length,
/// which is why actor grains keep statements here and only aggregates in their state.
/// </summary>
public interface IStatementLog
{
    /// <summary>
    /// Appends the statements not logged yet for this actor (by statement id); returns those that were new. A statement
    /// marked as a relay (decided before, by the speaker's <see cref="SpeakerLog"/>) is logged with its original, in the
    /// same transaction. Callers go through <see cref="SpeakerLog"/>, which decides relays; the log only stores them.
    /// </summary>
    /// <param name="expectedHead">The highest log position of this actor the caller has applied (0: none). The log keeps
    /// each actor's head, the highest position logged for it, and moves it in the same transaction as the inserts: if the
    /// stored head is another, something was appended for the actor that the caller has not applied (another activation,
    /// after a silo failure), and the append writes nothing and throws <see cref="LogMovedOnException"/>, also when
    /// every statement was logged before, so that a caller behind the log learns it at once.</param>
    Task<IReadOnlyList<LoggedStatement>> AppendAsync(string actorId, long expectedHead, IReadOnlyList<StatementToAppend> statements);

    /// <summary>
    /// The actor's statements published on UTC days [firstDay, lastDay] that are not relays, with their word sets: what
    /// a relay window holds for those days.
    /// </summary>
    Task<IReadOnlyList<RelayCandidate>> ReadRelayCandidatesAsync(string actorId, DateTime firstDay, DateTime lastDay);

    /// <summary>
    /// The UTC days on which the actor has any statement logged (relays too), in order: which days a relay window must
    /// read, the others having nothing to read.
    /// </summary>
    Task<IReadOnlyList<DateTime>> ReadStatementDaysAsync(string actorId);

    /// <summary>The actor's statements after a log position, in log order: what a snapshot has not applied yet.</summary>
    Task<IReadOnlyList<LoggedStatement>> ReadAfterAsync(string actorId, long afterSequence);

    /// <summary>Every speaker's stances toward a target logged after a position, in log order; relays are left out.</summary>
    Task<IReadOnlyList<LoggedStance>> ReadTargetAfterAsync(string targetId, long afterSequence);

    /// <summary>The actor's strongest statements (not relays, which are attached as provenance) toward a target with the given stance, within [firstDay, lastDay] (UTC days).</summary>
    Task<IReadOnlyList<StatementRecord>> StrongestAsync(string actorId, string targetId, StanceKind stance, DateTime firstDay, DateTime lastDay, int limit);

    /// <summary>Every actor's position toward every target within [from, to] (UTC days, inclusive), relays left out.</summary>
    Task<WindowPositions> PositionsAsync(DateTimeOffset? from, DateTimeOffset? to);

    /// <summary>The actor's statements, relays left out and listed as provenance of their originals.</summary>
    /// <param name="knownTotal">How many statements the query matches, when the caller keeps that count (the actor
    /// grain does, by day); null: the log counts them.</param>
    Task<StatementPage> QueryAsync(string actorId, StatementQuery query, int? knownTotal);

    Task<int> CountArticlesAsync(string actorId);
}
