using StanceTracker.Abstractions.Stance;

namespace StanceTracker.Abstractions.Grains;

/// <summary>
/// Every actor's position toward every target in a window, read in one pass over the statement log: the input of the
/// positions network and of window comparisons, which would otherwise need a call to every actor. Key 0.
/// </summary>
[Alias("stance.IPositionsGrain")]
public interface IPositionsGrain : IGrainWithIntegerKey
{
    [Alias("GetPositions")]
    Task<WindowPositions> GetPositionsAsync(DateTimeOffset? from, DateTimeOffset? to);
}
