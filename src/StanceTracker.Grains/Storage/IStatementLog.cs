using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// The durable, append-only log of attributed statements. Appending costs the same whatever the log's length,
/// which is why actor grains keep statements here and only aggregates in their state.
/// </summary>
public interface IStatementLog
{
    /// <summary>
    /// Appends the statements not logged yet for this actor (by statement id); returns those that were new. A statement
    /// that relays one already logged (<see cref="Relays.RelayMatcher"/>) is logged with its original, in the same transaction.
    /// </summary>
    Task<IReadOnlyList<LoggedStatement>> AppendAsync(string actorId, IReadOnlyList<StatementRecord> statements);

    /// <summary>The actor's statements after a log position, in log order: what a snapshot has not applied yet.</summary>
    Task<IReadOnlyList<LoggedStatement>> ReadAfterAsync(string actorId, long afterSequence);

    /// <summary>Every speaker's stances toward a target logged after a position, in log order; relays are left out.</summary>
    Task<IReadOnlyList<LoggedStance>> ReadTargetAfterAsync(string targetId, long afterSequence);

    /// <summary>The actor's strongest statements (not relays, which are attached as provenance) toward a target with the given stance, within [firstDay, lastDay] (UTC days).</summary>
    Task<IReadOnlyList<StatementRecord>> StrongestAsync(string actorId, string targetId, StanceKind stance, DateTime firstDay, DateTime lastDay, int limit);

    /// <summary>Every actor's position toward every target within [from, to] (UTC days, inclusive), relays left out.</summary>
    Task<WindowPositions> PositionsAsync(DateTimeOffset? from, DateTimeOffset? to);

    /// <summary>The actor's statements, relays left out and listed as provenance of their originals.</summary>
    Task<StatementPage> QueryAsync(string actorId, StatementQuery query);

    Task<int> CountArticlesAsync(string actorId);
}
