namespace StanceTracker.Console.Cluster;

/// <summary>
/// Exponential backoff with jitter for retried grain calls: quick first retries for a blip, then longer waits while a
/// silo's death is detected or a database restarts; the jitter keeps parallel workers from retrying in lockstep.
/// </summary>
public sealed class Backoff(TimeSpan first, TimeSpan cap)
{
    public static readonly Backoff Default = new(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(10));

    /// <summary>The wait before retry number <paramref name="retry"/> (1 for the first retry).</summary>
    public TimeSpan Delay(int retry)
    {
        var exponential = first.TotalMilliseconds * Math.Pow(2, Math.Min(retry - 1, 16));
        var capped = Math.Min(exponential, cap.TotalMilliseconds);
        // Full jitter in the upper half: never shorter than half the nominal wait.
        return TimeSpan.FromMilliseconds(capped * (0.5 + Random.Shared.NextDouble() / 2));
    }
}
