namespace StanceTracker.Abstractions.Hosting;

/// <summary>The meters a host exports on /metrics: the project's own and Orleans' (both names are fixed by their owners).</summary>
public static class StanceTelemetry
{
    /// <summary>Articles ingested, statements recorded, shifts detected, extraction time.</summary>
    public const string Meter = "StanceTracker";

    /// <summary>Orleans' runtime meter: messaging, activations, gateway and membership figures.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";
}
