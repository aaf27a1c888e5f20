using Orleans.Concurrency;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Grains.Storage;

namespace StanceTracker.Grains.Positions;

/// <summary>
/// Every actor's position toward every target in a window, as one grouped query over the statement log rather than a
/// call to each actor grain: the network and window comparisons need all of them at once. Holds nothing, so any silo
/// may run as many as it needs.
/// </summary>
[StatelessWorker]
public sealed class PositionsGrain(IStatementLog log) : Grain, IPositionsGrain
{
    public Task<WindowPositions> GetPositionsAsync(DateTimeOffset? from, DateTimeOffset? to) => log.PositionsAsync(from, to);
}
