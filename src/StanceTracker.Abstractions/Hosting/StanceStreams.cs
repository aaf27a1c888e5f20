using Orleans.Runtime;

namespace StanceTracker.Abstractions.Hosting;

/// <summary>The Orleans streams the cluster publishes: silo and clients must name them alike.</summary>
public static class StanceStreams
{
    /// <summary>The stream provider (in-memory: a live feed, not a record — the record is the statement log).</summary>
    public const string Provider = "stance-streams";

    /// <summary>Grain storage the stream provider keeps its subscriptions in.</summary>
    public const string PubSubStore = "PubSubStore";

    /// <summary>Every new shift, from every actor.</summary>
    public static readonly StreamId Shifts = StreamId.Create("shifts", "all");
}
