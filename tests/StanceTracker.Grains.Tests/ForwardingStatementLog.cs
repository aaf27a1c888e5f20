using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Grains.Relays;
using StanceTracker.Grains.Storage;

namespace StanceTracker.Grains.Tests;

/// <summary>A statement log that passes every call to another: tests override only the call they put a fault or an intruder in.</summary>
internal abstract class ForwardingStatementLog(IStatementLog inner) : IStatementLog
{
    protected IStatementLog Inner => inner;

    public virtual Task<IReadOnlyList<LoggedStatement>> AppendAsync(string actorId, long expectedHead, IReadOnlyList<StatementToAppend> statements) =>
        inner.AppendAsync(actorId, expectedHead, statements);

    public virtual Task<IReadOnlyList<RelayCandidate>> ReadRelayCandidatesAsync(string actorId, DateTime firstDay, DateTime lastDay) =>
        inner.ReadRelayCandidatesAsync(actorId, firstDay, lastDay);

    public virtual Task<IReadOnlyList<DateTime>> ReadStatementDaysAsync(string actorId) => inner.ReadStatementDaysAsync(actorId);

    public virtual Task<IReadOnlyList<LoggedStatement>> ReadAfterAsync(string actorId, long afterSequence) => inner.ReadAfterAsync(actorId, afterSequence);

    public Task<IReadOnlyList<LoggedStance>> ReadTargetAfterAsync(string targetId, long afterSequence) => inner.ReadTargetAfterAsync(targetId, afterSequence);

    public Task<IReadOnlyList<StatementRecord>> StrongestAsync(string actorId, string targetId, StanceKind stance, DateTime firstDay, DateTime lastDay, int limit) =>
        inner.StrongestAsync(actorId, targetId, stance, firstDay, lastDay, limit);

    public Task<WindowPositions> PositionsAsync(DateTimeOffset? from, DateTimeOffset? to) => inner.PositionsAsync(from, to);

    public Task<StatementPage> QueryAsync(string actorId, StatementQuery query, int? knownTotal) => inner.QueryAsync(actorId, query, knownTotal);

    public Task<int> CountArticlesAsync(string actorId) => inner.CountArticlesAsync(actorId);
}
